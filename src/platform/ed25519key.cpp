#include "ed25519key.h"

#include <QCryptographicHash>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace Qt::StringLiterals;

namespace tenet::platform {

namespace {

EVP_PKEY *pkey(const std::shared_ptr<void> &key)
{
    return static_cast<EVP_PKEY *>(key.get());
}

std::shared_ptr<void> own(EVP_PKEY *key)
{
    return std::shared_ptr<void>(key, [](void *k) { EVP_PKEY_free(static_cast<EVP_PKEY *>(k)); });
}

// Reads one key from the PEM with the given reader; OpenSSL's errors are left behind.
template<typename Reader> EVP_PKEY *readPem(const QByteArray &pem, Reader reader)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())),
                                                  &BIO_free);
    if (!bio)
        return nullptr;
    // No passphrase callback: an encrypted key is refused rather than prompted for.
    EVP_PKEY *key = reader(
        bio.get(), nullptr, [](char *, int, int, void *) { return 0; }, nullptr);
    ERR_clear_error();
    return key;
}

} // namespace

Ed25519Key Ed25519Key::fromPem(const QByteArray &pem)
{
    Ed25519Key key;
    if (EVP_PKEY *found = readPem(pem, PEM_read_bio_PrivateKey)) {
        key.m_key = own(found);
        key.m_private = true;
    } else if (EVP_PKEY *publicKey = readPem(pem, PEM_read_bio_PUBKEY)) {
        key.m_key = own(publicKey);
    } else {
        key.m_error = u"is not a PEM key (or is protected by a passphrase)"_s;
        return key;
    }
    if (EVP_PKEY_get_id(pkey(key.m_key)) != EVP_PKEY_ED25519) {
        key.m_key.reset();
        key.m_error = u"is not an Ed25519 key; make one with: openssl genpkey -algorithm "
                      "ed25519"_s;
    }
    return key;
}

QByteArray Ed25519Key::publicKey() const
{
    if (isNull())
        return {};
    QByteArray raw(32, '\0');
    size_t size = size_t(raw.size());
    if (EVP_PKEY_get_raw_public_key(pkey(m_key), reinterpret_cast<unsigned char *>(raw.data()),
                                    &size)
            != 1
        || size != 32)
        return {};
    return raw;
}

QByteArray Ed25519Key::fingerprint() const
{
    const QByteArray raw = publicKey();
    return raw.isEmpty() ? QByteArray() : QCryptographicHash::hash(raw, QCryptographicHash::Sha256);
}

QByteArray Ed25519Key::sign(const QByteArray &message) const
{
    if (isNull() || !m_private)
        return {};
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                    &EVP_MD_CTX_free);
    QByteArray signature(64, '\0');
    size_t size = size_t(signature.size());
    // Ed25519 hashes the message itself: no digest is named.
    if (!context || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, pkey(m_key)) != 1
        || EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &size,
                          reinterpret_cast<const unsigned char *>(message.constData()),
                          size_t(message.size()))
            != 1) {
        ERR_clear_error();
        return {};
    }
    signature.resize(qsizetype(size));
    return signature;
}

bool Ed25519Key::verify(const QByteArray &message, const QByteArray &signature) const
{
    if (isNull())
        return false;
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                    &EVP_MD_CTX_free);
    const bool ok = context
        && EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, pkey(m_key)) == 1
        && EVP_DigestVerify(
               context.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
               size_t(signature.size()),
               reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()))
            == 1;
    ERR_clear_error();
    return ok;
}

} // namespace tenet::platform

#include "sha256.h"

#include <openssl/evp.h>

namespace tenet::platform {

namespace {

// Fetched once: OpenSSL 3 looks the implementation up again on every initialisation that
// names EVP_sha256(), which costs as much as hashing a short row. The default provider
// always has SHA-256; should the fetch still fail, the implicit lookup serves.
const EVP_MD *sha256()
{
    static EVP_MD *const fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return fetched ? fetched : EVP_sha256();
}

} // namespace

Sha256::Sha256() : m_context(EVP_MD_CTX_new()) { }

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_context);
}

Sha256::Digest Sha256::digest(QByteArrayView data)
{
    Digest digest {};
    unsigned int length = 0;
    // Failures come only from a lack of memory; the zero digest then matches no stored hash.
    if (m_context && EVP_DigestInit_ex2(m_context, sha256(), nullptr) == 1
        && EVP_DigestUpdate(m_context, data.data(), size_t(data.size())) == 1)
        EVP_DigestFinal_ex(m_context, reinterpret_cast<unsigned char *>(digest.data()), &length);
    return digest;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    const Digest digest = Sha256().digest(data);
    return QByteArray(digest.data(), qsizetype(digest.size()));
}

} // namespace tenet::platform

#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace tenet::platform {

// An Ed25519 key, private or public, read from PEM (as `openssl genpkey -algorithm ed25519`
// and `openssl pkey -pubout` write them) and held by OpenSSL's libcrypto. Seals are signed
// and checked with it.
class Ed25519Key
{
public:
    // The key in the PEM text; a null key whose error() says why when it is not one.
    static Ed25519Key fromPem(const QByteArray &pem);

    bool isNull() const { return !m_key; }
    QString error() const { return m_error; }
    bool isPrivate() const { return m_private; }

    // The 32 bytes of the public key, and their SHA-256: what a seal names its signer by.
    QByteArray publicKey() const;
    QByteArray fingerprint() const;

    // The 64-byte signature of the message; empty unless this is a private key.
    QByteArray sign(const QByteArray &message) const;
    bool verify(const QByteArray &message, const QByteArray &signature) const;

private:
    std::shared_ptr<void> m_key; // EVP_PKEY, freed by its deleter
    bool m_private = false;
    QString m_error;
};

} // namespace tenet::platform

#pragma once

#include <QByteArray>
#include <QString>

namespace tenet::domain {

// The PBKDF2 iteration count Tenet hashes new PINs with: about a fifth of a second on a
// desktop, so that guessing a four-digit PIN from a stolen file takes a while.
inline constexpr int secretHashIterations = 120000;

// Salted PBKDF2-HMAC-SHA256 of a PIN or password, as one self-describing string:
// "pbkdf2-sha256$ITERATIONS$SALT$KEY" (salt and key in base64). The iteration count is
// stored so that it can be changed later without invalidating existing secrets; tests pass
// a low one.
QString hashSecret(const QString &secret, int iterations);

// Whether the secret matches a string made by hashSecret; false for anything malformed.
bool verifySecret(const QString &secret, const QString &encodedHash);

// The PBKDF2-HMAC-SHA256 function itself (RFC 8018), exposed for its test vectors.
QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations,
                        int keyLength);

} // namespace tenet::domain

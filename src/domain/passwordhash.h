#pragma once

#include <QByteArray>
#include <QString>

namespace tenet::domain {

// Salted PBKDF2-HMAC-SHA256 of a PIN or password, as one self-describing string:
// "pbkdf2-sha256$ITERATIONS$SALT$KEY" (salt and key in base64). The iteration count is
// stored so that it can be raised later without invalidating existing secrets.
QString hashSecret(const QString &secret, int iterations = 120000);

// Whether the secret matches a string made by hashSecret; false for anything malformed.
bool verifySecret(const QString &secret, const QString &encodedHash);

// The PBKDF2-HMAC-SHA256 function itself (RFC 8018), exposed for its test vectors.
QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations,
                        int keyLength);

} // namespace tenet::domain

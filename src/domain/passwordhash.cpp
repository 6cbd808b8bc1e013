#include "passwordhash.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QStringList>

namespace tenet::domain {

namespace {
const QString scheme = QStringLiteral("pbkdf2-sha256");
constexpr int keyLength = 32;
constexpr int saltLength = 16;
} // namespace

QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations,
                        int length)
{
    QByteArray key;
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    for (quint32 block = 1; key.size() < length; ++block) {
        QByteArray blockIndex(4, '\0');
        blockIndex[0] = char((block >> 24) & 0xff);
        blockIndex[1] = char((block >> 16) & 0xff);
        blockIndex[2] = char((block >> 8) & 0xff);
        blockIndex[3] = char(block & 0xff);
        mac.reset();
        mac.addData(salt);
        mac.addData(blockIndex);
        QByteArray u = mac.result();
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            mac.reset();
            mac.addData(u);
            u = mac.result();
            for (qsizetype j = 0; j < t.size(); ++j)
                t[j] = char(t.at(j) ^ u.at(j));
        }
        key += t;
    }
    return key.left(length);
}

QString hashSecret(const QString &secret, int iterations)
{
    QByteArray salt(saltLength, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          saltLength / sizeof(quint32));
    const QByteArray key = pbkdf2Sha256(secret.toUtf8(), salt, iterations, keyLength);
    return scheme + u'$' + QString::number(iterations) + u'$'
        + QString::fromLatin1(salt.toBase64()) + u'$' + QString::fromLatin1(key.toBase64());
}

bool verifySecret(const QString &secret, const QString &encodedHash)
{
    const QStringList parts = encodedHash.split(u'$');
    if (parts.size() != 4 || parts.at(0) != scheme)
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 1)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    if (salt.isEmpty() || expected.size() != keyLength)
        return false;
    const QByteArray actual = pbkdf2Sha256(secret.toUtf8(), salt, iterations, keyLength);
    // Compare every byte, so that the time taken says nothing about where they differ.
    char difference = 0;
    for (int i = 0; i < keyLength; ++i)
        difference |= char(actual.at(i) ^ expected.at(i));
    return difference == 0;
}

} // namespace tenet::domain

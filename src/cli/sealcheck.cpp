#include "sealcheck.h"

#include "exchange/inputfile.h"
#include "platform/ed25519key.h"

using namespace Qt::StringLiterals;

namespace tenet::cli {

using domain::Error;
using domain::Result;

namespace {

// A seal is a few kilobytes; a key file less than one.
constexpr qint64 maximumSealSize = 8 * 1024 * 1024;
constexpr qint64 maximumKeySize = 64 * 1024;

QString shortFingerprint(const QByteArray &fingerprint)
{
    return QString::fromLatin1(fingerprint.toHex().left(16));
}

} // namespace

Result<platform::Ed25519Key> readKeyFile(const QString &path)
{
    auto pem = exchange::readInputFile(path, maximumKeySize,
                                       u"is too large to be an Ed25519 key in PEM"_s);
    if (!pem)
        return pem.error();
    const platform::Ed25519Key key = platform::Ed25519Key::fromPem(*pem);
    if (key.isNull())
        return Error::invalid(path, key.error());
    return key;
}

Result<SealFile> readSealFile(const QString &sealPath, const QString &keyPath)
{
    auto text
        = exchange::readInputFile(sealPath, maximumSealSize, u"is too large to be a Tenet seal"_s);
    if (!text)
        return text.error();
    auto statement = domain::readSeal(*text, sealPath);
    if (!statement)
        return statement.error();

    SealFile file {sealPath, keyPath, statement->seal};
    if (keyPath.isEmpty())
        return file;
    auto key = readKeyFile(keyPath);
    if (!key)
        return key.error();
    if (statement->signature.isEmpty())
        return Error::integrity(sealPath,
                                u"the seal is not signed, so --key cannot check it: refused (a "
                                "signature can be stripped by whoever can rewrite a seal)"_s);
    if (key->fingerprint() != statement->seal.signedBy)
        return Error::integrity(sealPath,
                                u"the seal was signed by another key (%1…), not by %2 (%3…)"_s.arg(
                                    shortFingerprint(statement->seal.signedBy), keyPath,
                                    shortFingerprint(key->fingerprint())));
    if (!key->verify(statement->body, statement->signature))
        return Error::integrity(sealPath,
                                u"the seal's signature does not verify with %1: the seal was "
                                "changed after it was signed"_s.arg(keyPath));
    file.signatureChecked = true;
    return file;
}

QString sealConfirmation(const SealFile &file)
{
    const QString when = domain::sealTime(file.seal.madeAt);
    if (file.signatureChecked)
        return u"OK: the database continues the seal of %1 (%2), whose signature verifies with "
               "%3."_s.arg(when, file.path, file.keyPath);
    if (!file.seal.signedBy.isEmpty())
        return u"OK: the database continues the seal of %1 (%2); the seal is signed, but its "
               "signature was not checked: give --key PUBLIC-KEY."_s.arg(when, file.path);
    return u"OK: the database continues the seal of %1 (%2), which is not signed."_s.arg(when,
                                                                                         file.path);
}

nlohmann::ordered_json sealJson(const SealFile &file, const QStringList &problems)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const QString &problem : problems)
        list.push_back(problem.toStdString());
    return {{"file", file.path.toStdString()},
            {"made", domain::sealTime(file.seal.madeAt).toStdString()},
            {"signed", !file.seal.signedBy.isEmpty()},
            {"signature_checked", file.signatureChecked},
            {"ok", problems.isEmpty()},
            {"problems", list}};
}

} // namespace tenet::cli

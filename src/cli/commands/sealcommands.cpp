#include "commands.h"

#include "cli/jsonoutput.h"
#include "cli/outputfile.h"
#include "cli/sealcheck.h"
#include "domain/seal.h"
#include "platform/ed25519key.h"
#include "storage/database.h"
#include "storage/seal.h"

#include <nlohmann/json.hpp>

#include <QCryptographicHash>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::cli::commands {

namespace {

Status seal(CommandContext &context)
{
    // The key is read first: a wrong key file should not cost a pass over the database.
    std::optional<platform::Ed25519Key> key;
    if (context.isSet(u"sign"_s)) {
        auto read = readKeyFile(context.value(u"sign"_s));
        if (!read)
            return read.error();
        if (!read->isPrivate())
            return Error::invalid(context.value(u"sign"_s),
                                  u"is a public key; a seal is signed with the private key"_s);
        key = *read;
    }
    auto db = context.database();
    if (!db)
        return db.error();
    auto sealed = storage::sealDatabase(**db);
    if (!sealed)
        return sealed.error();
    QByteArray signature;
    if (key) {
        sealed->signedBy = key->fingerprint();
        signature = key->sign(sealBody(*sealed));
        if (signature.isEmpty())
            return Error::invalid(context.value(u"sign"_s), u"could not sign with this key"_s);
    }
    const QByteArray text = sealText(*sealed, signature);
    const QString sha256 = QString::fromLatin1(
        QCryptographicHash::hash(sealBody(*sealed), QCryptographicHash::Sha256).toHex());

    const QString output = context.value(u"output"_s);
    const bool toFile = !output.isEmpty() && output != u"-"_s;
    if (toFile) {
        if (Status written = writeOutputFile(output, text); !written)
            return written;
    }
    if (context.json()) {
        nlohmann::ordered_json json {{"made", sealTime(sealed->madeAt).toStdString()},
                                     {"sha256", sha256.toStdString()},
                                     {"signed", key.has_value()}};
        if (toFile)
            json["file"] = output.toStdString();
        else
            json["text"] = QString::fromUtf8(text).toStdString();
        printJson(context.out(), json);
    } else if (toFile) {
        context.out() << u"Sealed %1 at %2 in %3 (SHA-256 %4%5).\n"_s.arg(
            context.databasePath(), sealTime(sealed->madeAt), output, sha256,
            key ? u", signed"_s : QString());
    } else {
        context.out() << QString::fromUtf8(text);
    }
    return {};
}

} // namespace

QList<Command> sealCommands()
{
    return {
        {u"seal"_s,
         u"Write a seal: the heads of the hash chains, the hashes of every published "
         "version and the counts, to keep outside the database and check later with "
         "verify --seal."_s,
         {},
         {QCommandLineOption({u"o"_s, u"output"_s},
                             u"Write the seal to FILE instead of standard output."_s, u"FILE"_s),
          QCommandLineOption(u"sign"_s,
                             u"Sign the seal with this Ed25519 private key (PEM, as made by "
                             "openssl genpkey -algorithm ed25519)."_s,
                             u"KEY"_s)},
         seal}};
}

} // namespace tenet::cli::commands

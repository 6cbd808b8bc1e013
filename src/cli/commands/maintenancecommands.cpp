#include "commands.h"

#include "cli/jsonoutput.h"
#include "cli/sealcheck.h"
#include "storage/database.h"
#include "storage/integrity.h"
#include "storage/seal.h"

#include <nlohmann/json.hpp>

#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::cli::commands {

namespace {

Status verify(CommandContext &context)
{
    // A seal is read, and its signature checked, before the database: nothing is compared
    // with a seal that cannot be trusted.
    std::optional<SealFile> sealFile;
    if (context.isSet(u"seal"_s)) {
        auto read = readSealFile(context.value(u"seal"_s), context.value(u"key"_s));
        if (!read)
            return read.error();
        sealFile = *read;
    } else if (context.isSet(u"key"_s)) {
        return Error::usage(u"--key checks the signature of a seal: give the seal with --seal "
                            "FILE"_s);
    }
    auto db = context.database();
    if (!db)
        return db.error();
    auto report = storage::verifyDatabase(**db);
    if (!report)
        return report.error();
    QStringList sealProblems;
    if (sealFile && !report->fileProblems.isEmpty()) {
        sealProblems << u"the database was not compared with the seal: the file is damaged"_s;
    } else if (sealFile) {
        auto found = storage::checkSeal(**db, sealFile->seal);
        if (!found)
            return found.error();
        sealProblems = *found;
    }
    const bool ok = report->ok() && sealProblems.isEmpty();
    const storage::ChainReport &chain = report->auditChain;
    const storage::ChainReport &ledger = report->acknowledgementChain;
    const QString lastHash = QString::fromLatin1(chain.lastHash.toHex());
    const QString ledgerHash = QString::fromLatin1(ledger.lastHash.toHex());
    const QStringList problems = report->problems() + sealProblems;
    const auto chainJson = [](const storage::ChainReport &c) {
        return nlohmann::ordered_json{
            {"rows", c.rows},
            {"first_bad_row", c.firstBadRow ? nlohmann::ordered_json(*c.firstBadRow)
                                            : nlohmann::ordered_json()},
            {"last_hash", QString::fromLatin1(c.lastHash.toHex()).toStdString()}};
    };

    const auto textList = [](const QStringList &texts) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const QString &text : texts)
            list.push_back(text.toStdString());
        return list;
    };

    if (context.json()) {
        nlohmann::ordered_json json {{"ok", ok},
                                     {"problems", textList(problems)},
                                     {"audit_log", chainJson(chain)},
                                     {"acknowledgements", chainJson(ledger)},
                                     {"notes", textList(report->notes)}};
        if (sealFile)
            json["seal"] = sealJson(*sealFile, sealProblems);
        printJson(context.out(), json);
    } else if (ok) {
        context.out() << u"OK: %1 passed the integrity check; the audit log's %2 rows are "
                         "intact (last hash %3).\n"_s.arg(context.databasePath(),
                                                          QString::number(chain.rows), lastHash);
        context.out() << u"OK: the acknowledgement ledger's %1 rows are intact%2.\n"_s.arg(
            QString::number(ledger.rows),
            ledger.rows ? u" (last hash %1)"_s.arg(ledgerHash) : QString());
        context.out() << u"OK: the ledger, the versions, their handbooks, the section reviews "
                         "and the roster agree with the audit log.\n"_s;
        if (sealFile)
            context.out() << sealConfirmation(*sealFile) << u'\n';
    } else {
        context.out() << u"FAILED: %1\n"_s.arg(context.databasePath());
        for (const QString &problem : problems)
            context.out() << u"  - "_s << problem << u'\n';
    }
    // What entries from an older Tenet could not support is said, not held against the file.
    if (!context.json()) {
        for (const QString &note : report->notes)
            context.out() << u"Note: %1.\n"_s.arg(note);
    }
    if (!ok)
        return Error::integrity(context.databasePath(), problems.join(u"; "_s));
    return {};
}

Status backup(CommandContext &context)
{
    const QStringList targets = context.positional();
    if (targets.size() != 1)
        return Error::usage(u"backup takes one FILE to write"_s);
    auto db = context.database();
    if (!db)
        return db.error();
    if (Status s = (*db)->backupTo(targets.first()); !s)
        return s;
    context.out() << u"Backed up %1 to %2.\n"_s.arg(context.databasePath(), targets.first());
    return {};
}

} // namespace

QList<Command> maintenanceCommands()
{
    return {{u"verify"_s,
             u"Check the database (an SQLite file's pages too), its guards, the hash chains of "
             "the audit log and the acknowledgement ledger, and the tables against the audit log "
             "(exit 4 names the first bad row); with --seal, that the database continues a "
             "seal."_s,
             {},
             {QCommandLineOption(u"seal"_s,
                                 u"Also prove that the database continues this seal (made by "
                                 "tenetctl seal)."_s,
                                 u"FILE"_s),
              QCommandLineOption(u"key"_s,
                                 u"Require the seal to be signed by this Ed25519 public key "
                                 "(PEM)."_s,
                                 u"PUB"_s)},
             verify},
            {u"backup"_s,
             u"Write a consistent copy of the database to a new FILE (on a PostgreSQL server: "
             "print the pg_dump command that makes one)."_s,
             u"FILE"_s,
             {},
             backup}};
}

} // namespace tenet::cli::commands

#include "commands.h"

#include "cli/jsonoutput.h"
#include "storage/database.h"
#include "storage/integrity.h"

#include <nlohmann/json.hpp>

#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::cli::commands {

namespace {

Status verify(CommandContext &context)
{
    auto db = context.database();
    if (!db)
        return db.error();
    auto report = storage::verifyDatabase(**db);
    if (!report)
        return report.error();
    const storage::ChainReport &chain = report->auditChain;
    const storage::ChainReport &ledger = report->acknowledgementChain;
    const QString lastHash = QString::fromLatin1(chain.lastHash.toHex());
    const QString ledgerHash = QString::fromLatin1(ledger.lastHash.toHex());
    const QStringList problems = report->problems();
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
        printJson(context.out(),
                  {{"ok", report->ok()},
                   {"problems", textList(problems)},
                   {"audit_log", chainJson(chain)},
                   {"acknowledgements", chainJson(ledger)},
                   {"notes", textList(report->notes)}});
    } else if (report->ok()) {
        context.out() << u"OK: %1 passed the integrity check; the audit log's %2 rows are "
                         "intact (last hash %3).\n"_s.arg(context.databasePath(),
                                                          QString::number(chain.rows), lastHash);
        context.out() << u"OK: the acknowledgement ledger's %1 rows are intact%2.\n"_s.arg(
            QString::number(ledger.rows),
            ledger.rows ? u" (last hash %1)"_s.arg(ledgerHash) : QString());
        context.out() << u"OK: the ledger, the versions, their handbooks, the section reviews "
                         "and the roster agree with the audit log.\n"_s;
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
    if (!report->ok())
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
             u"Check the database file, its guards, the hash chains of the audit log and the "
             "acknowledgement ledger, and the tables against the audit log (exit 4 names the "
             "first bad row)."_s,
             {}, {}, verify},
            {u"backup"_s, u"Write a consistent copy of the database to a new FILE."_s, u"FILE"_s,
             {}, backup}};
}

} // namespace tenet::cli::commands

#include "commands.h"

#include "cli/jsonoutput.h"
#include "cli/table.h"
#include "storage/organisationcopy.h"

#include <nlohmann/json.hpp>

#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::cli::commands {

namespace {

// Tables shorter than this are copied without a word on stderr.
constexpr qint64 longTable = 10000;

Status copy(CommandContext &context)
{
    if (context.isSet(u"db"_s))
        return Error::usage(u"copy names both databases itself: tenetctl copy FROM TO, "
                            "without --db"_s);
    const QStringList databases = context.positional();
    if (databases.size() != 2)
        return Error::usage(u"copy takes the database to copy (FROM) and a new one to copy it "
                            "into (TO): tenetctl copy FROM TO"_s);
    const QString &from = databases.at(0);
    const QString &to = databases.at(1);

    // Progress goes to stderr, so that stdout carries only the summary a script reads.
    QTextStream err(stderr);
    const auto progress = [&](const QString &table, qint64 written, qint64 total) {
        if (total < longTable)
            return;
        err << u"copy: %1: %2 of %3 rows\n"_s.arg(table).arg(written).arg(total);
        err.flush();
    };
    auto copied = storage::copyOrganisation(from, to, progress);
    if (!copied)
        return copied.error();

    if (context.json()) {
        nlohmann::ordered_json tables = nlohmann::ordered_json::object();
        for (const auto &[table, rows] : copied->tables)
            tables[table.toStdString()] = rows;
        printJson(context.out(),
                  {{"from", copied->from.toStdString()},
                   {"to", copied->to.toStdString()},
                   {"schema", copied->schemaVersion},
                   {"rows", copied->rows()},
                   {"tables", tables}});
        return {};
    }
    context.out() << u"Copied %1 to %2 (schema %3): %4 rows; the copy passed verify.\n"_s.arg(
        copied->from, copied->to, QString::number(copied->schemaVersion),
        QString::number(copied->rows()));
    Table table({u"table"_s, u"rows"_s});
    for (const auto &[name, rows] : copied->tables)
        table.addRow({name, QString::number(rows)});
    table.print(context.out());
    return {};
}

} // namespace

QList<Command> copyCommands()
{
    Command copyCommand {
        u"copy"_s,
        u"Copy a whole organisation, every row with its hashes, from FROM into TO, a new file "
        "or an empty database on a PostgreSQL server (file to server, server to file for an "
        "archive, file to file, server to server); FROM is only read, and the copy passes "
        "verify or is not made."_s,
        u"FROM TO"_s,
        {},
        copy};
    copyCommand.namesItsDatabases = true;
    return {copyCommand};
}

} // namespace tenet::cli::commands

#include "forger.h"

#include "exchange/codejson.h"
#include "support/rawconnection.h"

#include <nlohmann/json.hpp>

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace tenet::test {

namespace {

// Each chain's hashed columns, as docs/integrity.md lists them; the optional ones are
// hashed only when they hold a value.
struct ChainColumns
{
    QStringList columns;
    QStringList optional;
};

ChainColumns chainColumns(const QString &table)
{
    if (table == u"audit_log"_s)
        return {{u"at"_s, u"actor"_s, u"action"_s, u"subject"_s, u"detail"_s}, {}};
    REQUIRE(table == u"acknowledgement"_s);
    return {{u"code_id"_s, u"version_id"_s, u"version_number"_s, u"employee_no"_s,
             u"printed_name"_s, u"typed_name"_s, u"signed_at"_s, u"meaning"_s, u"quiz_score"_s},
            {u"paper_record"_s}};
}

void exec(const QSqlDatabase &db, const QString &statement)
{
    INFO(statement.toStdString());
    const QString error = runSql(db, statement);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
}

// Lifts the guards of the table (every table when it is empty) for the work, and puts them
// back after it: dropped and re-created in a file, where an attacker has no other way,
// switched off and on again on a server.
void withoutGuards(const QSqlDatabase &db, const QString &table, const std::function<void()> &work)
{
    if (onServer(db)) {
        switchServerGuards(db, false);
        work();
        switchServerGuards(db, true);
        return;
    }
    QStringList drops, creates;
    {
        QSqlQuery triggers(db);
        REQUIRE(
            triggers.exec(u"SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'"_s
                          + (table.isEmpty() ? QString() : u" AND tbl_name = '%1'"_s.arg(table))));
        while (triggers.next()) {
            drops << u"DROP TRIGGER "_s + triggers.value(0).toString();
            creates << triggers.value(1).toString();
        }
    }
    REQUIRE_FALSE(drops.isEmpty());
    for (const QString &drop : std::as_const(drops))
        exec(db, drop);
    work();
    for (const QString &create : std::as_const(creates))
        exec(db, create);
}

} // namespace

QString rawSql(const QString &where, const QStringList &statements)
{
    const RawConnection raw(where);
    for (const QString &statement : statements) {
        if (QString error = runSql(raw.db(), statement); !error.isEmpty())
            return error;
    }
    return {};
}

QStringList rawColumn(const QString &where, const QString &sql)
{
    const RawConnection raw(where);
    QStringList values;
    QSqlQuery query(raw.db());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    while (query.next())
        values << query.value(0).toString();
    return values;
}

void forge(const QString &where, const QStringList &statements)
{
    const RawConnection raw(where);
    withoutGuards(raw.db(), {}, [&] {
        for (const QString &statement : statements)
            exec(raw.db(), statement);
    });
}

void rechain(const QString &where, const QString &table)
{
    const ChainColumns chain = chainColumns(table);
    const QStringList all = chain.columns + chain.optional;
    const RawConnection raw(where);
    const QSqlDatabase db = raw.db();
    withoutGuards(db, table, [&] {
        // Out of the way first, so that renumbering never meets a seq still taken.
        exec(db, u"UPDATE %1 SET seq = -seq"_s.arg(table));
        // The seqs are negative now: descending order is the rows' own order.
        QList<qint64> oldSeqs;
        QList<QVariantList> values;
        {
            QSqlQuery rows(db);
            REQUIRE(rows.exec(
                u"SELECT seq, %1 FROM %2 ORDER BY seq DESC"_s.arg(all.join(u", "_s), table)));
            while (rows.next()) {
                oldSeqs << rows.value(0).toLongLong();
                QVariantList row;
                for (int i = 0; i < all.size(); ++i)
                    row << rows.value(1 + i);
                values << row;
            }
        }
        QByteArray previous(32, '\0');
        for (qsizetype i = 0; i < oldSeqs.size(); ++i) {
            const qint64 seq = i + 1;
            nlohmann::json content = nlohmann::json::object();
            content["seq"] = seq;
            for (qsizetype c = 0; c < all.size(); ++c) {
                const QVariant &value = values[i][c];
                const bool optional = c >= chain.columns.size();
                if (optional && value.isNull())
                    continue;
                content[all[c].toStdString()] = value.isNull()
                    ? nlohmann::json(nullptr)
                    : nlohmann::json(value.toString().toStdString());
            }
            QCryptographicHash hash(QCryptographicHash::Sha256);
            hash.addData(previous);
            hash.addData(exchange::canonicalJson(content));
            const QByteArray rowHash = hash.result();
            QSqlQuery update(db);
            REQUIRE(update.prepare(
                u"UPDATE %1 SET seq = :seq, prev_hash = :prev, hash = :hash WHERE seq = :old"_s.arg(
                    table)));
            update.bindValue(u":seq"_s, seq);
            update.bindValue(u":prev"_s, previous);
            update.bindValue(u":hash"_s, rowHash);
            update.bindValue(u":old"_s, oldSeqs[i]);
            INFO(update.lastError().text().toStdString());
            REQUIRE(update.exec());
            previous = rowHash;
        }
    });
}

} // namespace tenet::test

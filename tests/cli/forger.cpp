#include "forger.h"

#include "exchange/codejson.h"
#include "support/tempdir.h"

#include <nlohmann/json.hpp>

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

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

void withConnection(const QString &path, const std::function<void(QSqlDatabase &)> &work)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void exec(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    INFO(statement.toStdString());
    const bool done = query.exec(statement);
    INFO(query.lastError().text().toStdString());
    REQUIRE(done);
}

} // namespace

void forge(const QString &path, const QStringList &statements)
{
    withConnection(path, [&](QSqlDatabase &db) {
        QStringList drops, creates;
        {
            QSqlQuery triggers(u"SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'"_s, db);
            while (triggers.next()) {
                drops << u"DROP TRIGGER "_s + triggers.value(0).toString();
                creates << triggers.value(1).toString();
            }
        }
        REQUIRE_FALSE(drops.isEmpty());
        for (const QString &statement : drops + statements + creates)
            exec(db, statement);
    });
}

void rechain(const QString &path, const QString &table)
{
    const ChainColumns chain = chainColumns(table);
    const QStringList all = chain.columns + chain.optional;
    withConnection(path, [&](QSqlDatabase &db) {
        QStringList drops, creates;
        {
            QSqlQuery triggers(u"SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' "
                               "AND tbl_name = '%1'"_s.arg(table),
                               db);
            while (triggers.next()) {
                drops << u"DROP TRIGGER "_s + triggers.value(0).toString();
                creates << triggers.value(1).toString();
            }
        }
        for (const QString &drop : drops)
            exec(db, drop);
        // Out of the way first, so that renumbering never meets a seq still taken.
        exec(db, u"UPDATE %1 SET seq = -seq"_s.arg(table));
        // The seqs are negative now: descending order is the rows' own order.
        QList<qint64> oldSeqs;
        QList<QVariantList> values;
        {
            QSqlQuery rows(
                u"SELECT seq, %1 FROM %2 ORDER BY seq DESC"_s.arg(all.join(u", "_s), table), db);
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
            REQUIRE(update.exec());
            previous = rowHash;
        }
        for (const QString &create : creates)
            exec(db, create);
    });
}

} // namespace tenet::test

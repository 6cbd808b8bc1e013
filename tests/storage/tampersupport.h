#pragma once

#include "storagefixture.h"

#include "storage/acknowledgementstore.h"
#include "storage/hashchain.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

namespace tenet::test {

// Someone who can write the file and knows how Tenet chains its tables, as the audit of
// issue 11 played it: drops every guard, edits the rows, recomputes every hash a row carries
// so that each table still checks on its own, and puts the guards back as they were.
class Attacker
{
public:
    explicit Attacker(QSqlDatabase db) : m_db(std::move(db))
    {
        if (onServer(m_db)) {
            switchServerGuards(m_db, false);
            return;
        }
        QSqlQuery triggers(m_db);
        REQUIRE(triggers.exec(u"SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'"_s));
        QStringList names;
        while (triggers.next()) {
            names << triggers.value(0).toString();
            m_definitions << triggers.value(1).toString();
        }
        REQUIRE_FALSE(names.isEmpty());
        for (const QString &name : names)
            REQUIRE(runSql(m_db, u"DROP TRIGGER "_s + name).isEmpty());
    }

    void run(const QStringList &statements) const
    {
        for (const QString &statement : statements) {
            INFO(statement.toStdString());
            REQUIRE(runSql(m_db, statement).isEmpty());
        }
    }

    // Runs one statement with bound values (blobs, hashes).
    void run(const QString &statement, const QVariantList &values) const
    {
        QSqlQuery query(m_db);
        REQUIRE(query.prepare(statement));
        for (const QVariant &value : values)
            query.addBindValue(value);
        INFO(statement.toStdString());
        REQUIRE(query.exec());
    }

    // Recomputes every link and hash of the ledger, from its first row.
    void rechainLedger() const
    {
        rechain(storage::AcknowledgementStore::table(),
                storage::AcknowledgementStore::contentColumns(),
                storage::AcknowledgementStore::optionalColumns());
    }

    // The derived summary of latest signatures, made to agree with the edited ledger.
    void rebuildLatest() const
    {
        run({u"DELETE FROM acknowledgement_latest"_s,
             u"INSERT INTO acknowledgement_latest (code_id, employee_no, seq, version_number, "
             "signed_at) SELECT code_id, employee_no, seq, version_number, signed_at "
             "FROM acknowledgement a WHERE seq = (SELECT max(seq) FROM acknowledgement b "
             "WHERE b.code_id = a.code_id AND b.employee_no = a.employee_no)"_s});
    }

    // Puts the guards back, so that verify finds every one of them.
    void done() const
    {
        if (onServer(m_db))
            switchServerGuards(m_db, true);
        for (const QString &definition : m_definitions)
            REQUIRE(runSql(m_db, definition).isEmpty());
    }

    void rechain(const QString &table, const QStringList &columns,
                 const QStringList &optional = {}) const
    {
        const QStringList all = columns + optional;
        QSqlQuery rows(m_db);
        REQUIRE(rows.exec(u"SELECT seq, %1 FROM %2 ORDER BY seq"_s.arg(all.join(u", "_s), table)));
        QByteArray previous = storage::HashChain::firstPreviousHash();
        QList<std::tuple<qint64, QByteArray, QByteArray>> links;
        while (rows.next()) {
            QVariantList values;
            for (int i = 0; i < all.size(); ++i)
                values << rows.value(1 + i);
            const qint64 seq = rows.value(0).toLongLong();
            const QByteArray hash
                = storage::HashChain::rowHash(previous, seq, columns, values, optional);
            links.append({seq, previous, hash});
            previous = hash;
        }
        for (const auto &[seq, prev, hash] : links)
            run(u"UPDATE %1 SET prev_hash = ?, hash = ? WHERE seq = ?"_s.arg(table),
                {prev, hash, seq});
    }

private:
    QSqlDatabase m_db;
    QStringList m_definitions;
};

// Turns the audit log into what a Tenet from before issue 11 wrote: entries without the
// fields verify's comparisons use (content and ledger hashes, review ids and times, the
// PIN hash's hash, the roster's roles), chained as that Tenet chained them.
inline void asWrittenByOlderTenet(const QSqlDatabase &db)
{
    const QStringList newer
        = {u"content_sha256"_s, u"published_at"_s,  u"reviews"_s, u"ledger_hash"_s,
           u"reviewed_at"_s,    u"secret_sha256"_s, u"people"_s};
    const Attacker attacker(db);
    QSqlQuery rows(db);
    REQUIRE(rows.exec(u"SELECT seq, action, detail FROM audit_log ORDER BY seq"_s));
    QList<std::pair<qint64, QString>> details;
    while (rows.next()) {
        QJsonObject detail = QJsonDocument::fromJson(rows.value(2).toByteArray()).object();
        for (const QString &key : newer)
            detail.remove(key);
        if (rows.value(1).toString() == u"section.review"_s)
            detail.remove(u"id"_s);
        details.append({rows.value(0).toLongLong(),
                        QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
    }
    for (const auto &[seq, detail] : details)
        attacker.run(u"UPDATE audit_log SET detail = ? WHERE seq = ?"_s, {detail, seq});
    attacker.rechain(u"audit_log"_s, {u"at"_s, u"actor"_s, u"action"_s, u"subject"_s, u"detail"_s});
    attacker.done();
}

inline QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

} // namespace tenet::test

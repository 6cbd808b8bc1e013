#include "contentstore.h"

#include "database.h"

#include "exchange/codejson.h"
#include "sqlquery.h"

#include <nlohmann/json.hpp>

#include <QCryptographicHash>

namespace tenet::storage {

using domain::Clause;
using domain::Error;
using domain::Result;
using domain::Section;
using domain::Status;
using nlohmann::ordered_json;

namespace {

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

// A section's JSON without its clauses, and with them: the hash covers the whole, the
// stored meta only what is not kept in clause rows.
ordered_json withClauses(ordered_json meta, const QList<ordered_json> &clauses)
{
    ordered_json array = ordered_json::array();
    for (const ordered_json &clause : clauses)
        array.push_back(clause);
    meta["clauses"] = std::move(array);
    return meta;
}

ordered_json metaOf(const Section &section)
{
    ordered_json meta = exchange::sectionToJson(section, false);
    meta.erase("clauses");
    return meta;
}

QList<ordered_json> clausesOf(const Section &section)
{
    QList<ordered_json> clauses;
    for (const Clause &clause : section.clauses)
        clauses.append(exchange::clauseToJson(clause));
    return clauses;
}

Result<Clause> clauseFromRow(const SqlQuery &query, int first, const QString &where)
{
    Clause clause;
    clause.id = query.text(first);
    clause.title = query.text(first + 1);
    clause.body = query.text(first + 2);
    const auto strength = domain::strengthFromName(query.text(first + 3));
    if (!strength)
        return Error::integrity(where,
                                QStringLiteral("clause %1 has an unknown strength \"%2\"")
                                    .arg(clause.id, query.text(first + 3)));
    clause.strength = *strength;
    try {
        const auto refs = nlohmann::json::parse(query.text(first + 4).toStdString());
        for (const auto &ref : refs)
            clause.references.append(QString::fromStdString(ref.get<std::string>()));
    } catch (const nlohmann::json::exception &) {
        return Error::integrity(
            where, QStringLiteral("clause %1 has unreadable references").arg(clause.id));
    }
    return clause;
}

} // namespace

ContentStore::ContentStore(const QSqlDatabase &db) : m_db(db) { }

QByteArray ContentStore::clauseHash(const Clause &clause)
{
    return sha256(exchange::canonicalJson(exchange::clauseToJson(clause)));
}

QByteArray ContentStore::sectionHash(const Section &section)
{
    return sha256(exchange::canonicalJson(withClauses(metaOf(section), clausesOf(section))));
}

Result<qint64> ContentStore::storeSection(const Section &section) const
{
    const ordered_json meta = metaOf(section);
    const QList<ordered_json> clauses = clausesOf(section);
    const QByteArray hash = sha256(exchange::canonicalJson(withClauses(meta, clauses)));

    SqlQuery existing(m_db, QStringLiteral("SELECT id FROM section_blob WHERE hash = :hash"));
    existing.bind(QStringLiteral(":hash"), hash);
    if (Status status = existing.exec(); !status)
        return status.error();
    if (existing.next())
        return existing.integer(0);

    SqlQuery insertSection(m_db,
                           QStringLiteral("INSERT INTO section_blob (hash, section_key, meta) "
                                          "VALUES (:hash, :key, :meta) RETURNING id"));
    insertSection.bind(QStringLiteral(":hash"), hash)
        .bind(QStringLiteral(":key"), domain::sectionKeyName(section.key))
        .bind(QStringLiteral(":meta"), QString::fromUtf8(exchange::canonicalJson(meta)));
    auto insertedSection = insertSection.execReturningId();
    if (!insertedSection)
        return insertedSection.error();
    const qint64 sectionId = *insertedSection;

    SqlQuery findClause(m_db, QStringLiteral("SELECT id FROM clause_blob WHERE hash = :hash"));
    SqlQuery insertClause(m_db,
                          QStringLiteral("INSERT INTO clause_blob (hash, clause_id, title, "
                                         "body, strength, refs) VALUES (:hash, :id, :title, "
                                         ":body, :strength, :refs) RETURNING id"));
    SqlQuery link(m_db,
                  QStringLiteral("INSERT INTO section_clause (section_blob_id, position, "
                                 "clause_blob_id) VALUES (:section, :position, :clause)"));
    for (qsizetype i = 0; i < section.clauses.size(); ++i) {
        const Clause &clause = section.clauses[i];
        const QByteArray clauseHash = sha256(exchange::canonicalJson(clauses[i]));
        findClause.bind(QStringLiteral(":hash"), clauseHash);
        if (Status status = findClause.exec(); !status)
            return status.error();
        qint64 clauseId = 0;
        if (findClause.next()) {
            clauseId = findClause.integer(0);
        } else {
            insertClause.bind(QStringLiteral(":hash"), clauseHash)
                .bind(QStringLiteral(":id"), clause.id)
                .bind(QStringLiteral(":title"), clause.title)
                .bind(QStringLiteral(":body"), clause.body)
                .bind(QStringLiteral(":strength"), domain::strengthName(clause.strength))
                .bind(QStringLiteral(":refs"),
                      QString::fromUtf8(exchange::canonicalJson(clauses[i]["references"])));
            auto inserted = insertClause.execReturningId();
            if (!inserted)
                return inserted.error();
            clauseId = *inserted;
        }
        link.bind(QStringLiteral(":section"), sectionId)
            .bind(QStringLiteral(":position"), qint64(i))
            .bind(QStringLiteral(":clause"), clauseId);
        if (Status status = link.exec(); !status)
            return status.error();
    }
    return sectionId;
}

Result<QByteArray> ContentStore::storedSectionHash(qint64 sectionBlobId) const
{
    SqlQuery query(m_db, QStringLiteral("SELECT hash FROM section_blob WHERE id = :id"));
    query.bind(QStringLiteral(":id"), sectionBlobId);
    if (Status status = query.execSingle(QStringLiteral("no stored section %1").arg(sectionBlobId));
        !status)
        return status.error();
    return query.value(0).toByteArray();
}

Result<Section> ContentStore::loadSection(qint64 sectionBlobId) const
{
    const QString where = Database::describe(m_db);
    SqlQuery metaQuery(m_db, QStringLiteral("SELECT meta FROM section_blob WHERE id = :id"));
    metaQuery.bind(QStringLiteral(":id"), sectionBlobId);
    if (Status status
        = metaQuery.execSingle(QStringLiteral("no stored section %1").arg(sectionBlobId));
        !status)
        return status.error();

    Section section;
    try {
        const auto meta = nlohmann::json::parse(metaQuery.text(0).toStdString());
        auto parsed = exchange::sectionFromJson(meta, QString());
        if (!parsed)
            return Error::integrity(where,
                                    QStringLiteral("stored section %1 cannot be read: %2")
                                        .arg(sectionBlobId)
                                        .arg(parsed.error().toString()));
        section = std::move(parsed).value();
    } catch (const nlohmann::json::exception &e) {
        return Error::integrity(where,
                                QStringLiteral("stored section %1 is not valid JSON: %2")
                                    .arg(sectionBlobId)
                                    .arg(QString::fromUtf8(e.what())));
    }

    SqlQuery clauses(m_db,
                     QStringLiteral("SELECT c.clause_id, c.title, c.body, c.strength, c.refs "
                                    "FROM section_clause s JOIN clause_blob c "
                                    "ON c.id = s.clause_blob_id "
                                    "WHERE s.section_blob_id = :id ORDER BY s.position"));
    clauses.bind(QStringLiteral(":id"), sectionBlobId);
    if (Status status = clauses.exec(); !status)
        return status.error();
    while (clauses.next()) {
        auto clause = clauseFromRow(clauses, 0, where);
        if (!clause)
            return clause.error();
        section.clauses.append(std::move(clause).value());
    }
    return section;
}

Status ContentStore::collect(qint64 sectionBlobId) const
{
    SqlQuery held(m_db,
                  QStringLiteral("SELECT 1 FROM version_section WHERE section_blob_id = :id "
                                 "LIMIT 1"));
    held.bind(QStringLiteral(":id"), sectionBlobId);
    if (Status status = held.exec(); !status)
        return status;
    if (held.next())
        return {};

    SqlQuery clauses(m_db,
                     QStringLiteral("SELECT DISTINCT clause_blob_id FROM section_clause "
                                    "WHERE section_blob_id = :id"));
    clauses.bind(QStringLiteral(":id"), sectionBlobId);
    if (Status status = clauses.exec(); !status)
        return status;
    QList<qint64> clauseIds;
    while (clauses.next())
        clauseIds.append(clauses.integer(0));

    SqlQuery unlink(m_db, QStringLiteral("DELETE FROM section_clause WHERE section_blob_id = :id"));
    unlink.bind(QStringLiteral(":id"), sectionBlobId);
    if (Status status = unlink.exec(); !status)
        return status;
    SqlQuery drop(m_db, QStringLiteral("DELETE FROM section_blob WHERE id = :id"));
    drop.bind(QStringLiteral(":id"), sectionBlobId);
    if (Status status = drop.exec(); !status)
        return status;

    SqlQuery dropClause(m_db,
                        QStringLiteral("DELETE FROM clause_blob WHERE id = :id AND NOT EXISTS "
                                       "(SELECT 1 FROM section_clause "
                                       "WHERE clause_blob_id = :same)"));
    for (qint64 clauseId : clauseIds) {
        dropClause.bind(QStringLiteral(":id"), clauseId).bind(QStringLiteral(":same"), clauseId);
        if (Status status = dropClause.exec(); !status)
            return status;
    }
    return {};
}

Result<QStringList> ContentStore::verifyHashes() const
{
    const QString where = Database::describe(m_db);
    QStringList problems;
    SqlQuery clauses(m_db,
                     QStringLiteral("SELECT id, hash, clause_id, title, body, strength, refs "
                                    "FROM clause_blob ORDER BY id"));
    if (Status status = clauses.exec(); !status)
        return status.error();
    while (clauses.next()) {
        auto clause = clauseFromRow(clauses, 2, where);
        if (!clause) {
            problems.append(clause.error().message);
            continue;
        }
        if (clauseHash(*clause) != clauses.value(1).toByteArray())
            problems.append(QStringLiteral("stored clause %1 (%2) was changed after it was saved: "
                                           "its content no longer matches its hash")
                                .arg(clauses.integer(0))
                                .arg(clause->id));
    }

    SqlQuery sections(m_db,
                      QStringLiteral("SELECT id, hash, section_key FROM section_blob ORDER BY id"));
    if (Status status = sections.exec(); !status)
        return status.error();
    while (sections.next()) {
        const qint64 id = sections.integer(0);
        auto section = loadSection(id);
        if (!section) {
            problems.append(section.error().message);
            continue;
        }
        if (sectionHash(*section) != sections.value(1).toByteArray())
            problems.append(QStringLiteral("stored section %1 (%2) was changed after it was saved: "
                                           "its content no longer matches its hash")
                                .arg(id)
                                .arg(sections.text(2)));
    }
    return problems;
}

} // namespace tenet::storage

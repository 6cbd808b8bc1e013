#include "clausesearch.h"

#include "database.h"
#include "dialect.h"
#include "domain/codecontent.h"
#include "sqlquery.h"

#include <QHash>

namespace tenet::storage {

using domain::Result;
using domain::Status;

ClauseSearch::ClauseSearch(Database &db) : m_db(db) { }

Result<QList<SearchHit>> ClauseSearch::search(qint64 codeId, const QString &text,
                                              std::optional<qint64> versionId) const
{
    QList<SearchHit> hits;
    const Dialect &dialect = Dialect::of(m_db.connection());
    const QString match = dialect.searchMatch(text);
    if (match.isEmpty())
        return hits;

    // MATERIALIZED keeps the full-text query apart from the joins, where snippet() would not
    // be allowed.
    SqlQuery q(m_db.connection(),
               QStringLiteral("WITH m (blob, snippet, rank) AS MATERIALIZED (%1) "
                              "SELECT m.blob, m.snippet, c.clause_id, c.title, v.section_key, "
                              "s.position, r.number "
                              "FROM m JOIN clause_blob c ON c.id = m.blob "
                              "JOIN section_clause s ON s.clause_blob_id = c.id "
                              "JOIN version_section v ON v.section_blob_id = s.section_blob_id "
                              "JOIN version r ON r.id = v.version_id "
                              "WHERE r.code_id = :code %2 "
                              "ORDER BY m.rank, m.blob, v.section_key, s.position, r.number")
                   .arg(dialect.clauseSearchSql(),
                        versionId ? QStringLiteral("AND r.id = :version") : QString()));
    q.bind(QStringLiteral(":match"), match).bind(QStringLiteral(":code"), codeId);
    if (versionId)
        q.bind(QStringLiteral(":version"), *versionId);
    if (Status status = q.exec(); !status)
        return status.error();

    QHash<QString, qsizetype> indexOf; // one hit per clause text at one place
    while (q.next()) {
        const auto section = domain::sectionKeyFromName(q.text(4));
        if (!section)
            continue;
        const int position = int(q.integer(5));
        const QString key
            = QStringLiteral("%1/%2/%3").arg(q.integer(0)).arg(q.text(4)).arg(position);
        auto it = indexOf.constFind(key);
        if (it == indexOf.constEnd()) {
            SearchHit hit;
            hit.clauseId = q.text(2);
            hit.title = q.text(3);
            hit.section = *section;
            hit.clauseNumber = domain::clauseNumber(*section, position);
            hit.snippet = q.text(1);
            it = indexOf.insert(key, hits.size());
            hits.append(hit);
        }
        QList<int> &numbers = hits[*it].versionNumbers;
        const int number = int(q.integer(6));
        if (numbers.isEmpty() || numbers.last() != number)
            numbers.append(number);
    }
    return hits;
}

} // namespace tenet::storage

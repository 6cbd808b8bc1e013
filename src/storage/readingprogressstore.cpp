#include "readingprogressstore.h"

#include "database.h"
#include "sqlquery.h"
#include "timestamps.h"

using namespace Qt::StringLiterals;

namespace tenet::storage {

ReadingProgressStore::ReadingProgressStore(Database &db) : m_db(db) { }

domain::Status ReadingProgressStore::markOpened(qint64 versionId, const QString &employeeNo,
                                                domain::SectionKey section)
{
    // One statement, so it needs no transaction of its own.
    SqlQuery q(m_db.connection(),
               u"INSERT INTO section_opened (version_id, employee_no, section_key, opened_at) "
               "VALUES (:version, :no, :key, :at) ON CONFLICT DO NOTHING"_s);
    q.bind(u":version"_s, versionId)
        .bind(u":no"_s, employeeNo)
        .bind(u":key"_s, domain::sectionKeyName(section))
        .bind(u":at"_s, storedNow());
    return q.exec();
}

domain::Result<QSet<domain::SectionKey>>
ReadingProgressStore::opened(qint64 versionId, const QString &employeeNo) const
{
    SqlQuery q(m_db.connection(), u"SELECT section_key FROM section_opened "
                                  "WHERE version_id = :version AND employee_no = :no"_s);
    q.bind(u":version"_s, versionId).bind(u":no"_s, employeeNo);
    if (domain::Status status = q.exec(); !status)
        return status.error();
    QSet<domain::SectionKey> keys;
    while (q.next()) {
        if (const auto key = domain::sectionKeyFromName(q.text(0)))
            keys.insert(*key);
    }
    return keys;
}

} // namespace tenet::storage

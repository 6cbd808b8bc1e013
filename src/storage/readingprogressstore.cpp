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
        .bind(u":at"_s, storedTime(m_db.now()));
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

domain::Result<ReadingProgress> ReadingProgressStore::progress(qint64 versionId,
                                                               const QString &employeeNo) const
{
    // A version may one day hold its sections in several languages: a section counts once.
    SqlQuery q(m_db.connection(),
               u"SELECT count(DISTINCT v.section_key), count(DISTINCT o.section_key) "
               "FROM version_section v LEFT JOIN section_opened o ON o.version_id = v.version_id "
               "AND o.section_key = v.section_key AND o.employee_no = :no "
               "WHERE v.version_id = :version"_s);
    q.bind(u":version"_s, versionId).bind(u":no"_s, employeeNo);
    if (domain::Status status = q.execSingle(u"the sections of the version could not be read"_s);
        !status)
        return status.error();
    return ReadingProgress {int(q.integer(1)), int(q.integer(0))};
}

} // namespace tenet::storage

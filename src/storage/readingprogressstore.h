#pragma once

#include "domain/result.h"
#include "domain/sectionkey.h"

#include <QSet>
#include <QString>

namespace tenet::storage {

class Database;

// Which sections of a version each person has opened in the reading view, kept so that
// reading can stop and resume (or survive the program stopping) without starting again.
// Not a record of what was read: the signature is.
class ReadingProgressStore
{
public:
    explicit ReadingProgressStore(Database &db);

    // Notes that the person opened the section; opening it again keeps the first time.
    domain::Status markOpened(qint64 versionId, const QString &employeeNo,
                              domain::SectionKey section);
    domain::Result<QSet<domain::SectionKey>> opened(qint64 versionId,
                                                    const QString &employeeNo) const;

private:
    Database &m_db;
};

} // namespace tenet::storage

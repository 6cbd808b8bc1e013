#pragma once

#include "domain/result.h"
#include "domain/sectionkey.h"

#include <QSet>
#include <QString>

namespace tenet::storage {

class Database;

// How far one person has come through a version: of its sections, how many they opened.
struct ReadingProgress
{
    int opened = 0;
    int sections = 0;
};

// Which sections of a version each person has opened in the reading view, kept so that
// reading can stop and resume (or survive the program stopping) without starting again,
// and so that the acknowledgement store can insist on every section being opened before
// someone signs. Not a record of what was read: the signature is.
class ReadingProgressStore
{
public:
    explicit ReadingProgressStore(Database &db);

    // Notes that the person opened the section; opening it again keeps the first time.
    domain::Status markOpened(qint64 versionId, const QString &employeeNo,
                              domain::SectionKey section);
    domain::Result<QSet<domain::SectionKey>> opened(qint64 versionId,
                                                    const QString &employeeNo) const;
    // The version's sections, and how many of them the person opened.
    domain::Result<ReadingProgress> progress(qint64 versionId, const QString &employeeNo) const;

private:
    Database &m_db;
};

} // namespace tenet::storage

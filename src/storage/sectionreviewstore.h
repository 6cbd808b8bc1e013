#pragma once

#include "domain/result.h"
#include "domain/sectionreview.h"
#include "domain/workflow.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tenet::storage {

class Database;

// Section reviews: someone's statement that a section of the code in force still holds (or
// needs revising), and the reviews that publishing a changed section stands for.
class SectionReviewStore
{
public:
    explicit SectionReviewStore(Database &db);

    // Records a review of a section of the version in force, in one transaction with its
    // audit log entry. Refused for agents and for a caller who is not on the roster, and
    // when nothing of the code is in force.
    domain::Result<domain::SectionReview> record(qint64 codeId, domain::SectionKey section,
                                                 domain::ReviewOutcome outcome, const QString &note,
                                                 const domain::Actor &by);

    // Reviews of the code, oldest first; optionally of one section only.
    domain::Result<QList<domain::SectionReview>>
    list(qint64 codeId, std::optional<domain::SectionKey> section = std::nullopt) const;
    // The latest review of each section that has one, in section order.
    domain::Result<QList<domain::SectionReview>> latestPerSection(qint64 codeId) const;

    // For VersionStore, inside its publishing transaction: records a "revised" review, by the
    // publisher, of every section whose content differs from the version published before
    // (every section when there was none). Returns the sections reviewed, in section order,
    // for the publication's audit log entry.
    domain::Result<QList<domain::SectionKey>>
    recordPublication(qint64 codeId, qint64 versionId, int versionNumber,
                      std::optional<qint64> previousVersionId, const QDateTime &publishedAt,
                      const domain::Actor &by) const;

private:
    Database &m_db;
};

} // namespace tenet::storage

#pragma once

#include "sectionkey.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace tenet::domain {

// What a reviewer concluded: the section still holds as written, or it needs (or got) a
// revision.
enum class ReviewOutcome
{
    Unchanged,
    Revised,
};

QString reviewOutcomeName(ReviewOutcome outcome);
std::optional<ReviewOutcome> reviewOutcomeFromName(const QString &name);

// A record that someone looked at a section of a code and whether it still holds.
// Publishing a version that changed a section records one for it.
struct SectionReview
{
    qint64 id = 0;
    qint64 codeId = 0;
    SectionKey section = SectionKey::Ethics;
    int versionNumber = 0; // the version in force (or just published) when it was reviewed
    QString reviewer; // employee number, or "os:NAME"
    QDateTime reviewedAt; // UTC
    ReviewOutcome outcome = ReviewOutcome::Unchanged;
    QString note;

    friend bool operator==(const SectionReview &, const SectionReview &) = default;
};

} // namespace tenet::domain

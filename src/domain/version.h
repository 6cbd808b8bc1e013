#pragma once

#include "codecontent.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace tenet::domain {

// draft -> in_review -> approved -> published -> superseded; a draft, a version in review
// or an approved one may instead be withdrawn. Only a draft's content changes.
enum class VersionState {
    Draft,
    InReview,
    Approved,
    Published,
    Superseded,
    Withdrawn,
};

QString versionStateName(VersionState state);
std::optional<VersionState> versionStateFromName(const QString &name);
// The state as people read it ("In review"), translated; versionStateName is the stable key.
QString versionStateLabel(VersionState state);

// Still on its way to publication: at most one version of a code is open at a time.
bool isOpen(VersionState state);
// Was once the version in force; its content is frozen forever.
bool wasPublished(VersionState state);

// Everything about a version except its content.
struct VersionInfo
{
    qint64 id = 0;
    qint64 codeId = 0;
    int number = 0;
    VersionState state = VersionState::Draft;
    QString author;      // employee number, or "os:NAME" when no staff member was named
    QString submittedBy;
    QString approvedBy;
    QString publishedBy;
    QDateTime createdAt;
    QDateTime submittedAt;
    QDateTime approvedAt;
    QDateTime publishedAt;
    std::optional<bool> material; // set at publication
    QString summary;
    // Counts saves of a draft's content, so that a second writer can be told of a conflict.
    int revision = 0;

    friend bool operator==(const VersionInfo &, const VersionInfo &) = default;
};

// A version with its content.
struct Version
{
    VersionInfo info;
    CodeContent content;

    friend bool operator==(const Version &, const Version &) = default;
};

} // namespace tenet::domain

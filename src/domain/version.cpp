#include "version.h"

#include <QCoreApplication>

#include <array>

namespace tenet::domain {

namespace {
// The translation context of the state labels.
struct VersionStateText
{
    Q_DECLARE_TR_FUNCTIONS(tenet::domain::VersionState)
};

constexpr std::array allStates = {VersionState::Draft,     VersionState::InReview,
                                  VersionState::Approved,  VersionState::Published,
                                  VersionState::Superseded, VersionState::Withdrawn};
}

QString versionStateName(VersionState state)
{
    switch (state) {
    case VersionState::Draft: return QStringLiteral("draft");
    case VersionState::InReview: return QStringLiteral("in_review");
    case VersionState::Approved: return QStringLiteral("approved");
    case VersionState::Published: return QStringLiteral("published");
    case VersionState::Superseded: return QStringLiteral("superseded");
    case VersionState::Withdrawn: return QStringLiteral("withdrawn");
    }
    return {};
}

std::optional<VersionState> versionStateFromName(const QString &name)
{
    for (VersionState state : allStates) {
        if (versionStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

QString versionStateLabel(VersionState state)
{
    switch (state) {
    case VersionState::Draft: return VersionStateText::tr("Draft");
    case VersionState::InReview: return VersionStateText::tr("In review");
    case VersionState::Approved: return VersionStateText::tr("Approved");
    case VersionState::Published: return VersionStateText::tr("Published");
    case VersionState::Superseded: return VersionStateText::tr("Superseded");
    case VersionState::Withdrawn: return VersionStateText::tr("Withdrawn");
    }
    return {};
}

bool isOpen(VersionState state)
{
    return state == VersionState::Draft || state == VersionState::InReview
        || state == VersionState::Approved;
}

bool wasPublished(VersionState state)
{
    return state == VersionState::Published || state == VersionState::Superseded;
}

} // namespace tenet::domain

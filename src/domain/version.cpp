#include "version.h"

#include <QCoreApplication>

#include <array>

namespace tenet::domain {

namespace {
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
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("tenet::domain::VersionState", text);
    };
    switch (state) {
    case VersionState::Draft: return tr("Draft");
    case VersionState::InReview: return tr("In review");
    case VersionState::Approved: return tr("Approved");
    case VersionState::Published: return tr("Published");
    case VersionState::Superseded: return tr("Superseded");
    case VersionState::Withdrawn: return tr("Withdrawn");
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

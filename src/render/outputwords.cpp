#include "outputwords.h"

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::render::words {

QString strength(Strength strength, const OutputLanguage &language)
{
    //: The badge of a firm rule in a clause heading; the glossary's MUST.
    return strength == Strength::Must ? language.translate("Words", "MUST")
                                      //: The badge of guidance in a clause heading.
                                      : language.translate("Words", "SHOULD");
}

QString versionState(VersionState state, const OutputLanguage &language)
{
    switch (state) {
    case VersionState::Draft:
        return language.translate("Words", "Draft");
    case VersionState::InReview:
        return language.translate("Words", "In review");
    case VersionState::Approved:
        return language.translate("Words", "Approved");
    case VersionState::Published:
        return language.translate("Words", "Published");
    case VersionState::Superseded:
        return language.translate("Words", "Superseded");
    case VersionState::Withdrawn:
        return language.translate("Words", "Withdrawn");
    }
    return {};
}

QString versionStateInSentence(VersionState state, const OutputLanguage &language)
{
    switch (state) {
    case VersionState::Draft:
        //: A version's state inside a sentence: "version 3 (draft)".
        return language.translate("Words", "draft");
    case VersionState::InReview:
        return language.translate("Words", "in review");
    case VersionState::Approved:
        return language.translate("Words", "approved");
    case VersionState::Published:
        return language.translate("Words", "published");
    case VersionState::Superseded:
        return language.translate("Words", "superseded");
    case VersionState::Withdrawn:
        return language.translate("Words", "withdrawn");
    }
    return {};
}

QString role(Role role, const OutputLanguage &language)
{
    switch (role) {
    case Role::Agent:
        return language.translate("Words", "agent");
    case Role::Supervisor:
        return language.translate("Words", "supervisor");
    case Role::Manager:
        return language.translate("Words", "manager");
    case Role::Quality:
        //: The role of quality-assurance staff.
        return language.translate("Words", "quality");
    case Role::Trainer:
        return language.translate("Words", "trainer");
    }
    return {};
}

QString roleNamed(const QString &roleName, const OutputLanguage &language)
{
    const std::optional<Role> known = roleFromName(roleName.trimmed());
    return known ? role(*known, language) : roleName;
}

QString roles(const QStringList &roleNames, const OutputLanguage &language)
{
    QStringList named;
    named.reserve(roleNames.size());
    for (const QString &name : roleNames)
        named << roleNamed(name, language);
    return named.join(u", "_s);
}

QString kpiDirection(KpiDirection direction, const OutputLanguage &language)
{
    //: A KPI that is good when low: its value should be at most the target.
    return direction == KpiDirection::AtMost ? language.translate("Words", "at most")
                                             : language.translate("Words", "at least");
}

QString reviewState(ReviewState state, const OutputLanguage &language)
{
    switch (state) {
    case ReviewState::Current:
        //: A section whose review is up to date.
        return language.translate("Words", "current");
    case ReviewState::DueSoon:
        return language.translate("Words", "due soon");
    case ReviewState::Stale:
        //: A section whose review is overdue (glossary: stale).
        return language.translate("Words", "stale");
    case ReviewState::NotScheduled:
        return language.translate("Words", "not scheduled");
    }
    return {};
}

QString kpiState(KpiState state, const OutputLanguage &language)
{
    switch (state) {
    case KpiState::OnTarget:
        return language.translate("Words", "on target");
    case KpiState::OffTarget:
        return language.translate("Words", "off target");
    case KpiState::Breached:
        //: A KPI past its alert threshold.
        return language.translate("Words", "breached");
    case KpiState::NoData:
        return language.translate("Words", "no data");
    }
    return {};
}

QString yesNo(bool yes, const OutputLanguage &language)
{
    return yes ? language.translate("Words", "yes") : language.translate("Words", "no");
}

} // namespace tenet::render::words

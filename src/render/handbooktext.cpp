#include "handbooktext.h"

#include "domain/organisationdate.h"
#include "outputwords.h"

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::render {

bool isDraftState(VersionState state)
{
    return !wasPublished(state);
}

QString strengthLabel(Strength strength, const OutputLanguage &language)
{
    return words::strength(strength, language);
}

QString numberText(double value, const OutputLanguage &language)
{
    return language.number(value);
}

QString hoursText(double hours, const OutputLanguage &language)
{
    // Hours may be fractional ("0.5 hours"), so the two forms are two messages, not a plural.
    return hours == 1 ? language.translate("Handbook", "1 hour")
                      : language.translate("Handbook", "%1 hours").arg(language.number(hours));
}

QString effectiveDateText(const VersionInfo &info, const OutputLanguage &language)
{
    if (!wasPublished(info.state) || !info.publishedAt.isValid())
        return language.translate("Handbook", "not yet in force");
    return language.date(domain::organisationDate(info.publishedAt));
}

QString versionLine(const VersionInfo &info, const OutputLanguage &language)
{
    //: The running header: "Version 3 · Published".
    return language.translate("Handbook", "Version %1 · %2")
        .arg(QString::number(info.number), words::versionState(info.state, language));
}

QString kpiTargetText(const Kpi &kpi, const OutputLanguage &language)
{
    //: A KPI's target: "at most 20" (seconds, percent: the unit has its own column).
    return kpi.direction == KpiDirection::AtMost
        ? language.translate("Handbook", "at most %1").arg(language.number(kpi.target))
        : language.translate("Handbook", "at least %1").arg(language.number(kpi.target));
}

QString kpiAlertText(const Kpi &kpi, const OutputLanguage &language)
{
    //: A KPI's alert threshold: an alert when the value goes above 30.
    return kpi.direction == KpiDirection::AtMost
        ? language.translate("Handbook", "above %1").arg(language.number(kpi.alert))
        : language.translate("Handbook", "below %1").arg(language.number(kpi.alert));
}

QString finalTestText(const TrainingProgramme &programme, const OutputLanguage &language)
{
    if (!programme.finalTest)
        return words::yesNo(false, language);
    if (programme.passMark)
        return language.translate("Handbook", "yes, pass mark %1")
            .arg(language.percent(*programme.passMark));
    return words::yesNo(true, language);
}

QString rolesText(const QStringList &roles, const OutputLanguage &language)
{
    //: The roles a training programme applies to, when it names none.
    return roles.isEmpty() ? language.translate("Handbook", "everyone")
                           : words::roles(roles, language);
}

QString refresherText(const TrainingProgramme &programme, const OutputLanguage &language)
{
    if (!programme.refresherMonths)
        //: A training programme without a refresher course.
        return language.translate("Handbook", "none");
    //: How often a training programme is refreshed: "every 12 months".
    return language.translate("Handbook", "every %n months", nullptr, *programme.refresherMonths);
}

QStringList escalationColumns(const OutputLanguage &language)
{
    return {language.translate("Handbook", "Tier"), language.translate("Handbook", "Who"),
            //: The time limit of an escalation tier: "Within 4 hours".
            language.translate("Handbook", "Within"), language.translate("Handbook", "Action")};
}

QStringList followUpColumns(const OutputLanguage &language)
{
    return {language.translate("Handbook", "Step"), language.translate("Handbook", "What is done")};
}

QStringList stageColumns(const OutputLanguage &language)
{
    return {language.translate("Handbook", "Stage"), language.translate("Handbook", "Name"),
            language.translate("Handbook", "Time limit")};
}

QStringList programmeColumns(const OutputLanguage &language)
{
    return {language.translate("Handbook", "Programme"), language.translate("Handbook", "Hours"),
            language.translate("Handbook", "Objectives"),
            language.translate("Handbook", "Final test"),
            //: The roles a training programme is for.
            language.translate("Handbook", "For"),
            //: How often the programme is taken again.
            language.translate("Handbook", "Refresher")};
}

QStringList kpiColumns(const OutputLanguage &language)
{
    return {language.translate("Handbook", "Indicator"),
            language.translate("Handbook", "Definition"),
            language.translate("Handbook", "Unit"),
            language.translate("Handbook", "Target"),
            language.translate("Handbook", "Alert threshold"),
            language.translate("Handbook", "Action when breached")};
}

QString escalationHeading(const OutputLanguage &language)
{
    return language.translate("Handbook", "Escalation tiers");
}

QString followUpHeading(const OutputLanguage &language)
{
    return language.translate("Handbook", "Follow-up steps");
}

QString stagesHeading(const OutputLanguage &language)
{
    return language.translate("Handbook", "Complaint stages");
}

QString programmesHeading(const OutputLanguage &language)
{
    return language.translate("Handbook", "Training programmes");
}

QString kpisHeading(const OutputLanguage &language)
{
    return language.translate("Handbook", "Key performance indicators");
}

} // namespace tenet::render

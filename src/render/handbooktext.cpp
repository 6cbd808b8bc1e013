#include "handbooktext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::render {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tenet::render::Handbook", text);
}

} // namespace

bool isDraftState(VersionState state)
{
    return !wasPublished(state);
}

QString strengthLabel(Strength strength)
{
    return strength == Strength::Must ? tr("MUST") : tr("SHOULD");
}

QString numberText(double value)
{
    if (value == static_cast<double>(static_cast<qint64>(value)))
        return QString::number(static_cast<qint64>(value));
    QString text = QString::number(value, 'f', 2);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

QString hoursText(double hours)
{
    return hours == 1 ? tr("1 hour") : tr("%1 hours").arg(numberText(hours));
}

QString effectiveDateText(const VersionInfo &info)
{
    if (!wasPublished(info.state) || !info.publishedAt.isValid())
        return tr("not yet in force");
    return info.publishedAt.toLocalTime().date().toString(Qt::ISODate);
}

QString versionLine(const VersionInfo &info)
{
    return tr("Version %1 · %2").arg(QString::number(info.number), domain::versionStateLabel(info.state));
}

QString kpiTargetText(const Kpi &kpi)
{
    return (kpi.direction == KpiDirection::AtMost ? u"≤ "_s : u"≥ "_s) + numberText(kpi.target);
}

QString kpiAlertText(const Kpi &kpi)
{
    return (kpi.direction == KpiDirection::AtMost ? u"> "_s : u"< "_s) + numberText(kpi.alert);
}

QString finalTestText(const TrainingProgramme &programme)
{
    if (!programme.finalTest)
        return tr("no");
    if (programme.passMark)
        return tr("yes, pass mark %1%").arg(numberText(*programme.passMark));
    return tr("yes");
}

QString rolesText(const QStringList &roles)
{
    return roles.isEmpty() ? tr("everyone") : roles.join(u", "_s);
}

QString refresherText(const TrainingProgramme &programme)
{
    if (!programme.refresherMonths)
        return tr("none");
    return *programme.refresherMonths == 1
        ? tr("every month")
        : tr("every %1 months").arg(QString::number(*programme.refresherMonths));
}

QStringList escalationColumns()
{
    return {tr("Tier"), tr("Who"), tr("Within"), tr("Action")};
}

QStringList followUpColumns()
{
    return {tr("Step"), tr("What is done")};
}

QStringList stageColumns()
{
    return {tr("Stage"), tr("Name"), tr("Time limit")};
}

QStringList programmeColumns()
{
    return {tr("Programme"),  tr("Hours"), tr("Objectives"),
            tr("Final test"), tr("For"),   tr("Refresher")};
}

QStringList kpiColumns()
{
    return {tr("Indicator"), tr("Definition"),      tr("Unit"),
            tr("Target"),    tr("Alert threshold"), tr("Action when breached")};
}

QString escalationHeading()
{
    return tr("Escalation tiers");
}

QString followUpHeading()
{
    return tr("Follow-up steps");
}

QString stagesHeading()
{
    return tr("Complaint stages");
}

QString programmesHeading()
{
    return tr("Training programmes");
}

QString kpisHeading()
{
    return tr("Key performance indicators");
}

} // namespace tenet::render

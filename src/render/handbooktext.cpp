#include "handbooktext.h"
#include "domain/organisationdate.h"

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

QString hoursText(double hours, const HandbookLabels &label)
{
    return hours == 1 ? label("1 hour") : label("%1 hours").arg(numberText(hours));
}

QString effectiveDateText(const VersionInfo &info)
{
    if (!wasPublished(info.state) || !info.publishedAt.isValid())
        return tr("not yet in force");
    return domain::organisationDate(info.publishedAt).toString(Qt::ISODate);
}

QString versionLine(const VersionInfo &info)
{
    return tr("Version %1 · %2")
        .arg(QString::number(info.number), domain::versionStateLabel(info.state));
}

QString kpiTargetText(const Kpi &kpi)
{
    return (kpi.direction == KpiDirection::AtMost ? u"≤ "_s : u"≥ "_s) + numberText(kpi.target);
}

QString kpiAlertText(const Kpi &kpi)
{
    return (kpi.direction == KpiDirection::AtMost ? u"> "_s : u"< "_s) + numberText(kpi.alert);
}

QString finalTestText(const TrainingProgramme &programme, const HandbookLabels &label)
{
    if (!programme.finalTest)
        return label("no");
    if (programme.passMark)
        return label("yes, pass mark %1%").arg(numberText(*programme.passMark));
    return label("yes");
}

QString rolesText(const QStringList &roles, const HandbookLabels &label)
{
    return roles.isEmpty() ? label("everyone") : roles.join(u", "_s);
}

QString refresherText(const TrainingProgramme &programme, const HandbookLabels &label)
{
    if (!programme.refresherMonths)
        return label("none");
    return *programme.refresherMonths == 1
        ? label("every month")
        : label("every %1 months").arg(QString::number(*programme.refresherMonths));
}

QStringList escalationColumns(const HandbookLabels &label)
{
    return {label("Tier"), label("Who"), label("Within"), label("Action")};
}

QStringList followUpColumns(const HandbookLabels &label)
{
    return {label("Step"), label("What is done")};
}

QStringList stageColumns(const HandbookLabels &label)
{
    return {label("Stage"), label("Name"), label("Time limit")};
}

QStringList programmeColumns(const HandbookLabels &label)
{
    return {label("Programme"),  label("Hours"), label("Objectives"),
            label("Final test"), label("For"),   label("Refresher")};
}

QStringList kpiColumns(const HandbookLabels &label)
{
    return {label("Indicator"), label("Definition"),      label("Unit"),
            label("Target"),    label("Alert threshold"), label("Action when breached")};
}

QString escalationHeading(const HandbookLabels &label)
{
    return label("Escalation tiers");
}

QString followUpHeading(const HandbookLabels &label)
{
    return label("Follow-up steps");
}

QString stagesHeading(const HandbookLabels &label)
{
    return label("Complaint stages");
}

QString programmesHeading(const HandbookLabels &label)
{
    return label("Training programmes");
}

QString kpisHeading(const HandbookLabels &label)
{
    return label("Key performance indicators");
}

} // namespace tenet::render

#include "sectionpage.h"

#include "app/common/displayformat.h"
#include "domain/codecontent.h"
#include "domain/role.h"
#include "render/markdownhtml.h"

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::app {

namespace {

// One table of structured items; cells arrive escaped.
QString itemTable(const QString &heading, const QStringList &columns,
                  const QList<QStringList> &rows)
{
    QString html = u"<h3>"_s + heading.toHtmlEscaped()
        + u"</h3><table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
          "style=\"border-color:#c8c8c8; border-style:solid\"><tr>"_s;
    for (const QString &column : columns)
        html += u"<th align=\"left\" bgcolor=\"#f0f0f0\">"_s + column.toHtmlEscaped() + u"</th>"_s;
    html += u"</tr>"_s;
    for (const QStringList &row : rows) {
        html += u"<tr>"_s;
        for (const QString &cell : row)
            html += u"<td valign=\"top\">"_s + cell + u"</td>"_s;
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString hours(double value)
{
    //: A time limit in hours; %1 is a number that may have decimals ("0,5").
    return SectionPage::tr("%1 h").arg(display::number(value));
}

QString roles(const QStringList &names)
{
    if (names.isEmpty())
        //: A training programme that every role takes.
        return SectionPage::tr("everyone");
    QStringList labels;
    for (const QString &name : names)
        labels.append(roleLabel(name));
    return labels.join(u", "_s);
}

QString finalTest(const TrainingProgramme &programme)
{
    if (!programme.finalTest)
        return SectionPage::tr("no");
    if (programme.passMark)
        return SectionPage::tr("yes, pass mark %1").arg(display::percent(*programme.passMark));
    return SectionPage::tr("yes");
}

QString refresher(const TrainingProgramme &programme)
{
    if (!programme.refresherMonths)
        //: A training programme that is never refreshed.
        return SectionPage::tr("none");
    return SectionPage::tr("every %n months", nullptr, *programme.refresherMonths);
}

QString amount(const Kpi &kpi, double value)
{
    if (kpi.unit == u'%')
        return display::percent(value, 2);
    return kpi.unit.isEmpty() ? display::number(value)
                              : display::number(value) + QChar(0x00A0) + kpi.unit;
}

// "at most 25 s": the side of the target that is good, then the value in its unit.
QString kpiTarget(const Kpi &kpi)
{
    //: A KPI's target: %1 is "at most" or "at least", %2 a value with its unit.
    return SectionPage::tr("%1 %2").arg(kpiDirectionLabel(kpi.direction), amount(kpi, kpi.target));
}

// The alert goes off on the bad side of its threshold: above it for a KPI good when low.
QString kpiAlert(const Kpi &kpi)
{
    return kpi.direction == KpiDirection::AtMost
        //: A KPI's alert: it goes off when the value is above %1 (a value with its unit).
        ? SectionPage::tr("above %1").arg(amount(kpi, kpi.alert))
        //: A KPI's alert: it goes off when the value is below %1 (a value with its unit).
        : SectionPage::tr("below %1").arg(amount(kpi, kpi.alert));
}

} // namespace

QString SectionPage::html(const Section &section)
{
    QString html
        = u"<h2>%1. %2</h2>"_s.arg(sectionNumber(section.key)).arg(section.title.toHtmlEscaped());
    if (!section.purpose.trimmed().isEmpty())
        html += u"<div style=\"color:#555555\">"_s + render::markdownToHtml(section.purpose)
            + u"</div>"_s;
    if (section.clauses.isEmpty())
        html += u"<p><i>"_s + tr("This section has no clauses.").toHtmlEscaped() + u"</i></p>"_s;
    for (int index = 0; index < section.clauses.size(); ++index) {
        const Clause &clause = section.clauses[index];
        const bool must = clause.strength == Strength::Must;
        // The strength is a word as well as a colour, so that it reads without colour.
        html += u"<h3>%1&nbsp;&nbsp;%2&nbsp;&nbsp;<span style=\"font-size:small; color:%3\">"
                "%4</span></h3>"_s.arg(clauseNumber(section.key, index),
                                       clause.title.toHtmlEscaped(),
                                       must ? u"#b00020"_s : u"#1f5fa8"_s,
                                       strengthBadge(clause.strength).toHtmlEscaped());
        html += render::markdownToHtml(clause.body);
        if (!clause.references.isEmpty())
            html += u"<p style=\"color:#555555\"><i>"_s
                //: Below a clause: the documents or rules it refers to.
                + tr("See: %1").arg(clause.references.join(u", "_s)).toHtmlEscaped()
                + u"</i></p>"_s;
    }
    return html + itemsHtml(section);
}

QString SectionPage::itemsHtml(const Section &section)
{
    QString html;
    if (!section.escalation.isEmpty()) {
        QList<QStringList> rows;
        for (const EscalationTier &t : section.escalation)
            rows << QStringList {display::number(qint64(t.tier)), esc(roleLabel(t.role)),
                                 esc(hours(t.withinHours)), esc(t.action)};
        html += itemTable(tr("Escalation tiers"),
                          {tr("Tier"), tr("Who"), tr("Within"), tr("Action")}, rows);
    }
    if (!section.followUp.isEmpty()) {
        QList<QStringList> rows;
        for (int i = 0; i < section.followUp.size(); ++i)
            rows << QStringList {display::number(qint64(i + 1)), esc(section.followUp.at(i))};
        html += itemTable(tr("Follow-up steps"), {tr("Step"), tr("What is done")}, rows);
    }
    if (!section.stages.isEmpty()) {
        QList<QStringList> rows;
        for (int i = 0; i < section.stages.size(); ++i)
            rows << QStringList {display::number(qint64(i + 1)), esc(section.stages.at(i).name),
                                 esc(hours(section.stages.at(i).withinHours))};
        html
            += itemTable(tr("Complaint stages"), {tr("Stage"), tr("Name"), tr("Time limit")}, rows);
    }
    if (!section.programmes.isEmpty()) {
        QList<QStringList> rows;
        for (const TrainingProgramme &p : section.programmes)
            rows << QStringList {
                esc(p.title),      esc(display::number(p.hours)), esc(p.objectives.join(u"; "_s)),
                esc(finalTest(p)), esc(roles(p.roles)),           esc(refresher(p))};
        html += itemTable(tr("Training programmes"),
                          {tr("Programme"), tr("Hours"), tr("Objectives"), tr("Final test"),
                           //: The roles a training programme is for.
                           tr("For"), tr("Refresher")},
                          rows);
    }
    if (!section.kpis.isEmpty()) {
        QList<QStringList> rows;
        for (const Kpi &k : section.kpis)
            rows << QStringList {esc(k.name),       esc(k.definition), esc(k.unit),
                                 esc(kpiTarget(k)), esc(kpiAlert(k)),  esc(k.action)};
        html += itemTable(tr("Key performance indicators"),
                          {tr("Indicator"), tr("Definition"), tr("Unit"), tr("Target"),
                           tr("Alert threshold"), tr("Action when breached")},
                          rows);
    }
    return html;
}

} // namespace tenet::app

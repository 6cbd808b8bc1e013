#include "changetext.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::app {

QString ChangeText::versionLabel(const VersionInfo &version)
{
    return tr("version %1 (%2)").arg(version.number).arg(versionStateLabel(version.state).toLower());
}

QString ChangeText::kindLabel(ChangeKind kind, bool moved)
{
    switch (kind) {
    case ChangeKind::Added:
        return tr("Added");
    case ChangeKind::Removed:
        return tr("Removed");
    case ChangeKind::Changed:
        return moved ? tr("Moved and changed") : tr("Changed");
    case ChangeKind::Unchanged:
        return moved ? tr("Moved") : tr("Unchanged");
    }
    return {};
}

QString ChangeText::fieldLabel(const QString &field)
{
    if (field == u"title")
        return tr("title");
    if (field == u"body")
        return tr("text");
    if (field == u"strength")
        return tr("must/should");
    if (field == u"references")
        return tr("references");
    if (field == u"purpose")
        return tr("purpose");
    if (field == u"owner")
        return tr("owner");
    if (field == u"review_interval_days")
        return tr("review interval");
    if (field == u"role")
        return tr("role");
    if (field == u"within_hours")
        return tr("time limit");
    if (field == u"action")
        return tr("action");
    if (field == u"name")
        return tr("name");
    if (field == u"hours")
        return tr("hours");
    if (field == u"objectives")
        return tr("objectives");
    if (field == u"final_test")
        return tr("final test");
    if (field == u"pass_mark")
        return tr("pass mark");
    if (field == u"roles")
        return tr("roles");
    if (field == u"refresher_months")
        return tr("refresher");
    if (field == u"definition")
        return tr("definition");
    if (field == u"unit")
        return tr("unit");
    if (field == u"direction")
        return tr("direction");
    if (field == u"target")
        return tr("target");
    if (field == u"alert")
        return tr("alert threshold");
    QString plain = field;
    return plain.replace(u'_', u' ');
}

QString ChangeText::fieldList(const QStringList &fields)
{
    QStringList labels;
    labels.reserve(fields.size());
    for (const QString &field : fields)
        labels << fieldLabel(field);
    return labels.join(u", "_s);
}

QString ChangeText::itemKindLabel(const QString &itemKind)
{
    if (itemKind == u"escalation")
        return tr("Escalation tier");
    if (itemKind == u"follow_up")
        return tr("Follow-up step");
    if (itemKind == u"stage")
        return tr("Complaint stage");
    if (itemKind == u"programme")
        return tr("Training programme");
    if (itemKind == u"kpi")
        return tr("KPI");
    return itemKind;
}

QString ChangeText::summary(const Comparison &comparison)
{
    QString text = tr("%1 added, %2 removed, %3 changed, %4 moved")
                       .arg(comparison.added)
                       .arg(comparison.removed)
                       .arg(comparison.changed)
                       .arg(comparison.moved);
    if (comparison.itemChanges > 0)
        text += u", "_s
            + (comparison.itemChanges == 1
                   ? tr("1 table row changed")
                   : tr("%1 table rows changed").arg(comparison.itemChanges));
    int sectionsWithDetails = 0;
    for (const SectionComparison &section : comparison.sections) {
        if (!section.changedFields.isEmpty())
            ++sectionsWithDetails;
    }
    if (sectionsWithDetails > 0)
        text += u", "_s
            + (sectionsWithDetails == 1
                   ? tr("details of 1 section changed")
                   : tr("details of %1 sections changed").arg(sectionsWithDetails));
    return text;
}

QString ChangeText::shortDate(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace tenet::app

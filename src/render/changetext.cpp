#include "changetext.h"

#include <QLocale>

#include <utility>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::render {

namespace {

// Each field compareContent can report, with its words; the English is the key into the
// labels' table.
constexpr std::pair<const char16_t *, const char *> fieldWords[] = {
    {u"title", "the title"},
    {u"body", "the text"},
    {u"strength", "the strength"},
    {u"references", "the references"},
    {u"purpose", "the purpose"},
    {u"owner", "the owner"},
    {u"review_interval_days", "the review interval"},
    {u"role", "the role"},
    {u"within_hours", "the time limit"},
    {u"action", "the action"},
    {u"name", "the name"},
    {u"hours", "the hours"},
    {u"objectives", "the objectives"},
    {u"final_test", "the final test"},
    {u"pass_mark", "the pass mark"},
    {u"roles", "the roles"},
    {u"refresher_months", "the refresher"},
    {u"definition", "the definition"},
    {u"unit", "the unit"},
    {u"direction", "the direction"},
    {u"target", "the target"},
    {u"alert", "the alert threshold"},
};

} // namespace

QString ChangeText::versionLabel(const VersionInfo &version, const HandbookLabels &label)
{
    return label("version %1 (%2)")
        .arg(QString::number(version.number), label.state(version.state).toLower());
}

QString ChangeText::kindLabel(ChangeKind kind, bool moved, const HandbookLabels &label)
{
    switch (kind) {
    case ChangeKind::Added:
        return label("Added");
    case ChangeKind::Removed:
        return label("Removed");
    case ChangeKind::Changed:
        return moved ? label("Moved and changed") : label("Changed");
    case ChangeKind::Unchanged:
        return moved ? label("Moved") : label("Unchanged");
    }
    return {};
}

QString ChangeText::fieldLabel(const QString &field, const HandbookLabels &label)
{
    for (const auto &[key, words] : fieldWords) {
        if (field == QStringView(key))
            return label(words);
    }
    // A field a newer comparison reports that this table does not know yet.
    return label("a detail");
}

QString ChangeText::fieldList(const QStringList &fields, const HandbookLabels &label)
{
    QStringList labels;
    labels.reserve(fields.size());
    for (const QString &field : fields)
        labels << fieldLabel(field, label);
    return labels.join(u", "_s);
}

QString ChangeText::itemKindLabel(const QString &itemKind, const HandbookLabels &label)
{
    if (itemKind == u"escalation")
        return label("Escalation tier");
    if (itemKind == u"follow_up")
        return label("Follow-up step");
    if (itemKind == u"stage")
        return label("Complaint stage");
    if (itemKind == u"programme")
        return label("Training programme");
    return label("Indicator");
}

QString ChangeText::summary(const Comparison &comparison, const HandbookLabels &label)
{
    QString text = label("%1 added, %2 removed, %3 changed, %4 moved")
                       .arg(comparison.added)
                       .arg(comparison.removed)
                       .arg(comparison.changed)
                       .arg(comparison.moved);
    if (comparison.itemChanges > 0)
        text += u", "_s
            + (comparison.itemChanges == 1
                   ? label("1 table row changed")
                   : label("%1 table rows changed").arg(comparison.itemChanges));
    int sectionsWithDetails = 0;
    for (const SectionComparison &section : comparison.sections) {
        if (!section.changedFields.isEmpty())
            ++sectionsWithDetails;
    }
    if (sectionsWithDetails > 0)
        text += u", "_s
            + (sectionsWithDetails == 1
                   ? label("details of 1 section changed")
                   : label("details of %1 sections changed").arg(sectionsWithDetails));
    return text;
}

QString ChangeText::shortDate(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace tenet::render

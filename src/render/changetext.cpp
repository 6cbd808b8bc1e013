#include "changetext.h"

#include "outputwords.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::render {

namespace {

// The words of one field compareContent can report. Called with literals, so that lupdate
// finds every field's words.
QString fieldWords(const QString &field, const OutputLanguage &language)
{
    const auto is = [&field](const char16_t *key) {
        return field == QStringView(key);
    };
    //: A field that changed, in "changed (the title, the text)".
    if (is(u"title"))
        return language.translate("Changes", "the title");
    if (is(u"body"))
        return language.translate("Changes", "the text");
    if (is(u"strength"))
        //: Whether a clause is a MUST or a SHOULD.
        return language.translate("Changes", "the strength");
    if (is(u"references"))
        return language.translate("Changes", "the references");
    if (is(u"purpose"))
        return language.translate("Changes", "the purpose");
    if (is(u"owner"))
        return language.translate("Changes", "the owner");
    if (is(u"review_interval_days"))
        return language.translate("Changes", "the review interval");
    if (is(u"role"))
        return language.translate("Changes", "the role");
    if (is(u"within_hours"))
        return language.translate("Changes", "the time limit");
    if (is(u"action"))
        return language.translate("Changes", "the action");
    if (is(u"name"))
        return language.translate("Changes", "the name");
    if (is(u"hours"))
        return language.translate("Changes", "the hours");
    if (is(u"objectives"))
        return language.translate("Changes", "the objectives");
    if (is(u"final_test"))
        return language.translate("Changes", "the final test");
    if (is(u"pass_mark"))
        return language.translate("Changes", "the pass mark");
    if (is(u"roles"))
        return language.translate("Changes", "the roles");
    if (is(u"refresher_months"))
        return language.translate("Changes", "the refresher");
    if (is(u"definition"))
        return language.translate("Changes", "the definition");
    if (is(u"unit"))
        return language.translate("Changes", "the unit");
    if (is(u"direction"))
        return language.translate("Changes", "the direction");
    if (is(u"target"))
        return language.translate("Changes", "the target");
    if (is(u"alert"))
        return language.translate("Changes", "the alert threshold");
    // A field a newer comparison reports that this list does not know yet.
    return language.translate("Changes", "a detail");
}

} // namespace

QString ChangeText::versionLabel(const VersionInfo &version, const OutputLanguage &language)
{
    //: "version 3 (draft)"
    return language.translate("Changes", "version %1 (%2)")
        .arg(QString::number(version.number),
             words::versionStateInSentence(version.state, language));
}

QString ChangeText::kindLabel(ChangeKind kind, bool moved, const OutputLanguage &language)
{
    switch (kind) {
    case ChangeKind::Added:
        //: What happened to a clause or a table row between two versions.
        return language.translate("Changes", "Added");
    case ChangeKind::Removed:
        return language.translate("Changes", "Removed");
    case ChangeKind::Changed:
        return moved ? language.translate("Changes", "Moved and changed")
                     : language.translate("Changes", "Changed");
    case ChangeKind::Unchanged:
        return moved ? language.translate("Changes", "Moved")
                     : language.translate("Changes", "Unchanged");
    }
    return {};
}

QString ChangeText::fieldLabel(const QString &field, const OutputLanguage &language)
{
    return fieldWords(field, language);
}

QString ChangeText::fieldList(const QStringList &fields, const OutputLanguage &language)
{
    QStringList labels;
    labels.reserve(fields.size());
    for (const QString &field : fields)
        labels << fieldLabel(field, language);
    return labels.join(u", "_s);
}

QString ChangeText::itemKindLabel(const QString &itemKind, const OutputLanguage &language)
{
    if (itemKind == u"escalation")
        return language.translate("Changes", "Escalation tier");
    if (itemKind == u"follow_up")
        return language.translate("Changes", "Follow-up step");
    if (itemKind == u"stage")
        return language.translate("Changes", "Complaint stage");
    if (itemKind == u"programme")
        return language.translate("Changes", "Training programme");
    //: A key performance indicator, as a row of the metrics table.
    return language.translate("Changes", "Indicator");
}

QString ChangeText::summary(const Comparison &comparison, const OutputLanguage &language)
{
    //: The counts of clauses added, removed, changed and moved between two versions.
    QString text = language.translate("Changes", "%1 added, %2 removed, %3 changed, %4 moved")
                       .arg(comparison.added)
                       .arg(comparison.removed)
                       .arg(comparison.changed)
                       .arg(comparison.moved);
    if (comparison.itemChanges > 0)
        text += u", "_s
            + language.translate("Changes", "%n table rows changed", nullptr,
                                 comparison.itemChanges);
    int sectionsWithDetails = 0;
    for (const SectionComparison &section : comparison.sections) {
        if (!section.changedFields.isEmpty())
            ++sectionsWithDetails;
    }
    if (sectionsWithDetails > 0)
        text += u", "_s
            + language.translate("Changes", "details of %n sections changed", nullptr,
                                 sectionsWithDetails);
    return text;
}

QString ChangeText::shortDate(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace tenet::render

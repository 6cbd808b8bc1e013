#include "redlinehtml.h"

#include "changetext.h"
#include "clauseredline.h"
#include "itemfields.h"
#include "markdownhtml.h"
#include "outputlanguage.h"
#include "outputwords.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::render {

namespace {

// Qt's rich text ignores <ins> and <del> as elements but applies style rules to them, so
// the same markup carries the meaning for other readers of the HTML and the look here.
// Each mark has its own background, which keeps it readable on dark palettes too.
const QString styleSheet = QStringLiteral(
    "h1 { font-size: x-large; font-weight: 600; margin-bottom: 2px; }"
    "h2 { font-size: large; font-weight: 600; margin-top: 22px; margin-bottom: 4px; }"
    "h3 { font-size: medium; font-weight: 600; margin-top: 14px; margin-bottom: 2px; }"
    "p { margin-top: 2px; margin-bottom: 6px; }"
    "ins { color: #0b5d1e; background-color: #d5f5dc; text-decoration: underline; }"
    "del { color: #8c1c13; background-color: #ffe1de; text-decoration: line-through; }"
    ".muted { color: #5f6b76; }"
    ".legend { color: #3d4852; background-color: #f2f4f7; }"
    ".tag { font-size: small; font-weight: 600; color: #ffffff; }"
    ".tag-added { background-color: #1f7a3a; }"
    ".tag-removed { background-color: #b3261e; }"
    ".tag-changed { background-color: #8a5a00; }"
    ".tag-moved { background-color: #3b5bab; }"
    ".num { color: #3d4852; }"
    "th { background-color: #eef1f4; color: #26313b; font-weight: 600; text-align: left; }"
    "td.field { color: #3d4852; }"
    ".changed { font-weight: 700; }");

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// User text keeps its line breaks. Clause bodies arrive here already rendered to the text a
// reader sees (markdownToText), so no Markdown marker shows.
QString escMultiline(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(u'\n', u"<br/>"_s);
    return html;
}

class RedlineWriter
{
public:
    RedlineWriter(const Comparison &comparison, const VersionInfo &from, const VersionInfo &to,
                  const CodeContent *before, const CodeContent *after,
                  const OutputLanguage &language)
        : m_comparison(comparison)
        , m_from(from)
        , m_to(to)
        , m_before(before)
        , m_after(after)
        , m_language(language)
    {
    }

    QString html()
    {
        m_out.reserve(16 * 1024);
        m_out += u"<html><head><style>"_s + styleSheet + u"</style></head><body>"_s;
        writeHeader();
        if (m_comparison.isEmpty()) {
            m_out += u"<p class=\"muted\">"_s
                + esc(m_language.translate(
                    "Redline", "The two versions have the same content: nothing to show."))
                + u"</p>"_s;
        }
        for (int s = 0; s < m_comparison.sections.size(); ++s) {
            if (m_comparison.sections.at(s).hasChanges())
                writeSection(s);
        }
        m_out += u"</body></html>"_s;
        return m_out;
    }

private:
    QString ins(const QString &escapedHtml)
    {
        return u"<ins title=\""_s + m_language.translate("Redline", "Inserted") + u"\">"_s
            + escapedHtml + u"</ins>"_s;
    }
    QString del(const QString &escapedHtml)
    {
        return u"<del title=\""_s + m_language.translate("Redline", "Deleted") + u"\">"_s
            + escapedHtml + u"</del>"_s;
    }

    QString inlineDiff(const QList<DiffSegment> &segments)
    {
        QString html;
        for (const DiffSegment &segment : segments) {
            switch (segment.op) {
            case DiffSegment::Op::Equal:
                html += escMultiline(segment.text);
                break;
            case DiffSegment::Op::Insert:
                html += ins(escMultiline(segment.text));
                break;
            case DiffSegment::Op::Delete:
                html += del(escMultiline(segment.text));
                break;
            }
        }
        return html;
    }

    QString tag(const QString &cssClass, const QString &text)
    {
        // Non-breaking spaces pad the label: Qt's rich text has no padding for inline text.
        return u"<span class=\"tag "_s + cssClass + u"\">&nbsp;"_s + esc(text.toUpper())
            + u"&nbsp;</span>"_s;
    }

    // "Version 1 (published 3 Mar 2025)", "Version 2 (draft, started 9 Apr 2025)"
    QString versionDescription(const VersionInfo &v)
    {
        const QString state = words::versionStateInSentence(v.state, m_language);
        if (v.publishedAt.isValid() && v.state == VersionState::Published)
            return m_language.translate("Redline", "Version %1 (published %2)")
                .arg(v.number)
                .arg(m_language.date(v.publishedAt.toLocalTime().date()));
        if (v.publishedAt.isValid())
            return m_language.translate("Redline", "Version %1 (%2, published %3)")
                .arg(QString::number(v.number), state,
                     m_language.date(v.publishedAt.toLocalTime().date()));
        if (v.createdAt.isValid())
            return m_language.translate("Redline", "Version %1 (%2, started %3)")
                .arg(QString::number(v.number), state,
                     m_language.date(v.createdAt.toLocalTime().date()));
        return m_language.translate("Redline", "Version %1 (%2)")
            .arg(QString::number(v.number), state);
    }

    void writeHeader()
    {
        m_out += u"<h1>"_s
            + esc(m_language.translate("Redline", "Changes from version %1 to version %2")
                      .arg(m_from.number)
                      .arg(m_to.number))
            + u"</h1>"_s;
        m_out += u"<p class=\"muted\">"_s + esc(versionDescription(m_from)) + u" &rarr; "_s
            + esc(versionDescription(m_to)) + u"</p>"_s;
        m_out += u"<p><b>"_s + esc(ChangeText::summary(m_comparison, m_language)) + u"</b></p>"_s;
        m_out
            += u"<table class=\"legend\" width=\"100%\" cellpadding=\"6\" cellspacing=\"0\"><tr><td>"_s
            + esc(m_language.translate(
                      "Redline",
                      "How to read this: %1 is underlined and green; %2 is struck through and "
                      "red. A clause added or removed is marked whole; a moved clause is "
                      "labelled with the number it had before."))
                  .arg(ins(esc(m_language.translate("Redline", "inserted text"))),
                       del(esc(m_language.translate("Redline", "deleted text"))))
            + u"</td></tr></table>"_s;
    }

    const Section *beforeSection(SectionKey key) const
    {
        return m_before ? m_before->section(key) : nullptr;
    }
    const Section *afterSection(SectionKey key) const
    {
        return m_after ? m_after->section(key) : nullptr;
    }

    void writeSection(int s)
    {
        const SectionComparison &section = m_comparison.sections.at(s);
        const Section *old = beforeSection(section.key);
        QString title = esc(section.title);
        if (old && old->title != section.title)
            title = inlineDiff(wordDiff(old->title, section.title));
        m_out += u"<h2><a name=\""_s + redlineSectionAnchor(s) + u"\"></a>"_s
            + QString::number(sectionNumber(section.key)) + u"&nbsp;&nbsp;"_s + title + u"</h2>"_s;
        if (!section.changedFields.isEmpty())
            writeSectionFields(section, old, afterSection(section.key));
        for (int c = 0; c < section.clauses.size(); ++c) {
            if (section.clauses.at(c).isChange())
                writeClause(s, c);
        }
        for (int i = 0; i < section.items.size(); ++i)
            writeItem(s, i);
    }

    void writeSectionFields(const SectionComparison &section, const Section *old,
                            const Section *now)
    {
        m_out += u"<p>"_s
            + tag(u"tag-changed"_s, m_language.translate("Redline", "Section details"))
            + u" <span class=\"muted\">"_s
            + esc(m_language.translate("Redline", "Changed: %1")
                      .arg(ChangeText::fieldList(section.changedFields, m_language)))
            + u"</span></p>"_s;
        if (!section.purposeDiff.isEmpty())
            m_out += u"<p><span class=\"muted\">"_s
                + esc(m_language.translate("Redline", "Purpose:")) + u"</span> "_s
                + inlineDiff(section.purposeDiff) + u"</p>"_s;
        if (!old || !now)
            return;
        auto interval = [this](const Section &s) {
            return s.reviewIntervalDays
                ? m_language.translate("Redline", "every %1 days").arg(*s.reviewIntervalDays)
                : m_language.translate("Redline", "never");
        };
        if (section.changedFields.contains(u"owner"_s))
            writeValueChange(m_language.translate("Redline", "Owner:"), old->owner, now->owner);
        if (section.changedFields.contains(u"review_interval_days"_s))
            writeValueChange(m_language.translate("Redline", "Review:"), interval(*old),
                             interval(*now));
    }

    void writeValueChange(const QString &label, const QString &before, const QString &after)
    {
        m_out += u"<p><span class=\"muted\">"_s + esc(label) + u"</span> "_s
            + (before.isEmpty() ? QString() : del(esc(before)) + u" &rarr; "_s)
            + (after.isEmpty() ? esc(m_language.translate("Redline", "(none)")) : ins(esc(after)))
            + u"</p>"_s;
    }

    void writeClause(int s, int c)
    {
        const ClauseComparison &clause = m_comparison.sections.at(s).clauses.at(c);
        const Clause &shown = clause.after ? *clause.after : *clause.before;
        const QString anchor = u"<a name=\""_s + redlineClauseAnchor(s, c) + u"\"></a>"_s;

        QString number;
        QString title;
        QString tags;
        switch (clause.kind) {
        case ChangeKind::Added:
            number = clause.numberAfter;
            title = ins(esc(shown.title));
            tags = tag(u"tag-added"_s, m_language.translate("Redline", "Added"));
            break;
        case ChangeKind::Removed:
            number = clause.numberBefore;
            title = del(esc(shown.title));
            tags = tag(u"tag-removed"_s, m_language.translate("Redline", "Removed"));
            break;
        case ChangeKind::Changed:
        case ChangeKind::Unchanged:
            number = clause.numberAfter;
            title = clause.titleDiff.isEmpty() ? esc(shown.title) : inlineDiff(clause.titleDiff);
            if (clause.kind == ChangeKind::Changed)
                tags = tag(u"tag-changed"_s, m_language.translate("Redline", "Changed"));
            if (clause.moved)
                tags += u" "_s
                    + tag(u"tag-moved"_s,
                          m_language.translate("Redline", "Moved from %1")
                              .arg(clause.numberBefore));
            break;
        }
        m_out += u"<h3>"_s + anchor + u"<span class=\"num\">"_s + esc(number)
            + u"</span>&nbsp;&nbsp;"_s + title + u"&nbsp;&nbsp;"_s + tags + u"</h3>"_s;

        QStringList meta;
        meta << words::strength(shown.strength, m_language);
        if (clause.kind == ChangeKind::Changed || clause.kind == ChangeKind::Unchanged) {
            if (clause.moved)
                meta << m_language.translate("Redline", "moved from %1 to %2")
                            .arg(clause.numberBefore, clause.numberAfter);
            else if (clause.numberBefore != clause.numberAfter)
                meta << m_language.translate("Redline", "was %1").arg(clause.numberBefore);
            if (!clause.changedFields.isEmpty())
                meta << m_language.translate("Redline", "changed: %1")
                            .arg(ChangeText::fieldList(clause.changedFields, m_language));
        }
        m_out += u"<p class=\"muted\">"_s + esc(meta.join(u" \u00b7 "_s)) + u"</p>"_s;

        const ClauseRedline redline = ClauseRedline::of(clause);
        switch (clause.kind) {
        case ChangeKind::Added:
            m_out += u"<p>"_s + inlineDiff(redline.body) + u"</p>"_s;
            writeReferences({}, shown.references);
            return;
        case ChangeKind::Removed:
            m_out += u"<p>"_s + inlineDiff(redline.body) + u"</p>"_s;
            writeReferences(shown.references, {});
            return;
        case ChangeKind::Changed:
        case ChangeKind::Unchanged:
            break;
        }
        if (clause.changedFields.contains(u"strength"_s)) {
            //: Before the change of a clause from a firm rule to guidance or back.
            writeValueChange(m_language.translate("Redline", "Strength:"),
                             words::strength(clause.before->strength, m_language),
                             words::strength(clause.after->strength, m_language));
        }
        // A moved clause's words are shown for context, as they stand.
        if (clause.changedFields.contains(u"body"_s) || clause.kind == ChangeKind::Unchanged)
            m_out += u"<p>"_s + inlineDiff(redline.body) + u"</p>"_s;
        if (clause.changedFields.contains(u"references"_s))
            writeReferences(clause.before->references, clause.after->references);
    }

    void writeReferences(const QStringList &before, const QStringList &after)
    {
        if (before.isEmpty() && after.isEmpty())
            return;
        const QSet<QString> kept(after.cbegin(), after.cend());
        const QSet<QString> had(before.cbegin(), before.cend());
        QStringList parts;
        for (const QString &ref : before) {
            if (!kept.contains(ref))
                parts << del(esc(ref));
        }
        for (const QString &ref : after)
            parts << (had.contains(ref) ? esc(ref) : ins(esc(ref)));
        m_out += u"<p><span class=\"muted\">"_s
            + esc(m_language.translate("Redline", "References:")) + u"</span> "_s
            + parts.join(u"; "_s) + u"</p>"_s;
    }

    static QString tableStart()
    {
        return u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
               "style=\"border-color: #c9d1d9; border-style: solid; margin-left: 0px;\">"_s;
    }

    void writeItem(int s, int i)
    {
        const SectionComparison &section = m_comparison.sections.at(s);
        const ItemComparison &item = section.items.at(i);
        QString tags;
        switch (item.kind) {
        case ChangeKind::Added:
            tags = tag(u"tag-added"_s, m_language.translate("Redline", "Added"));
            break;
        case ChangeKind::Removed:
            tags = tag(u"tag-removed"_s, m_language.translate("Redline", "Removed"));
            break;
        case ChangeKind::Changed:
        case ChangeKind::Unchanged:
            tags = tag(u"tag-changed"_s, m_language.translate("Redline", "Changed"));
            break;
        }
        const QString label = item.itemKind == u"follow_up"
            ? ChangeText::itemKindLabel(item.itemKind, m_language)
            : ChangeText::itemKindLabel(item.itemKind, m_language) + u' ' + item.key;
        m_out += u"<h3><a name=\""_s + redlineItemAnchor(s, i) + u"\"></a>"_s + esc(label)
            + u"&nbsp;&nbsp;"_s + tags + u"</h3>"_s;

        const QList<ItemField> before
            = ItemFields::of(item.itemKind, item.key, beforeSection(section.key), m_language);
        const QList<ItemField> after
            = ItemFields::of(item.itemKind, item.key, afterSection(section.key), m_language);
        if (item.kind == ChangeKind::Added && !after.isEmpty())
            writeWholeItem(after, true);
        else if (item.kind == ChangeKind::Removed && !before.isEmpty())
            writeWholeItem(before, false);
        else if (item.kind == ChangeKind::Changed && !before.isEmpty()
                 && before.size() == after.size())
            writeItemFields(item, before, after);
        else if (!after.isEmpty() || !before.isEmpty())
            writeWholeItem(after.isEmpty() ? before : after, !after.isEmpty());
    }

    void writeWholeItem(const QList<ItemField> &fields, bool added)
    {
        m_out += tableStart();
        for (const ItemField &f : fields) {
            const QString value = escMultiline(f.value);
            m_out += u"<tr><td class=\"field\">"_s + esc(f.label) + u"</td><td>"_s
                + (added ? ins(value) : del(value)) + u"</td></tr>"_s;
        }
        m_out += u"</table>"_s;
    }

    void writeItemFields(const ItemComparison &item, const QList<ItemField> &before,
                         const QList<ItemField> &after)
    {
        m_out += tableStart();
        m_out += u"<tr><th>"_s + esc(m_language.translate("Redline", "Field")) + u"</th><th>"_s
            + esc(m_language.translate("Redline", "Version %1").arg(m_from.number)) + u"</th><th>"_s
            + esc(m_language.translate("Redline", "Version %1").arg(m_to.number)) + u"</th></tr>"_s;
        for (int f = 0; f < after.size(); ++f) {
            const ItemField &was = before.at(f);
            const ItemField &now = after.at(f);
            const bool changed = item.changedFields.contains(now.field) || was.value != now.value;
            if (!changed && now.isLong && !now.identifying)
                continue;
            if (changed) {
                m_out += u"<tr class=\"changed\"><td class=\"field\"><b>"_s + esc(now.label)
                    + u"</b></td><td><b>"_s + del(escMultiline(was.value)) + u"</b></td><td><b>"_s
                    + ins(escMultiline(now.value)) + u"</b></td></tr>"_s;
            } else {
                m_out += u"<tr><td class=\"field\">"_s + esc(now.label) + u"</td><td>"_s
                    + escMultiline(was.value) + u"</td><td>"_s + escMultiline(now.value)
                    + u"</td></tr>"_s;
            }
        }
        m_out += u"</table>"_s;
    }

    const Comparison &m_comparison;
    const VersionInfo &m_from;
    const VersionInfo &m_to;
    const CodeContent *m_before;
    const CodeContent *m_after;
    OutputLanguage m_language;
    QString m_out;
};

} // namespace

QString redlineHtml(const Comparison &comparison, const Version &from, const Version &to)
{
    return redlineHtml(comparison, from, to, OutputLanguage(to.content.language));
}

QString redlineHtml(const Comparison &comparison, const Version &from, const Version &to,
                    const OutputLanguage &language)
{
    return RedlineWriter(comparison, from.info, to.info, &from.content, &to.content, language)
        .html();
}

QString redlineSectionAnchor(int sectionIndex)
{
    return u"s"_s + QString::number(sectionIndex);
}

QString redlineClauseAnchor(int sectionIndex, int clauseIndex)
{
    return u"s"_s + QString::number(sectionIndex) + u"c"_s + QString::number(clauseIndex);
}

QString redlineItemAnchor(int sectionIndex, int itemIndex)
{
    return u"s"_s + QString::number(sectionIndex) + u"i"_s + QString::number(itemIndex);
}

} // namespace tenet::render

#include "handbookchanges.h"

#include "changetext.h"
#include "clauseredline.h"
#include "domain/comparison.h"
#include "handbookstyle.h"
#include "handbooktext.h"
#include "itemfields.h"
#include "textdocumentwriter.h"

#include <QTextCursor>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::render {

using namespace handbookstyle;

HandbookChanges::HandbookChanges(TextDocumentWriter &writer, const OutputLanguage &language,
                                 const CodeContent &before, const CodeContent &after)
    : m_writer(writer), m_language(language), m_before(before), m_after(after)
{
}

void HandbookChanges::write(const Comparison &comparison, const VersionInfo &previous)
{
    m_writer.addParagraph(
        m_language
            .translate("Handbook", "This version is compared with version %1, in force from %2.")
            .arg(QString::number(previous.number), effectiveDateText(previous, m_language)));
    if (comparison.isEmpty()) {
        m_writer.addParagraph(
            m_language.translate("Handbook", "The content is the same as in version %1.")
                .arg(QString::number(previous.number)));
        return;
    }
    m_writer.addHeading(m_language.translate("Handbook", "Summary"), 11, 10);
    const QStringList counts = {
        m_language.translate("Handbook", "%n clauses added", nullptr, comparison.added),
        m_language.translate("Handbook", "%n clauses removed", nullptr, comparison.removed),
        m_language.translate("Handbook", "%n clauses changed", nullptr, comparison.changed),
        m_language.translate("Handbook", "%n clauses moved", nullptr, comparison.moved),
        //: Changes to the rows of the sections' tables (escalation tiers, KPIs...).
        m_language.translate("Handbook", "%n changes to the tables", nullptr,
                             comparison.itemChanges),
        //: Changes to a section's purpose, owner or review interval.
        m_language.translate("Handbook", "%n changes to sections' details", nullptr,
                             comparison.sectionFieldChanges),
    };
    for (const QString &count : counts)
        m_writer.addBullet(count, 14, bodySize);
    addClauseChanges(comparison);
    addRedline(comparison);
}

void HandbookChanges::addClauseChanges(const Comparison &comparison)
{
    m_writer.addHeading(m_language.translate("Handbook", "What changed, section by section"), 11,
                        14);
    const auto bullet = [this](const QString &text) {
        m_writer.addBullet(text, 14 + clauseIndent, 9.5);
    };
    for (const SectionComparison &section : comparison.sections) {
        if (!section.hasChanges())
            continue;
        m_writer.newBlock(0, 6, 2);
        m_writer.insertText(QString::number(sectionNumber(section.key)) + u"  "_s + section.title,
                            textFormat(bodySize, true));
        m_writer.keepWithNext();
        if (!section.changedFields.isEmpty())
            bullet(m_language.translate("Handbook", "Section details changed: %1")
                       .arg(ChangeText::fieldList(section.changedFields, m_language)));
        for (const ClauseComparison &clause : section.clauses) {
            if (!clause.isChange())
                continue;
            const QString title = clause.after ? clause.after->title : clause.before->title;
            QString text;
            switch (clause.kind) {
            case ChangeKind::Added:
                text = m_language.translate("Handbook", "%1 %2 — added")
                           .arg(clause.numberAfter, title);
                break;
            case ChangeKind::Removed:
                text = m_language.translate("Handbook", "%1 %2 — removed")
                           .arg(clause.numberBefore, title);
                break;
            case ChangeKind::Changed:
                text = m_language.translate("Handbook", "%1 %2 — changed (%3)")
                           .arg(clause.numberAfter, title,
                                ChangeText::fieldList(clause.changedFields, m_language));
                break;
            case ChangeKind::Unchanged:
                text = clause.numberAfter + u' ' + title;
                break;
            }
            if (clause.moved)
                text += (clause.kind == ChangeKind::Unchanged
                             ? m_language.translate("Handbook", " — moved from %1")
                             : m_language.translate("Handbook", "; moved from %1"))
                            .arg(clause.numberBefore);
            bullet(text);
        }
        for (const ItemComparison &item : section.items) {
            const QString kind = ChangeText::itemKindLabel(item.itemKind, m_language);
            const QString name = itemName(section, item);
            switch (item.kind) {
            case ChangeKind::Added:
                bullet(m_language.translate("Handbook", "%1: %2 — added").arg(kind, name));
                break;
            case ChangeKind::Removed:
                bullet(m_language.translate("Handbook", "%1: %2 — removed").arg(kind, name));
                break;
            case ChangeKind::Changed:
            case ChangeKind::Unchanged:
                bullet(m_language.translate("Handbook", "%1: %2 — changed (%3)")
                           .arg(kind, name, ChangeText::fieldList(item.changedFields, m_language)));
                break;
            }
        }
    }
}

QString HandbookChanges::itemName(const SectionComparison &section,
                                  const ItemComparison &item) const
{
    const Section *holder
        = (item.kind == ChangeKind::Removed ? m_before : m_after).section(section.key);
    return ItemFields::name(ItemFields::of(item.itemKind, item.key, holder, m_language));
}

void HandbookChanges::addRedline(const Comparison &comparison)
{
    m_writer.addHeading(m_language.translate("Handbook", "Redline"), 11, 14);
    m_writer.addParagraph(
        m_language.translate("Handbook",
                             "Inserted text is underlined; deleted text is struck through."),
        8.5, true);
    const auto segments = [this](const QList<DiffSegment> &diff, qreal size) {
        for (const DiffSegment &segment : diff)
            m_writer.insertText(oneBlock(segment.text), diffFormat(segment.op, size));
    };
    for (const SectionComparison &section : comparison.sections) {
        if (!section.hasChanges())
            continue;
        m_writer.newBlock(0, 8, 2);
        m_writer.insertText(QString::number(sectionNumber(section.key)) + u"  "_s + section.title,
                            textFormat(bodySize, true));
        m_writer.keepWithNext();
        if (!section.purposeDiff.isEmpty()) {
            m_writer.newBlock(clauseIndent, 2, 4);
            m_writer.insertText(m_language.translate("Handbook", "Purpose: "),
                                textFormat(9.5, false, true, muted));
            segments(section.purposeDiff, 9.5);
        }
        for (const ClauseComparison &clause : section.clauses) {
            if (clause.kind == ChangeKind::Unchanged)
                continue;
            m_writer.newBlock(clauseIndent, 6, 2);
            QTextBlockFormat hanging;
            hanging.setTextIndent(-clauseIndent);
            hanging.setTabPositions({QTextOption::Tab(clauseIndent, QTextOption::LeftTab)});
            m_writer.cursor().mergeBlockFormat(hanging);
            const bool removed = clause.kind == ChangeKind::Removed;
            m_writer.insertText((removed ? clause.numberBefore : clause.numberAfter) + u'\t',
                                textFormat(9.5, true, false, accent));
            const ClauseRedline redline = ClauseRedline::of(clause);
            for (const DiffSegment &segment : redline.title) {
                QTextCharFormat format = diffFormat(segment.op, 9.5);
                format.setFontWeight(QFont::Bold);
                m_writer.insertText(oneBlock(segment.text), format);
            }
            m_writer.keepWithNext();
            if (clause.kind == ChangeKind::Changed && clause.before && clause.after
                && clause.before->strength != clause.after->strength) {
                m_writer.newBlock(clauseIndent, 0, 2);
                m_writer.insertText(m_language.translate("Handbook", "Strength: "),
                                    textFormat(9, false, true, muted));
                segments(
                    {{DiffSegment::Op::Delete, strengthLabel(clause.before->strength, m_language)},
                     {DiffSegment::Op::Equal, u" "_s},
                     {DiffSegment::Op::Insert, strengthLabel(clause.after->strength, m_language)}},
                    9);
            }
            if (!redline.body.isEmpty()) {
                m_writer.newBlock(clauseIndent, 0, 3);
                segments(redline.body, 9.5);
            }
            if (clause.before && clause.after
                && clause.before->references != clause.after->references) {
                m_writer.newBlock(clauseIndent, 0, 3);
                m_writer.insertText(m_language.translate("Handbook", "References: "),
                                    textFormat(smallSize, false, true, muted));
                segments(wordDiff(clause.before->references.join(u"; "_s),
                                  clause.after->references.join(u"; "_s)),
                         smallSize);
            }
        }
        for (const ItemComparison &item : section.items)
            addItemRedline(section, item);
    }
}

// An added or removed item whole, a changed one field by field: "the direction: at most
// → at least", in the words of the handbook's tables.
void HandbookChanges::addItemRedline(const SectionComparison &section, const ItemComparison &item)
{
    const QList<ItemField> before
        = ItemFields::of(item.itemKind, item.key, m_before.section(section.key), m_language);
    const QList<ItemField> after
        = ItemFields::of(item.itemKind, item.key, m_after.section(section.key), m_language);
    m_writer.newBlock(clauseIndent, 3, 2);
    m_writer.insertText(ChangeText::itemKindLabel(item.itemKind, m_language) + u": "_s,
                        textFormat(9, true));
    if (item.kind == ChangeKind::Added || item.kind == ChangeKind::Removed) {
        const bool added = item.kind == ChangeKind::Added;
        const QString text = ItemFields::description(added ? after : before);
        m_writer.insertText(
            oneBlock(text),
            diffFormat(added ? DiffSegment::Op::Insert : DiffSegment::Op::Delete, 9));
        return;
    }
    m_writer.insertText(ItemFields::name(after), textFormat(9, true));
    for (const QString &field : item.changedFields) {
        m_writer.newBlock(clauseIndent + 10, 0, 2);
        m_writer.insertText(ChangeText::fieldLabel(field, m_language) + u": "_s,
                            textFormat(9, false, true, muted));
        const QString was = ItemFields::value(before, field);
        const QString now = ItemFields::value(after, field);
        if (!was.isEmpty())
            m_writer.insertText(oneBlock(was), diffFormat(DiffSegment::Op::Delete, 9));
        if (!was.isEmpty() && !now.isEmpty())
            m_writer.insertText(u" "_s, diffFormat(DiffSegment::Op::Equal, 9));
        if (!now.isEmpty())
            m_writer.insertText(oneBlock(now), diffFormat(DiffSegment::Op::Insert, 9));
    }
}

} // namespace tenet::render

#include "handbookchanges.h"

#include "domain/comparison.h"
#include "handbookstyle.h"
#include "handbooktext.h"
#include "textdocumentwriter.h"

#include <QTextCursor>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::render {

using namespace handbookstyle;

namespace {

QString itemKindLabel(const HandbookLabels &label, const QString &kind)
{
    if (kind == u"escalation"_s)
        return label("Escalation tier");
    if (kind == u"follow_up"_s)
        return label("Follow-up step");
    if (kind == u"stage"_s)
        return label("Complaint stage");
    if (kind == u"programme"_s)
        return label("Training programme");
    return label("Indicator");
}

QString countText(const HandbookLabels &label, int count, const char *one, const char *many)
{
    return count == 1 ? label(one) : label(many).arg(count);
}

} // namespace

HandbookChanges::HandbookChanges(TextDocumentWriter &writer, const HandbookLabels &label)
    : m_writer(writer), m_label(label)
{
}

void HandbookChanges::write(const Comparison &comparison, const VersionInfo &previous)
{
    m_writer.addParagraph(
        m_label("This version is compared with version %1, in force from %2.")
            .arg(QString::number(previous.number), m_label.effectiveDate(previous)));
    if (comparison.isEmpty()) {
        m_writer.addParagraph(m_label("The content is the same as in version %1.")
                                  .arg(QString::number(previous.number)));
        return;
    }
    m_writer.addHeading(m_label("Summary"), 11, 10);
    const QStringList counts = {
        countText(m_label, comparison.added, "1 clause added", "%1 clauses added"),
        countText(m_label, comparison.removed, "1 clause removed", "%1 clauses removed"),
        countText(m_label, comparison.changed, "1 clause changed", "%1 clauses changed"),
        countText(m_label, comparison.moved, "1 clause moved", "%1 clauses moved"),
        countText(m_label, comparison.itemChanges, "1 change to the tables",
                  "%1 changes to the tables"),
        countText(m_label, comparison.sectionFieldChanges, "1 change to a section's details",
                  "%1 changes to sections' details"),
    };
    for (const QString &count : counts)
        m_writer.addBullet(count, 14, bodySize);
    addClauseChanges(comparison);
    addRedline(comparison);
}

void HandbookChanges::addClauseChanges(const Comparison &comparison)
{
    m_writer.addHeading(m_label("What changed, section by section"), 11, 14);
    const auto bullet = [this](const QString &text) {
        m_writer.addBullet(text, 14 + clauseIndent, 9.5);
    };
    for (const SectionComparison &section : comparison.sections) {
        if (!section.hasChanges())
            continue;
        m_writer.newBlock(0, 6, 2);
        m_writer.cursor().insertText(QString::number(sectionNumber(section.key)) + u"  "_s
                                         + section.title,
                                     textFormat(bodySize, true));
        m_writer.keepWithNext();
        if (!section.changedFields.isEmpty())
            bullet(m_label("Section details changed: %1").arg(section.changedFields.join(u", "_s)));
        for (const ClauseComparison &clause : section.clauses) {
            if (!clause.isChange())
                continue;
            const QString title = clause.after ? clause.after->title : clause.before->title;
            QString text;
            switch (clause.kind) {
            case ChangeKind::Added:
                text = m_label("%1 %2 — added").arg(clause.numberAfter, title);
                break;
            case ChangeKind::Removed:
                text = m_label("%1 %2 — removed").arg(clause.numberBefore, title);
                break;
            case ChangeKind::Changed:
                text = m_label("%1 %2 — changed (%3)")
                           .arg(clause.numberAfter, title, clause.changedFields.join(u", "_s));
                break;
            case ChangeKind::Unchanged:
                text = clause.numberAfter + u' ' + title;
                break;
            }
            if (clause.moved)
                text += m_label(clause.kind == ChangeKind::Unchanged ? " — moved from %1"
                                                                     : "; moved from %1")
                            .arg(clause.numberBefore);
            bullet(text);
        }
        for (const ItemComparison &item : section.items) {
            QString text = itemKindLabel(m_label, item.itemKind) + u' ' + item.key + u" — "_s
                + changeKindName(item.kind);
            if (!item.changedFields.isEmpty())
                text += u" ("_s + item.changedFields.join(u", "_s) + u')';
            bullet(text);
        }
    }
}

void HandbookChanges::addRedline(const Comparison &comparison)
{
    m_writer.addHeading(m_label("Redline"), 11, 14);
    m_writer.addParagraph(m_label("Inserted text is underlined; deleted text is struck through."),
                          8.5, true);
    const auto segments = [this](const QList<DiffSegment> &diff, qreal size) {
        for (const DiffSegment &segment : diff)
            m_writer.cursor().insertText(oneBlock(segment.text), diffFormat(segment.op, size));
    };
    const auto whole = [](DiffSegment::Op op, const QString &text) {
        return text.isEmpty() ? QList<DiffSegment>() : QList<DiffSegment> {{op, text}};
    };
    for (const SectionComparison &section : comparison.sections) {
        if (!section.hasChanges())
            continue;
        m_writer.newBlock(0, 8, 2);
        m_writer.cursor().insertText(QString::number(sectionNumber(section.key)) + u"  "_s
                                         + section.title,
                                     textFormat(bodySize, true));
        m_writer.keepWithNext();
        if (!section.purposeDiff.isEmpty()) {
            m_writer.newBlock(clauseIndent, 2, 4);
            m_writer.cursor().insertText(m_label("Purpose: "), textFormat(9.5, false, true, muted));
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
            m_writer.cursor().insertText((removed ? clause.numberBefore : clause.numberAfter)
                                             + u'\t',
                                         textFormat(9.5, true, false, accent));
            QList<DiffSegment> title = clause.titleDiff;
            QList<DiffSegment> body = clause.bodyDiff;
            if (clause.kind == ChangeKind::Added) {
                title = whole(DiffSegment::Op::Insert, clause.after->title);
                body = whole(DiffSegment::Op::Insert, clause.after->body);
            } else if (removed) {
                title = whole(DiffSegment::Op::Delete, clause.before->title);
                body = whole(DiffSegment::Op::Delete, clause.before->body);
            } else {
                if (title.isEmpty())
                    title = whole(DiffSegment::Op::Equal, clause.after->title);
                if (body.isEmpty())
                    body = whole(DiffSegment::Op::Equal, clause.after->body);
            }
            QTextCharFormat bold;
            bold.setFontWeight(QFont::Bold);
            for (const DiffSegment &segment : title) {
                QTextCharFormat format = diffFormat(segment.op, 9.5);
                format.merge(bold);
                m_writer.cursor().insertText(oneBlock(segment.text), format);
            }
            m_writer.keepWithNext();
            if (clause.kind == ChangeKind::Changed && clause.before && clause.after
                && clause.before->strength != clause.after->strength) {
                m_writer.newBlock(clauseIndent, 0, 2);
                m_writer.cursor().insertText(m_label("Strength: "),
                                             textFormat(9, false, true, muted));
                segments({{DiffSegment::Op::Delete, strengthLabel(clause.before->strength)},
                          {DiffSegment::Op::Equal, u" "_s},
                          {DiffSegment::Op::Insert, strengthLabel(clause.after->strength)}},
                         9);
            }
            if (!body.isEmpty()) {
                m_writer.newBlock(clauseIndent, 0, 3);
                segments(body, 9.5);
            }
            if (clause.before && clause.after
                && clause.before->references != clause.after->references) {
                m_writer.newBlock(clauseIndent, 0, 3);
                m_writer.cursor().insertText(m_label("References: "),
                                             textFormat(smallSize, false, true, muted));
                segments(wordDiff(clause.before->references.join(u"; "_s),
                                  clause.after->references.join(u"; "_s)),
                         smallSize);
            }
        }
        for (const ItemComparison &item : section.items) {
            m_writer.newBlock(clauseIndent, 3, 2);
            // The one-line description already names the item ("tier 2: ...").
            m_writer.cursor().insertText(itemKindLabel(m_label, item.itemKind) + u": "_s,
                                         textFormat(9, true));
            if (item.before.isEmpty())
                segments(whole(DiffSegment::Op::Insert, item.after), 9);
            else if (item.after.isEmpty())
                segments(whole(DiffSegment::Op::Delete, item.before), 9);
            else
                segments(wordDiff(item.before, item.after), 9);
        }
    }
}

} // namespace tenet::render

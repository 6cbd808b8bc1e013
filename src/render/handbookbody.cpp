#include "handbookbody.h"

#include "domain/comparison.h"
#include "handbooklabels.h"
#include "handbooktext.h"
#include "markdownhtml.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::render {

namespace {

// Sizes in points: the document is laid out at 72 dpi.
constexpr qreal bodySize = 10;
constexpr qreal clauseIndent = 30; // clause bodies stand clear of their numbers
constexpr qreal tableTextSize = 8.5;
constexpr qreal smallSize = 8;

const QColor ink(0x1a, 0x1a, 0x1a);
const QColor accent(0x1f, 0x3a, 0x5f);
const QColor muted(0x55, 0x5f, 0x6b);
const QColor mustColour(0x9b, 0x1c, 0x1c);
const QColor shouldColour(0x2f, 0x5d, 0x8a);
const QColor insertedColour(0x1a, 0x6b, 0x32);
const QColor deletedColour(0xa1, 0x26, 0x1e);
const QColor ruleColour(0x9a, 0xa5, 0xb1);
const QColor headerFill(0xe6, 0xeb, 0xf1);

QTextCharFormat textFormat(qreal size = bodySize, bool bold = false, bool italic = false,
                           const QColor &colour = ink)
{
    QTextCharFormat format;
    format.setFontPointSize(size);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setFontItalic(italic);
    format.setForeground(colour);
    return format;
}

// The label that sets a rule apart from guidance: MUST bold on red, SHOULD italic on blue.
QTextCharFormat strengthFormat(Strength strength)
{
    QTextCharFormat format
        = textFormat(7.5, strength == Strength::Must, strength == Strength::Should, Qt::white);
    format.setBackground(strength == Strength::Must ? mustColour : shouldColour);
    return format;
}

QTextCharFormat diffFormat(DiffSegment::Op op, qreal size = bodySize)
{
    QTextCharFormat format = textFormat(size);
    if (op == DiffSegment::Op::Insert) {
        format.setFontUnderline(true);
        format.setForeground(insertedColour);
    } else if (op == DiffSegment::Op::Delete) {
        format.setFontStrikeOut(true);
        format.setForeground(deletedColour);
    }
    return format;
}

// A paragraph break inside one block: a line separator, not a new block.
QString oneBlock(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\n', QChar::LineSeparator);
    return text;
}

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

HandbookBody::HandbookBody(const HandbookSource &source, const QSizeF &pageSize,
                           QPaintDevice *layoutDevice, const QString &fontFamily)
    : m_source(source)
    , m_label(source.version.content.language)
    , m_pageSize(pageSize)
    , m_document(std::make_unique<QTextDocument>())
{
    m_document->setUndoRedoEnabled(false);
    m_document->documentLayout()->setPaintDevice(layoutDevice);
    QFont font(fontFamily);
    font.setPointSizeF(bodySize);
    // Hinting would round glyph advances to whole units at 72 dpi; print wants them exact.
    font.setHintingPreference(QFont::PreferNoHinting);
    // Without shaping there are no ligatures: "fi" stays two letters that a search for
    // "confidencial" finds, in every PDF viewer.
    font.setStyleStrategy(QFont::PreferNoShaping);
    m_document->setDefaultFont(font);
    QTextOption option;
    option.setUseDesignMetrics(true);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_document->setDefaultTextOption(option);
    m_document->setDocumentMargin(0);
    m_document->setIndentWidth(14);
    m_document->setPageSize(pageSize);
    m_cursor = std::make_unique<QTextCursor>(m_document.get());
}

HandbookBody::~HandbookBody() = default;

bool HandbookBody::build(const std::function<bool(int done, int total)> &partAdded)
{
    const CodeContent &content = m_source.version.content;
    const int total = int(content.sections.size()) + (m_source.previous ? 1 : 0);
    int done = 0;
    // One edit block: the document is laid out once at the end, not after every insertion.
    m_cursor->beginEditBlock();
    for (const Section &section : content.sections) {
        addSection(section);
        if (partAdded && !partAdded(++done, total)) {
            m_cursor->endEditBlock();
            return false;
        }
    }
    if (m_source.previous) {
        addChanges(compareContent(m_source.previous->content, content));
        if (partAdded && !partAdded(++done, total)) {
            m_cursor->endEditBlock();
            return false;
        }
    }
    m_cursor->endEditBlock();
    return true;
}

void HandbookBody::newBlock(qreal leftMargin, qreal topMargin, qreal bottomMargin)
{
    QTextBlockFormat block;
    block.setLeftMargin(leftMargin);
    block.setTopMargin(topMargin);
    block.setBottomMargin(bottomMargin);
    block.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
    const QTextCharFormat text = textFormat();
    if (m_reuseBlock) {
        m_cursor->setBlockFormat(block);
        m_cursor->setBlockCharFormat(text);
        m_cursor->setCharFormat(text);
        m_reuseBlock = false;
    } else {
        m_cursor->insertBlock(block, text);
    }
}

void HandbookBody::startPart(const QString &number, const QString &title)
{
    newBlock(0, 0, 8);
    if (!m_partBlocks.isEmpty()) {
        QTextBlockFormat pageBreak;
        pageBreak.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_cursor->mergeBlockFormat(pageBreak);
    }
    const QTextCharFormat format = textFormat(18, true, false, accent);
    if (!number.isEmpty())
        m_cursor->insertText(number + u"  "_s, format);
    m_cursor->insertText(title, format);
    m_partBlocks << m_cursor->blockNumber();
    m_parts << Part {number, title, 0};
}

void HandbookBody::addHeading(const QString &text, qreal pointSize, qreal topMargin)
{
    newBlock(0, topMargin, 4);
    m_cursor->insertText(text, textFormat(pointSize, true, false, accent));
    m_headingBlocks << m_cursor->blockNumber();
}

void HandbookBody::addParagraph(const QString &text, qreal pointSize, bool italic, qreal leftMargin)
{
    newBlock(leftMargin);
    m_cursor->insertText(oneBlock(text),
                         textFormat(pointSize > 0 ? pointSize : bodySize, false, italic,
                                    pointSize > 0 && pointSize < bodySize ? muted : ink));
}

void HandbookBody::addMarkdown(const QString &markdown, qreal leftMargin)
{
    if (markdown.trimmed().isEmpty())
        return;
    newBlock();
    const int first = m_cursor->blockNumber();
    // Raw HTML in a body is shown as typed, never interpreted.
    m_cursor->insertMarkdown(markdown,
                             QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub)
                                 | QTextDocument::MarkdownNoHTML);
    const int last = m_cursor->blockNumber();
    for (int n = first; n <= last; ++n) {
        const QTextBlock block = m_document->findBlockByNumber(n);
        QTextBlockFormat format = block.blockFormat();
        format.setLeftMargin(format.leftMargin() + leftMargin);
        format.setBottomMargin(block.textList() ? 1 : 4);
        format.setTopMargin(0);
        format.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
        QTextCursor(block).setBlockFormat(format);
    }
    replacePictures(m_document->findBlockByNumber(first).position(), m_cursor->position());
    dropUnsafeLinks(m_document->findBlockByNumber(first).position(), m_cursor->position());
    m_cursor->movePosition(QTextCursor::End);
}

// A clause body may name a picture (![plan](/home/x/plan.png)). Qt would read that file
// when laying the page out; the handbook never reads files or the network on a body's
// behalf, so the picture's description stands in its place.
void HandbookBody::replacePictures(int from, int to)
{
    struct Picture
    {
        int position;
        int length;
        QString text;
    };
    QList<Picture> pictures;
    for (QTextBlock block = m_document->findBlock(from); block.isValid() && block.position() < to;
         block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            const QTextImageFormat image = fragment.charFormat().toImageFormat();
            QString text = image.property(QTextFormat::ImageAltText).toString();
            if (text.isEmpty())
                text = image.name();
            pictures.append({fragment.position(), fragment.length(), u"["_s + text + u']'});
        }
    }
    QTextCursor editor(m_document.get());
    for (auto it = pictures.crbegin(); it != pictures.crend(); ++it) {
        editor.setPosition(it->position);
        editor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        editor.insertText(it->text, textFormat(bodySize, false, true, muted));
    }
}

// Qt's PDF writer turns every anchor into a link a reader can click, whatever its scheme.
// A body's javascript: or file: link is kept as text, as the HTML export keeps it.
void HandbookBody::dropUnsafeLinks(int from, int to)
{
    struct Link
    {
        int position;
        int length;
        QTextCharFormat format;
    };
    QList<Link> unsafe;
    for (QTextBlock block = m_document->findBlock(from); block.isValid() && block.position() < to;
         block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && fragment.charFormat().isAnchor()
                && !isSafeLink(fragment.charFormat().anchorHref()))
                unsafe.append({fragment.position(), fragment.length(), fragment.charFormat()});
        }
    }
    QTextCursor editor(m_document.get());
    for (Link &link : unsafe) {
        // The link's look goes too: text that cannot be followed should not look as if it can.
        for (int property :
             {QTextFormat::IsAnchor, QTextFormat::AnchorHref, QTextFormat::AnchorName,
              QTextFormat::TextUnderlineStyle, QTextFormat::ForegroundBrush})
            link.format.clearProperty(property);
        editor.setPosition(link.position);
        editor.setPosition(link.position + link.length, QTextCursor::KeepAnchor);
        editor.setCharFormat(link.format);
    }
}

void HandbookBody::addSection(const Section &section)
{
    startPart(QString::number(sectionNumber(section.key)), section.title);
    if (!section.purpose.isEmpty()) {
        newBlock(0, 0, 10);
        m_cursor->insertText(oneBlock(section.purpose), textFormat(10.5, false, true, muted));
    }
    for (int i = 0; i < section.clauses.size(); ++i) {
        const Clause &clause = section.clauses.at(i);
        // The number hangs in the margin; the title starts where the body does.
        newBlock(clauseIndent, 10, 3);
        QTextBlockFormat hanging;
        hanging.setTextIndent(-clauseIndent);
        hanging.setTabPositions({QTextOption::Tab(clauseIndent, QTextOption::LeftTab)});
        m_cursor->mergeBlockFormat(hanging);
        m_cursor->insertText(clauseNumber(section.key, i) + u'\t',
                             textFormat(10.5, true, false, accent));
        m_cursor->insertText(clause.title + u"   "_s, textFormat(10.5, true));
        m_cursor->insertText(QChar::Nbsp + strengthLabel(clause.strength) + QChar::Nbsp,
                             strengthFormat(clause.strength));
        m_headingBlocks << m_cursor->blockNumber();
        addMarkdown(clause.body, clauseIndent);
        if (!clause.references.isEmpty()) {
            newBlock(clauseIndent, 1, 4);
            m_cursor->insertText(m_label("References: %1").arg(clause.references.join(u"; "_s)),
                                 textFormat(smallSize, false, false, muted));
        }
    }
    addStructuredItems(section);
    const bool hasItems = !section.escalation.isEmpty() || !section.followUp.isEmpty()
        || !section.stages.isEmpty() || !section.programmes.isEmpty() || !section.kpis.isEmpty();
    if (section.clauses.isEmpty() && !hasItems)
        addParagraph(m_label("This section has no clauses yet."), 9, true);
}

void HandbookBody::addStructuredItems(const Section &section)
{
    if (!section.escalation.isEmpty()) {
        QList<QStringList> rows;
        for (const EscalationTier &tier : section.escalation)
            rows << QStringList {QString::number(tier.tier), tier.role,
                                 hoursText(tier.withinHours, m_label), tier.action};
        addTable(escalationHeading(m_label), escalationColumns(m_label), rows, {8, 22, 14, 56});
    }
    if (!section.followUp.isEmpty()) {
        QList<QStringList> rows;
        for (int i = 0; i < section.followUp.size(); ++i)
            rows << QStringList {QString::number(i + 1), section.followUp.at(i)};
        addTable(followUpHeading(m_label), followUpColumns(m_label), rows, {8, 92});
    }
    if (!section.stages.isEmpty()) {
        QList<QStringList> rows;
        for (int i = 0; i < section.stages.size(); ++i) {
            const ComplaintStage &stage = section.stages.at(i);
            rows << QStringList {QString::number(i + 1), stage.name,
                                 hoursText(stage.withinHours, m_label)};
        }
        addTable(stagesHeading(m_label), stageColumns(m_label), rows, {10, 60, 30});
    }
    if (!section.programmes.isEmpty()) {
        QList<QStringList> rows;
        for (const TrainingProgramme &p : section.programmes) {
            QStringList objectives;
            for (const QString &objective : p.objectives)
                objectives << u"• "_s + objective;
            rows << QStringList {p.title,
                                 numberText(p.hours),
                                 objectives.join(u'\n'),
                                 finalTestText(p, m_label),
                                 rolesText(p.roles, m_label),
                                 refresherText(p, m_label)};
        }
        addTable(programmesHeading(m_label), programmeColumns(m_label), rows,
                 {20, 8, 34, 14, 12, 12});
    }
    if (!section.kpis.isEmpty()) {
        QList<QStringList> rows;
        for (const Kpi &kpi : section.kpis)
            rows << QStringList {kpi.name,           kpi.definition,    kpi.unit,
                                 kpiTargetText(kpi), kpiAlertText(kpi), kpi.action};
        addTable(kpisHeading(m_label), kpiColumns(m_label), rows, {15, 27, 8, 10, 13, 27});
    }
}

void HandbookBody::addTable(const QString &heading, const QStringList &columns,
                            const QList<QStringList> &rows, const QList<int> &percentWidths)
{
    addHeading(heading, 11, 14);
    QTextTableFormat format;
    format.setBorder(0.4);
    format.setBorderBrush(ruleColour);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellPadding(3.5);
    format.setCellSpacing(0);
    format.setTopMargin(2);
    format.setBottomMargin(6);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    // A table that runs onto the next page repeats its column headings there.
    format.setHeaderRowCount(1);
    QList<QTextLength> widths;
    for (int percent : percentWidths)
        widths << QTextLength(QTextLength::PercentageLength, percent);
    format.setColumnWidthConstraints(widths);

    QTextTable *table = m_cursor->insertTable(int(rows.size()) + 1, int(columns.size()), format);
    // Rules between rows only, heavier under the headings: the columns read without a grid.
    const auto cellFormat = [](qreal ruleWidth, const QColor &ruleColour) {
        QTextTableCellFormat cell;
        cell.setLeftBorder(0);
        cell.setRightBorder(0);
        cell.setTopBorder(0);
        cell.setBottomBorder(ruleWidth);
        cell.setBottomBorderBrush(ruleColour);
        cell.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        return cell;
    };
    QTextTableCellFormat headerCell = cellFormat(0.9, accent);
    headerCell.setBackground(headerFill);
    const QTextTableCellFormat bodyCell = cellFormat(0.4, ruleColour);
    const QTextCharFormat headerText = textFormat(tableTextSize, true, false, accent);
    const QTextCharFormat cellText = textFormat(tableTextSize);
    for (int c = 0; c < columns.size(); ++c) {
        QTextTableCell cell = table->cellAt(0, c);
        cell.setFormat(headerCell);
        cell.firstCursorPosition().insertText(columns.at(c), headerText);
    }
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < columns.size(); ++c) {
            QTextTableCell cell = table->cellAt(r + 1, c);
            cell.setFormat(bodyCell);
            if (c < rows.at(r).size())
                cell.firstCursorPosition().insertText(oneBlock(rows.at(r).at(c)), cellText);
        }
    }
    m_cursor->movePosition(QTextCursor::End);
    m_reuseBlock = true;
}

void HandbookBody::addChanges(const Comparison &comparison)
{
    startPart({}, m_label("Changes in this version"));
    const VersionInfo &previous = m_source.previous->info;
    addParagraph(m_label("This version is compared with version %1, in force from %2.")
                     .arg(QString::number(previous.number), m_label.effectiveDate(previous)));
    if (comparison.isEmpty()) {
        addParagraph(m_label("The content is the same as in version %1.")
                         .arg(QString::number(previous.number)));
        return;
    }
    addHeading(m_label("Summary"), 11, 10);
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
    for (const QString &count : counts) {
        newBlock(14, 0, 1);
        QTextBlockFormat bullet;
        bullet.setTextIndent(-10);
        m_cursor->mergeBlockFormat(bullet);
        m_cursor->insertText(u"•\u2002"_s + count, textFormat());
    }
    addClauseChanges(comparison);
    addRedline(comparison);
}

void HandbookBody::addClauseChanges(const Comparison &comparison)
{
    addHeading(m_label("What changed, section by section"), 11, 14);
    const auto bullet = [this](const QString &text) {
        newBlock(14 + clauseIndent, 0, 1);
        QTextBlockFormat hanging;
        hanging.setTextIndent(-10);
        m_cursor->mergeBlockFormat(hanging);
        m_cursor->insertText(u"•\u2002"_s + text, textFormat(9.5));
    };
    for (const SectionComparison &section : comparison.sections) {
        if (!section.hasChanges())
            continue;
        newBlock(0, 6, 2);
        m_cursor->insertText(QString::number(sectionNumber(section.key)) + u"  "_s + section.title,
                             textFormat(bodySize, true));
        m_headingBlocks << m_cursor->blockNumber();
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

void HandbookBody::addRedline(const Comparison &comparison)
{
    addHeading(m_label("Redline"), 11, 14);
    addParagraph(m_label("Inserted text is underlined; deleted text is struck through."), 8.5,
                 true);
    const auto segments = [this](const QList<DiffSegment> &diff, qreal size) {
        for (const DiffSegment &segment : diff)
            m_cursor->insertText(oneBlock(segment.text), diffFormat(segment.op, size));
    };
    const auto whole = [](DiffSegment::Op op, const QString &text) {
        return text.isEmpty() ? QList<DiffSegment>() : QList<DiffSegment> {{op, text}};
    };
    for (const SectionComparison &section : comparison.sections) {
        if (!section.hasChanges())
            continue;
        newBlock(0, 8, 2);
        m_cursor->insertText(QString::number(sectionNumber(section.key)) + u"  "_s + section.title,
                             textFormat(bodySize, true));
        m_headingBlocks << m_cursor->blockNumber();
        if (!section.purposeDiff.isEmpty()) {
            newBlock(clauseIndent, 2, 4);
            m_cursor->insertText(m_label("Purpose: "), textFormat(9.5, false, true, muted));
            segments(section.purposeDiff, 9.5);
        }
        for (const ClauseComparison &clause : section.clauses) {
            if (clause.kind == ChangeKind::Unchanged)
                continue;
            newBlock(clauseIndent, 6, 2);
            QTextBlockFormat hanging;
            hanging.setTextIndent(-clauseIndent);
            hanging.setTabPositions({QTextOption::Tab(clauseIndent, QTextOption::LeftTab)});
            m_cursor->mergeBlockFormat(hanging);
            const bool removed = clause.kind == ChangeKind::Removed;
            m_cursor->insertText((removed ? clause.numberBefore : clause.numberAfter) + u'\t',
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
                m_cursor->insertText(oneBlock(segment.text), format);
            }
            m_headingBlocks << m_cursor->blockNumber();
            if (clause.kind == ChangeKind::Changed && clause.before && clause.after
                && clause.before->strength != clause.after->strength) {
                newBlock(clauseIndent, 0, 2);
                m_cursor->insertText(m_label("Strength: "), textFormat(9, false, true, muted));
                segments({{DiffSegment::Op::Delete, strengthLabel(clause.before->strength)},
                          {DiffSegment::Op::Equal, u" "_s},
                          {DiffSegment::Op::Insert, strengthLabel(clause.after->strength)}},
                         9);
            }
            if (!body.isEmpty()) {
                newBlock(clauseIndent, 0, 3);
                segments(body, 9.5);
            }
            if (clause.before && clause.after
                && clause.before->references != clause.after->references) {
                newBlock(clauseIndent, 0, 3);
                m_cursor->insertText(m_label("References: "),
                                     textFormat(smallSize, false, true, muted));
                segments(wordDiff(clause.before->references.join(u"; "_s),
                                  clause.after->references.join(u"; "_s)),
                         smallSize);
            }
        }
        for (const ItemComparison &item : section.items) {
            newBlock(clauseIndent, 3, 2);
            // The one-line description already names the item ("tier 2: ...").
            m_cursor->insertText(itemKindLabel(m_label, item.itemKind) + u": "_s,
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

int HandbookBody::pageOf(qreal y) const
{
    // A hair below the top: a block that starts a page starts exactly on its edge.
    return int(std::floor((y + 0.01) / m_pageSize.height()));
}

// A heading at the foot of a page, with what it heads on the next, moves to the next page
// too. Moving it changes the layout after it, so the check runs again on the new layout.
bool HandbookBody::keepHeadingsWithNext()
{
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    QTextCursor editor(m_document.get());
    bool moved = false;
    editor.beginEditBlock();
    for (int number : std::as_const(m_headingBlocks)) {
        const QTextBlock heading = m_document->findBlockByNumber(number);
        const QTextBlock next = heading.next();
        QTextLayout *headingLayout = heading.layout();
        if (!next.isValid() || !next.layout() || next.layout()->lineCount() == 0
            || headingLayout->lineCount() == 0)
            continue;
        if (heading.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        const qreal headingTop
            = layout->blockBoundingRect(heading).top() + headingLayout->lineAt(0).y();
        const QTextLine lastLine = headingLayout->lineAt(headingLayout->lineCount() - 1);
        const qreal headingBottom = layout->blockBoundingRect(heading).top() + lastLine.y();
        const qreal nextTop = layout->blockBoundingRect(next).top() + next.layout()->lineAt(0).y();
        const int page = pageOf(headingBottom);
        const bool startsPage = headingTop - pageOf(headingTop) * m_pageSize.height() < 1;
        if (page == pageOf(nextTop) || startsPage)
            continue;
        QTextBlockFormat pageBreak;
        pageBreak.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        editor.setPosition(heading.position());
        editor.mergeBlockFormat(pageBreak);
        moved = true;
    }
    editor.endEditBlock();
    return moved;
}

void HandbookBody::layOut()
{
    // Each round only moves headings that the previous one left at the foot of a page, so
    // it ends; three rounds are plenty for any real document.
    for (int round = 0; round < 3 && keepHeadingsWithNext(); ++round) { }
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    for (int i = 0; i < m_parts.size(); ++i) {
        const QTextBlock block = m_document->findBlockByNumber(m_partBlocks.at(i));
        const qreal top = layout->blockBoundingRect(block).top()
            + (block.layout()->lineCount() > 0 ? block.layout()->lineAt(0).y() : 0);
        m_parts[i].firstPage = pageOf(top);
    }
}

int HandbookBody::pageCount() const
{
    return m_document->pageCount();
}

void HandbookBody::paintPage(QPainter &painter, int page) const
{
    const QRectF pageRect(QPointF(0, page * m_pageSize.height()), m_pageSize);
    painter.save();
    painter.translate(0, -pageRect.top());
    painter.setClipRect(pageRect);
    QAbstractTextDocumentLayout::PaintContext context;
    // The first line of the next page starts exactly on this page's bottom edge; a clip a
    // hair shorter keeps it off this page altogether, rather than only out of sight (hidden
    // text would still be found by a search, on the wrong page).
    context.clip = pageRect.adjusted(0, 0, 0, -0.5);
    context.palette.setColor(QPalette::Text, ink);
    context.palette.setColor(QPalette::Link, accent);
    m_document->documentLayout()->draw(&painter, context);
    painter.restore();
}

} // namespace tenet::render

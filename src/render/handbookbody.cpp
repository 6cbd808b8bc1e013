#include "handbookbody.h"

#include "domain/comparison.h"
#include "handbookchanges.h"
#include "handbookstyle.h"
#include "handbooktext.h"
#include "outputlanguage.h"
#include "outputwords.h"
#include "textdocumentwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::render {

using namespace handbookstyle;

HandbookBody::HandbookBody(const HandbookSource &source, const QSizeF &pageSize,
                           QPaintDevice *layoutDevice, const QString &fontFamily)
    : m_source(source)
    , m_language(source.version.content.language)
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
    m_writer = std::make_unique<TextDocumentWriter>(m_document.get());
}

HandbookBody::~HandbookBody() = default;

bool HandbookBody::build(const std::function<bool(int done, int total)> &partAdded)
{
    const CodeContent &content = m_source.version.content;
    const int total = int(content.sections.size()) + (m_source.previous ? 1 : 0);
    int done = 0;
    // One edit block: the document is laid out once at the end, not after every insertion.
    m_writer->cursor().beginEditBlock();
    for (const Section &section : content.sections) {
        addSection(section);
        if (partAdded && !partAdded(++done, total)) {
            m_writer->cursor().endEditBlock();
            return false;
        }
    }
    if (m_source.previous) {
        addChanges(compareContent(m_source.previous->content, content));
        if (partAdded && !partAdded(++done, total)) {
            m_writer->cursor().endEditBlock();
            return false;
        }
    }
    m_writer->cursor().endEditBlock();
    return true;
}

void HandbookBody::startPart(const QString &number, const QString &title)
{
    m_writer->newBlock(0, 0, 8);
    if (!m_partBlocks.isEmpty()) {
        QTextBlockFormat pageBreak;
        pageBreak.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_writer->cursor().mergeBlockFormat(pageBreak);
    }
    const QTextCharFormat format = textFormat(18, true, false, accent);
    if (!number.isEmpty())
        m_writer->cursor().insertText(number + u"  "_s, format);
    m_writer->cursor().insertText(title, format);
    m_partBlocks << m_writer->cursor().blockNumber();
    m_parts << Part {number, title, 0};
}

void HandbookBody::addSection(const Section &section)
{
    startPart(QString::number(sectionNumber(section.key)), section.title);
    if (!section.purpose.isEmpty()) {
        m_writer->newBlock(0, 0, 10);
        m_writer->cursor().insertText(oneBlock(section.purpose),
                                      textFormat(10.5, false, true, muted));
    }
    for (int i = 0; i < section.clauses.size(); ++i) {
        const Clause &clause = section.clauses.at(i);
        // The number hangs in the margin; the title starts where the body does.
        m_writer->newBlock(clauseIndent, 10, 3);
        QTextBlockFormat hanging;
        hanging.setTextIndent(-clauseIndent);
        hanging.setTabPositions({QTextOption::Tab(clauseIndent, QTextOption::LeftTab)});
        m_writer->cursor().mergeBlockFormat(hanging);
        m_writer->cursor().insertText(clauseNumber(section.key, i) + u'\t',
                                      textFormat(10.5, true, false, accent));
        m_writer->cursor().insertText(clause.title + u"   "_s, textFormat(10.5, true));
        m_writer->cursor().insertText(QChar::Nbsp + strengthLabel(clause.strength, m_language)
                                          + QChar::Nbsp,
                                      strengthFormat(clause.strength));
        m_writer->keepWithNext();
        m_writer->addMarkdown(clause.body, clauseIndent);
        if (!clause.references.isEmpty()) {
            m_writer->newBlock(clauseIndent, 1, 4);
            m_writer->cursor().insertText(m_language.translate("Handbook", "References: %1")
                                              .arg(clause.references.join(u"; "_s)),
                                          textFormat(smallSize, false, false, muted));
        }
    }
    addStructuredItems(section);
    const bool hasItems = !section.escalation.isEmpty() || !section.followUp.isEmpty()
        || !section.stages.isEmpty() || !section.programmes.isEmpty() || !section.kpis.isEmpty();
    if (section.clauses.isEmpty() && !hasItems)
        m_writer->addParagraph(m_language.translate("Handbook", "This section has no clauses yet."),
                               9, true);
}

void HandbookBody::addStructuredItems(const Section &section)
{
    if (!section.escalation.isEmpty()) {
        QList<QStringList> rows;
        for (const EscalationTier &tier : section.escalation)
            rows << QStringList {QString::number(tier.tier),
                                 words::roleNamed(tier.role, m_language),
                                 hoursText(tier.withinHours, m_language), tier.action};
        m_writer->addTable(escalationHeading(m_language), escalationColumns(m_language), rows,
                           {8, 22, 14, 56});
    }
    if (!section.followUp.isEmpty()) {
        QList<QStringList> rows;
        for (int i = 0; i < section.followUp.size(); ++i)
            rows << QStringList {QString::number(i + 1), section.followUp.at(i)};
        m_writer->addTable(followUpHeading(m_language), followUpColumns(m_language), rows, {8, 92});
    }
    if (!section.stages.isEmpty()) {
        QList<QStringList> rows;
        for (int i = 0; i < section.stages.size(); ++i) {
            const ComplaintStage &stage = section.stages.at(i);
            rows << QStringList {QString::number(i + 1), stage.name,
                                 hoursText(stage.withinHours, m_language)};
        }
        m_writer->addTable(stagesHeading(m_language), stageColumns(m_language), rows, {10, 60, 30});
    }
    if (!section.programmes.isEmpty()) {
        QList<QStringList> rows;
        for (const TrainingProgramme &p : section.programmes) {
            QStringList objectives;
            for (const QString &objective : p.objectives)
                objectives << u"• "_s + objective;
            rows << QStringList {p.title,
                                 numberText(p.hours, m_language),
                                 objectives.join(u'\n'),
                                 finalTestText(p, m_language),
                                 rolesText(p.roles, m_language),
                                 refresherText(p, m_language)};
        }
        m_writer->addTable(programmesHeading(m_language), programmeColumns(m_language), rows,
                           {20, 8, 34, 14, 12, 12});
    }
    if (!section.kpis.isEmpty()) {
        QList<QStringList> rows;
        for (const Kpi &kpi : section.kpis)
            rows << QStringList {kpi.name,
                                 kpi.definition,
                                 kpi.unit,
                                 kpiTargetText(kpi, m_language),
                                 kpiAlertText(kpi, m_language),
                                 kpi.action};
        m_writer->addTable(kpisHeading(m_language), kpiColumns(m_language), rows,
                           {15, 23, 11, 12, 13, 26});
    }
}

void HandbookBody::addChanges(const Comparison &comparison)
{
    startPart({}, m_language.translate("Handbook", "Changes in this version"));
    HandbookChanges(*m_writer, m_language, m_source.previous->content, m_source.version.content)
        .write(comparison, m_source.previous->info);
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
    for (int number : m_writer->keptWithNext()) {
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

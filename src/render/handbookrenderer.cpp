#include "handbookrenderer.h"

#include "handbookbody.h"
#include "handbookfonts.h"
#include "handbooktext.h"
#include "outputlanguage.h"
#include "outputwords.h"
#include "pdfdocumentinfo.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::render {

namespace {

const QString cancelled = u"the handbook was not finished: the job was cancelled"_s;

// Everything is laid out and painted in points.
constexpr qreal pointsPerInch = 72;
// The share of the progress each phase takes: building the body, laying it out, painting.
constexpr int progressTotal = 100;
constexpr int builtAt = 40;
constexpr int laidOutAt = 55;

const QColor ink(0x1a, 0x1a, 0x1a);
const QColor accent(0x1f, 0x3a, 0x5f);
const QColor muted(0x55, 0x5f, 0x6b);
const QColor rule(0x9a, 0xa5, 0xb1);
const QColor watermark(0xea, 0xea, 0xea); // opaque: no transparency groups in the PDF
const QColor warning(0x9b, 0x1c, 0x1c);

// The frame every page but the cover shares: margins, running header and footer.
struct PageGeometry
{
    QSizeF page;
    qreal left = 62;
    qreal right = 62;
    qreal top = 76;
    qreal bottom = 66;

    QRectF body() const
    {
        return QRectF(left, top, page.width() - left - right, page.height() - top - bottom);
    }
};

// Paints the pages QTextDocument does not lay out: the cover, the contents, the signature
// page, and the header, footer and watermark of every page. Fonts have pixel sizes, which
// here are points, because the painter is scaled to points whatever the device.
class PagePainter
{
public:
    PagePainter(QPainter &painter, const HandbookSource &source, const PageGeometry &geometry,
                const QString &family, int pageCount)
        : m_painter(painter)
        , m_source(source)
        , m_geometry(geometry)
        , m_family(family)
        , m_pageCount(pageCount)
        , m_draft(isDraftState(source.version.info.state))
        , m_language(source.version.content.language)
    {
    }

    QFont font(int size, bool bold = false, bool italic = false) const
    {
        QFont f(m_family);
        f.setPixelSize(size);
        f.setBold(bold);
        f.setItalic(italic);
        f.setHintingPreference(QFont::PreferNoHinting);
        f.setStyleStrategy(QFont::PreferNoShaping);
        return f;
    }

    // Underneath everything else on the page, so that it never hides a word.
    void paintWatermark()
    {
        if (!m_draft)
            return;
        m_painter.save();
        m_painter.setPen(watermark);
        //: The watermark across every page of a handbook not yet in force.
        const QString text = m_language.translate("Handbook", "DRAFT");
        // A longer word ("JUODRAŠTIS") is set smaller, so that it stays on the page.
        QFont big = font(120, true);
        const qreal width = QFontMetricsF(big).horizontalAdvance(text);
        if (width > 640)
            big.setPixelSize(qMax(40, int(120 * 640 / width)));
        m_painter.setFont(big);
        m_painter.translate(m_geometry.page.width() / 2, m_geometry.page.height() / 2);
        m_painter.rotate(-52);
        m_painter.drawText(QRectF(-400, -100, 800, 200), Qt::AlignCenter, text);
        m_painter.restore();
    }

    void paintHeaderAndFooter(int pageNumber)
    {
        const QRectF body = m_geometry.body();
        const qreal half = body.width() / 2 - 8;
        m_painter.save();
        m_painter.setFont(font(8));
        m_painter.setPen(muted);
        const QFontMetricsF metrics(m_painter.font());
        const qreal headerBaseline = body.top() - 22;
        m_painter.drawText(QPointF(body.left(), headerBaseline),
                           metrics.elidedText(m_source.code.title, Qt::ElideRight, half));
        const QString version = versionLine(m_source.version.info, m_language);
        m_painter.drawText(
            QPointF(body.right() - metrics.horizontalAdvance(version), headerBaseline), version);
        m_painter.setPen(QPen(rule, 0.5));
        m_painter.drawLine(QPointF(body.left(), headerBaseline + 7),
                           QPointF(body.right(), headerBaseline + 7));

        const qreal footerBaseline = body.bottom() + 34;
        m_painter.drawLine(QPointF(body.left(), footerBaseline - 13),
                           QPointF(body.right(), footerBaseline - 13));
        m_painter.setPen(muted);
        m_painter.drawText(QPointF(body.left(), footerBaseline),
                           metrics.elidedText(m_source.organisationName(), Qt::ElideRight, half));
        const QString page
            = m_language.translate("Handbook", "page %1 of %2").arg(pageNumber).arg(m_pageCount);
        m_painter.drawText(QPointF(body.right() - metrics.horizontalAdvance(page), footerBaseline),
                           page);
        m_painter.restore();
    }

    void paintCover()
    {
        paintWatermark();
        const qreal left = m_geometry.left + 10;
        const qreal width = m_geometry.page.width() - 2 * left;
        const VersionInfo &info = m_source.version.info;
        m_painter.save();
        m_painter.fillRect(QRectF(0, 0, m_geometry.page.width(), 12), accent);

        qreal y = 150;
        m_painter.setPen(muted);
        m_painter.setFont(font(14));
        QRectF used;
        m_painter.drawText(QRectF(left, y, width, 200), Qt::TextWordWrap,
                           m_source.organisationName(), &used);
        y = used.bottom() + 18;

        m_painter.setPen(accent);
        m_painter.setFont(font(28, true));
        m_painter.drawText(QRectF(left, y, width, 300), Qt::TextWordWrap, m_source.code.title,
                           &used);
        y = used.bottom() + 16;
        m_painter.setPen(QPen(accent, 1.5));
        m_painter.drawLine(QPointF(left, y), QPointF(left + width, y));
        y += 34;

        const QList<std::pair<QString, QString>> facts = {
            {m_language.translate("Handbook", "Version"), QString::number(info.number)},
            {m_language.translate("Handbook", "State"),
             words::versionState(info.state, m_language)},
            {m_language.translate("Handbook", "Effective date"),
             effectiveDateText(info, m_language)},
            {m_language.translate("Handbook", "Approved by"),
             m_source.approverName().isEmpty()
                 ? m_language.translate("Handbook", "not yet approved")
                 : m_source.approverName()},
        };
        for (const auto &[label, value] : facts) {
            m_painter.setPen(muted);
            m_painter.setFont(font(10));
            m_painter.drawText(QRectF(left, y, 130, 20), Qt::AlignLeft | Qt::AlignVCenter, label);
            m_painter.setPen(ink);
            m_painter.setFont(font(13));
            m_painter.drawText(QRectF(left + 130, y, width - 130, 20),
                               Qt::AlignLeft | Qt::AlignVCenter, value);
            y += 26;
        }

        if (!info.summary.isEmpty()) {
            y += 20;
            m_painter.setPen(muted);
            m_painter.setFont(font(10));
            m_painter.drawText(QPointF(left, y),
                               m_language.translate("Handbook", "About this version"));
            m_painter.setPen(ink);
            m_painter.setFont(font(11, false, true));
            m_painter.drawText(QRectF(left, y + 8, width, 200), Qt::TextWordWrap, info.summary,
                               &used);
            y = used.bottom();
        }
        if (m_draft) {
            m_painter.setPen(warning);
            m_painter.setFont(font(11, true));
            m_painter.drawText(
                QRectF(left, m_geometry.page.height() - 130, width, 60), Qt::TextWordWrap,
                m_language.translate("Handbook",
                                     "This is a draft. It is not in force, and it is not for "
                                     "signing."));
        }
        m_painter.restore();
    }

    void paintContents(const QList<HandbookContentsEntry> &entries)
    {
        paintWatermark();
        paintHeaderAndFooter(2);
        const QRectF body = m_geometry.body();
        m_painter.save();
        m_painter.setPen(accent);
        m_painter.setFont(font(18, true));
        m_painter.drawText(QPointF(body.left(), body.top() + 18),
                           m_language.translate("Handbook", "Contents"));

        qreal y = body.top() + 56;
        const QFont entryFont = font(11);
        const QFontMetricsF metrics(entryFont);
        m_painter.setFont(entryFont);
        for (const HandbookContentsEntry &entry : entries) {
            const QString page = QString::number(entry.page);
            const qreal pageWidth = metrics.horizontalAdvance(page);
            const qreal titleLeft = body.left() + 26;
            const QString title = metrics.elidedText(entry.title, Qt::ElideRight,
                                                     body.width() - 26 - pageWidth - 40);
            m_painter.setPen(accent);
            m_painter.drawText(QPointF(body.left(), y), entry.number);
            m_painter.setPen(ink);
            m_painter.drawText(QPointF(titleLeft, y), title);
            m_painter.drawText(QPointF(body.right() - pageWidth, y), page);
            // A dotted leader, drawn rather than typed so that the text reads cleanly.
            QPen dots(muted, 0.8, Qt::DotLine);
            m_painter.setPen(dots);
            m_painter.drawLine(QPointF(titleLeft + metrics.horizontalAdvance(title) + 8, y - 1),
                               QPointF(body.right() - pageWidth - 8, y - 1));
            y += 24;
        }
        m_painter.restore();
    }

    void paintSignaturePage(int pageNumber)
    {
        paintWatermark();
        paintHeaderAndFooter(pageNumber);
        const QRectF body = m_geometry.body();
        m_painter.save();
        m_painter.setPen(accent);
        m_painter.setFont(font(18, true));
        m_painter.drawText(QPointF(body.left(), body.top() + 18),
                           m_language.translate("Handbook", "Acknowledgement"));

        m_painter.setPen(ink);
        m_painter.setFont(font(11));
        QRectF used;
        m_painter.drawText(
            QRectF(body.left(), body.top() + 40, body.width(), 120), Qt::TextWordWrap,
            m_language
                .translate(
                    "Handbook",
                    "I confirm that I have received and read “%1”, version %2, and that I will "
                    "follow it.")
                .arg(m_source.code.title, QString::number(m_source.version.info.number)),
            &used);

        qreal y = used.bottom() + 60;
        for (const QString &field : {m_language.translate("Handbook", "Full name"),
                                     m_language.translate("Handbook", "Employee number"),
                                     m_language.translate("Handbook", "Date"),
                                     m_language.translate("Handbook", "Signature")}) {
            m_painter.setPen(muted);
            m_painter.setFont(font(10));
            m_painter.drawText(QPointF(body.left(), y), field);
            m_painter.setPen(QPen(ink, 0.6));
            m_painter.drawLine(QPointF(body.left() + 120, y + 2), QPointF(body.right(), y + 2));
            y += 52;
        }
        m_painter.setPen(muted);
        m_painter.setFont(font(9, false, true));
        m_painter.drawText(
            QRectF(body.left(), y + 10, body.width(), 60), Qt::TextWordWrap,
            m_language.translate("Handbook",
                                 "Sign by hand and return this page to your manager; it is kept "
                                 "with the record of who acknowledged this version."));
        m_painter.restore();
    }

private:
    QPainter &m_painter;
    const HandbookSource &m_source;
    PageGeometry m_geometry;
    QString m_family;
    int m_pageCount = 0;
    bool m_draft = false;
    OutputLanguage m_language;
};

bool report(const RenderProgress &progress, int done)
{
    return !progress || progress(done, progressTotal);
}

} // namespace

HandbookRenderer::HandbookRenderer(HandbookSource source, PaperSize paper)
    : m_source(std::move(source)), m_paper(paper)
{
    // Application fonts are best added from the GUI thread: here, not in a worker.
    handbookFontFamily();
}

bool HandbookRenderer::isCancellation(const Error &error)
{
    return error.kind == ErrorKind::Refused && error.message == cancelled;
}

Result<RenderedHandbook> HandbookRenderer::paint(QPagedPaintDevice &device,
                                                 const RenderProgress &progress) const
{
    const QPageSize pageSize(m_paper == PaperSize::A4 ? QPageSize::A4 : QPageSize::Letter);
    if (!device.setPageLayout(
            QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(), QPageLayout::Point)))
        return Error::invalid(u"handbook"_s,
                              u"the device does not take the paper size %1"_s.arg(pageSize.name()));
    PageGeometry geometry;
    geometry.page = pageSize.size(QPageSize::Point);
    const QString family = handbookFontFamily();

    // Text is laid out on a device of exactly 72 dpi, so that one unit is one point
    // whatever the device painted on, and the same pages come out of every machine.
    QImage layoutDevice(1, 1, QImage::Format_ARGB32_Premultiplied);
    layoutDevice.setDotsPerMeterX(qRound(pointsPerInch / 0.0254));
    layoutDevice.setDotsPerMeterY(qRound(pointsPerInch / 0.0254));

    HandbookBody body(m_source, geometry.body().size(), &layoutDevice, family);
    const bool built = body.build(
        [&progress](int done, int total) { return report(progress, builtAt * done / total); });
    if (!built)
        return Error::refused(cancelled);
    body.layOut();
    if (!report(progress, laidOutAt))
        return Error::refused(cancelled);

    // The cover and the contents come first, and the contents fit one page: the body's
    // page numbers are known before anything is painted.
    constexpr int frontPages = 2;
    RenderedHandbook result;
    result.pageCount = frontPages + body.pageCount() + 1;
    for (const HandbookBody::Part &part : body.parts())
        result.contents << HandbookContentsEntry {part.number, part.title,
                                                  frontPages + part.firstPage + 1};
    result.contents << HandbookContentsEntry {
        {},
        OutputLanguage(m_source.version.content.language).translate("Handbook", "Acknowledgement"),
        result.pageCount};

    QPainter painter;
    if (!painter.begin(&device))
        return Error::invalid(u"handbook"_s, u"cannot paint on the device"_s);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // Text is laid out in points; the device counts in its own dots.
    painter.scale(device.logicalDpiX() / pointsPerInch, device.logicalDpiY() / pointsPerInch);

    PagePainter pages(painter, m_source, geometry, family, result.pageCount);
    pages.paintCover();
    device.newPage();
    pages.paintContents(result.contents);
    const int bodyPages = body.pageCount();
    const QRectF bodyRect = geometry.body();
    for (int page = 0; page < bodyPages; ++page) {
        device.newPage();
        pages.paintWatermark();
        pages.paintHeaderAndFooter(frontPages + page + 1);
        painter.save();
        painter.translate(bodyRect.topLeft());
        body.paintPage(painter, page);
        painter.restore();
        if (!report(progress,
                    laidOutAt + (progressTotal - laidOutAt) * (page + 1) / (bodyPages + 1))) {
            painter.end();
            return Error::refused(cancelled);
        }
    }
    device.newPage();
    pages.paintSignaturePage(result.pageCount);
    painter.end();
    report(progress, progressTotal);
    return result;
}

Result<RenderedHandbook> HandbookRenderer::renderPdf(const RenderProgress &progress) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Result<RenderedHandbook> rendered = [&] {
        QPdfWriter writer(&buffer);
        writer.setResolution(1200);
        writer.setTitle(m_source.code.title);
        writer.setCreator(u"Tenet " TENET_VERSION_STRING ""_s);
        return paint(writer, progress);
    }(); // the writer finishes the file when it goes
    if (!rendered)
        return rendered.error();

    PdfDocumentInfo info;
    info.title = m_source.code.title;
    info.author = m_source.organisationName();
    const OutputLanguage language(m_source.version.content.language);
    //: The PDF's subject: "Code of practice handbook, version 3 (published)".
    info.subject = language.translate("Handbook", "Code of practice handbook, version %1 (%2)")
                       .arg(QString::number(m_source.version.info.number),
                            words::versionStateInSentence(m_source.version.info.state, language));
    info.creator = u"Tenet " TENET_VERSION_STRING ""_s;
    info.producer = u"Qt " QT_VERSION_STR ""_s;
    info.created = QDateTime::currentDateTimeUtc();
    auto pdf = withDocumentInfo(buffer.data(), info);
    if (!pdf)
        return pdf.error();
    rendered->pdf = std::move(pdf).value();
    return rendered;
}

} // namespace tenet::render

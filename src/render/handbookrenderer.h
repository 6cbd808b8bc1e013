#pragma once

#include "domain/result.h"
#include "handbooksource.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace tenet::render {

enum class PaperSize
{
    A4,
    Letter,
};

// One line of the handbook's contents: a part and the page (1-based, the cover being page
// 1) it starts on.
struct HandbookContentsEntry
{
    QString number; // "3" for a section; empty for the other parts
    QString title;
    int page = 0;
};

// What a rendering produced: the PDF (empty when painted on another device) and where its
// parts landed.
struct RenderedHandbook
{
    QByteArray pdf;
    int pageCount = 0;
    QList<HandbookContentsEntry> contents;
};

// Reports how far a long job has come, out of a total that stays the same for the whole
// job; returning false cancels it.
using RenderProgress = std::function<bool(int done, int total)>;

// The handbook of one version of a code, laid out by Qt itself: a cover, a contents page
// with the real page numbers, each section from a new page with its clauses and tables, the
// changes since the previous published version, and a page to sign by hand. A version not
// yet published is marked DRAFT on every page. Needs a QGuiApplication (fonts). Construct
// it on the GUI thread, which loads the fonts; it may then render on a worker thread.
class HandbookRenderer
{
public:
    explicit HandbookRenderer(HandbookSource source, PaperSize paper = PaperSize::A4);

    // The handbook as PDF bytes: real text in embedded fonts, with its title, author
    // (the organisation), subject and creator ("Tenet 0.1.0") in the document information.
    domain::Result<RenderedHandbook> renderPdf(const RenderProgress &progress = {}) const;

    // Paints the handbook on any paged device, such as a QPrinter: the device's page layout
    // becomes the paper size without margins (a printer should be in full-page mode).
    domain::Result<RenderedHandbook> paint(QPagedPaintDevice &device,
                                           const RenderProgress &progress = {}) const;

    // Whether an error only says that the caller cancelled the job.
    static bool isCancellation(const domain::Error &error);

private:
    HandbookSource m_source;
    PaperSize m_paper;
};

} // namespace tenet::render

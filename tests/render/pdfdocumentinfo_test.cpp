#include "render/pdfdocumentinfo.h"
#include "support/pdftext.h"
#include "support/tempdir.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>

using namespace tenet;
using namespace tenet::test;

namespace {

QByteArray onePagePdf()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(u"Old title"_s);
        QPainter painter(&writer);
        painter.drawText(QPointF(100, 100), u"Hello"_s);
    }
    return buffer.data();
}

} // namespace

TEST_CASE("the document information is appended without changing a byte of the PDF",
          "[render][pdf]")
{
    const QByteArray original = onePagePdf();
    render::PdfDocumentInfo info;
    info.title = u"Código ético"_s;
    info.author = u"UAB „Šviesa“"_s;
    info.subject = u"Handbook (version 2) \\ with ( brackets"_s;
    info.creator = u"Tenet test"_s;
    info.created = QDateTime(QDate(2026, 5, 1), QTime(9, 30), Qt::UTC);
    auto updated = render::withDocumentInfo(original, info);
    REQUIRE(updated.ok());
    CHECK(updated->startsWith(original));

    TempDir dir;
    const QString path = dir.file(u"info.pdf"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(*updated);
    file.close();
    const auto fields = pdfInfo(path);
    CHECK(fields.value(u"Title"_s) == info.title);
    CHECK(fields.value(u"Author"_s) == info.author);
    CHECK(fields.value(u"Subject"_s) == info.subject);
    CHECK(fields.value(u"Creator"_s) == info.creator);
    CHECK(fields.value(u"Pages"_s) == u"1"_s);
    CHECK(simplified(pdfText(path)) == u"Hello"_s);
}

TEST_CASE("a file that is not a PDF gets no document information", "[render][pdf]")
{
    auto result = render::withDocumentInfo("not a PDF at all", {});
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == domain::ErrorKind::Invalid);
}

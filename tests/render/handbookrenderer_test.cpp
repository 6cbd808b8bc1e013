#include "handbookfixture.h"
#include "render/handbookrenderer.h"
#include "support/pdftext.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QUrl>

using namespace tenet;
using namespace tenet::test;

namespace {

struct Rendered
{
    render::RenderedHandbook handbook;
    QString path;
};

Rendered renderInto(const TempDir &dir, const render::HandbookSource &source,
                    render::PaperSize paper = render::PaperSize::A4)
{
    auto handbook = render::HandbookRenderer(source, paper).renderPdf();
    INFO((handbook ? std::string() : handbook.error().toString().toStdString()));
    REQUIRE(handbook.ok());
    return {*handbook, writeInto(dir, u"handbook.pdf"_s, handbook->pdf)};
}

// The page number the contents page prints after a title.
int contentsPageOf(const QString &contentsText, const QString &title)
{
    for (const QString &line : contentsText.split(u'\n')) {
        const QString flat = simplified(line);
        if (!flat.contains(title))
            continue;
        const auto match = QRegularExpression(u"(\\d+)$"_s).match(flat);
        if (match.hasMatch())
            return match.captured(1).toInt();
    }
    return -1;
}

// A page's text with the diagonal watermark's letters, which come first, left out.
QString withoutWatermark(const QString &rawText)
{
    QString text = rawText;
    static const QRegularExpression watermark(u"^\\s*D\\s*R\\s*A\\s*F\\s*T\\s*"_s);
    return text.remove(watermark);
}

} // namespace

TEST_CASE("the handbook has a cover, a contents page, the sections and a signature page",
          "[render][pdf]")
{
    TempDir dir;
    const Rendered r = renderInto(dir, fixtureSource(u"code-es.json"_s, true));
    const auto info = pdfInfo(r.path);
    CHECK(info.value(u"Pages"_s).toInt() == r.handbook.pageCount);
    // Cover, contents, one page at least for each of the seven sections, the signature page.
    CHECK(r.handbook.pageCount >= 10);
    CHECK(info.value(u"Page size"_s).contains(u"(A4)"_s));

    const QString cover = simplified(pdfText(r.path, 1));
    CHECK(cover.contains(u"Servicios Águila, S.A."_s));
    CHECK(cover.contains(u"Código de buenas prácticas de atención al cliente"_s));
    CHECK(cover.contains(u"Versión 3"_s));
    CHECK(cover.contains(u"Publicada"_s));
    CHECK(cover.contains(u"Entrada en vigor 01/05/2026"_s));
    CHECK(cover.contains(u"Aprobada por Marta Ruiz (M001)"_s));
    CHECK(simplified(pdfText(r.path, 2)).contains(u"Índice"_s));

    const QString last = simplified(pdfText(r.path, r.handbook.pageCount));
    for (const QString &field : {u"Constancia de lectura"_s, u"Nombre y apellidos"_s,
                                 u"Número de empleado"_s, u"Fecha"_s, u"Firma"_s})
        CHECK(last.contains(field));
    CHECK(last.contains(u"«Código de buenas prácticas de atención al cliente», versión 3"_s));
}

TEST_CASE("the PDF's document information names the code, the organisation and Tenet",
          "[render][pdf]")
{
    TempDir dir;
    const Rendered r = renderInto(dir, fixtureSource(u"code-lt.json"_s, true));
    const auto info = pdfInfo(r.path);
    CHECK(info.value(u"Title"_s) == u"Klientų aptarnavimo elgesio kodeksas"_s);
    CHECK(info.value(u"Author"_s) == u"UAB „Šviesa“"_s);
    CHECK(info.value(u"Subject"_s) == u"Elgesio kodekso žinynas, 3 versija (paskelbta)"_s);
    CHECK(info.value(u"Creator"_s) == u"Tenet " TENET_VERSION_STRING ""_s);
    CHECK(info.value(u"Producer"_s).startsWith(u"Qt "_s));
}

TEST_CASE("every section starts on the page the contents page gives for it", "[render][pdf]")
{
    TempDir dir;
    render::HandbookSource source = longSource(9);
    source.previous = fixtureSource(u"code-es.json"_s, true).version;
    source.previous->info.number = 2;
    const Rendered r = renderInto(dir, source);
    REQUIRE(r.handbook.contents.size() == 9); // seven sections, the changes, the signature page
    const QString contents = pdfText(r.path, 2);
    int previousPage = 2;
    for (const render::HandbookContentsEntry &entry : r.handbook.contents) {
        INFO(entry.title.toStdString());
        const int page = contentsPageOf(contents, entry.title);
        CHECK(page == entry.page);
        REQUIRE(page > previousPage);
        REQUIRE(page <= r.handbook.pageCount);
        const QString heading = simplified(entry.number + u' ' + entry.title);
        CHECK(simplified(pdfText(r.path, page, TextMode::Raw)).contains(heading));
        // It starts there: the page before belongs to the part before (or is the contents).
        if (page - 1 > 2)
            CHECK_FALSE(simplified(pdfText(r.path, page - 1, TextMode::Raw)).contains(heading));
        previousPage = page;
    }
    // Nine clauses of several lines fill more than a page: the numbers are not simply 3, 4, 5.
    CHECK(r.handbook.contents.last().page > 3 + 7 + 1);
}

TEST_CASE("every page but the cover has the footer page X of Y and the running header",
          "[render][pdf]")
{
    TempDir dir;
    const Rendered r = renderInto(dir, longSource(5));
    const int total = r.handbook.pageCount;
    CHECK_FALSE(pdfText(r.path, 1).contains(u"página 1 de"_s));
    for (int page = 2; page <= total; ++page) {
        INFO("page " << page);
        const QString text = simplified(pdfText(r.path, page));
        CHECK(text.contains(u"página %1 de %2"_s.arg(page).arg(total)));
        CHECK(text.contains(u"Código de buenas prácticas de atención al cliente"_s));
        CHECK(text.contains(u"Versión 3 · Publicada"_s));
    }
}

TEST_CASE("a draft is marked DRAFT on every page and a published version on none", "[render][pdf]")
{
    TempDir dir;
    const Rendered draft = renderInto(dir, fixtureSource(u"code-lt.json"_s, false));
    for (int page = 1; page <= draft.handbook.pageCount; ++page) {
        INFO("draft page " << page);
        // The watermark is painted first, under everything else.
        const QString raw = pdfText(draft.path, page, TextMode::Raw);
        CHECK(raw.simplified().remove(u' ').startsWith(u"JUODRAŠTIS"_s));
    }
    CHECK(simplified(pdfText(draft.path, 1)).contains(u"Tai juodraštis"_s));

    TempDir other;
    const Rendered published = renderInto(other, fixtureSource(u"code-lt.json"_s, true));
    const QString all = pdfText(published.path, 0, TextMode::Raw);
    CHECK_FALSE(all.simplified().remove(u' ').contains(u"JUODRAŠTIS"_s));
    CHECK_FALSE(all.contains(u"Tai juodraštis"_s));
}

TEST_CASE("Spanish and Lithuanian letters come out exactly as written", "[render][pdf]")
{
    TempDir dir;
    const Rendered es = renderInto(dir, fixtureSource(u"code-es.json"_s, true));
    // Raw text: a table cell's lines stay together, as a reader copying them would get them.
    const QString spanish = simplified(pdfText(es.path, 0, TextMode::Raw));
    for (const QString &text :
         {u"¿Por qué actuamos así?"_s, u"«¿qué significa esto?»"_s, u"Acompañar al agente"_s,
          u"Normas de comunicación"_s, u"Gestión de reclamaciones"_s, u"Decidir una compensación"_s,
          u"Formación inicial de agentes"_s, u"Satisfacción"_s}) {
        INFO(text.toStdString());
        CHECK(spanish.contains(text));
    }

    TempDir other;
    const Rendered lt = renderInto(other, fixtureSource(u"code-lt.json"_s, true));
    const QString lithuanian = simplified(pdfText(lt.path, 0, TextMode::Raw));
    for (const QString &text :
         {u"Klientų aptarnavimo elgesio kodeksas"_s, u"UAB „Šviesa“"_s, u"Sąžiningumas"_s,
          u"Elgesio lūkesčiai"_s, u"Aptarnavimo procedūros"_s, u"Įvadiniai mokymai"_s,
          u"Išsprendimas per pirmą kontaktą"_s, u"Skundų nagrinėjimas"_s, u"įmonės sistemų"_s}) {
        INFO(text.toStdString());
        CHECK(lithuanian.contains(text));
    }
    for (const QString &letter :
         {u"ą"_s, u"č"_s, u"ę"_s, u"ė"_s, u"į"_s, u"š"_s, u"ų"_s, u"ū"_s, u"ž"_s})
        CHECK(lithuanian.contains(letter));
}

TEST_CASE("the handbook's fixed labels are in the language the code is written in", "[render][pdf]")
{
    TempDir dir;
    const Rendered es = renderInto(dir, fixtureSource(u"code-es.json"_s, true));
    const QString cover = simplified(pdfText(es.path, 1));
    CHECK(cover.contains(u"Estado Publicada"_s));
    CHECK(cover.contains(u"Aprobada por Marta Ruiz (M001)"_s));
    CHECK(simplified(pdfText(es.path, 2)).contains(u"Índice"_s));
    CHECK(simplified(pdfText(es.path, 2)).contains(u"Constancia de lectura"_s));
    CHECK(simplified(pdfText(es.path, 3)).contains(u"página 3 de %1"_s.arg(es.handbook.pageCount)));
    const QString signature = simplified(pdfText(es.path, es.handbook.pageCount));
    CHECK(signature.contains(u"Confirmo que he recibido y leído"_s));
    CHECK(signature.contains(u"Firme a mano"_s));
    CHECK_FALSE(signature.contains(u"Signature"_s));
    CHECK(pdfInfo(es.path).value(u"Subject"_s).startsWith(u"Manual del código"_s));

    TempDir other;
    const Rendered lt = renderInto(other, fixtureSource(u"code-lt.json"_s, true));
    CHECK(simplified(pdfText(lt.path, 1)).contains(u"Įsigalioja 2026-05-01"_s));
    CHECK(simplified(pdfText(lt.path, 2)).contains(u"Turinys"_s));
    CHECK(simplified(pdfText(lt.path, 3)).contains(u"3 psl. iš %1"_s.arg(lt.handbook.pageCount)));
    CHECK(simplified(pdfText(lt.path, lt.handbook.pageCount)).contains(u"Parašas"_s));
    CHECK(simplified(pdfText(lt.path, 0, TextMode::Raw)).contains(u"Veiklos rodikliai (KPI)"_s));

    // A code written in English (or in a language the table lacks) keeps the English.
    TempDir third;
    render::HandbookSource english = fixtureSource(u"code-es.json"_s, true);
    english.version.content.language = u"en"_s;
    const Rendered en = renderInto(third, english);
    CHECK(simplified(pdfText(en.path, 2)).contains(u"Contents"_s));
    CHECK(simplified(pdfText(en.path, 3)).contains(u"page 3 of %1"_s.arg(en.handbook.pageCount)));
    CHECK(simplified(pdfText(en.path, en.handbook.pageCount)).contains(u"Employee number"_s));
    CHECK(simplified(pdfText(en.path, 0, TextMode::Raw))
              .contains(u"Escalation tiers Tier Who Within Action"_s));
}

TEST_CASE("clause bodies are rendered from Markdown, with must and should set apart",
          "[render][pdf]")
{
    TempDir dir;
    const Rendered r = renderInto(dir, fixtureSource(u"code-es.json"_s, true));
    const QString text = simplified(pdfText(r.path));
    CHECK(text.contains(u"en un máximo de 24 horas laborables"_s));
    CHECK_FALSE(text.contains(u"**"_s));
    CHECK(text.contains(u"1.1 Honestidad DEBE"_s));
    CHECK(text.contains(u"1.3 Regalos e invitaciones DEBERÍA"_s));
    CHECK(text.contains(u"Referencias: ISO 10002:2018, apartado 4.2"_s));
}

TEST_CASE("a link in a clause body is a link a reader can click in the PDF", "[render][pdf]")
{
    TempDir dir;
    render::HandbookSource source = fixtureSource(u"code-es.json"_s, true);
    source.version.content.sections[0].clauses[0].body
        = u"See the [gifts policy](https://example.com/gifts), <https://example.org/faq> and "
          "[this](javascript:alert(1))."_s;
    const Rendered r = renderInto(dir, source);
    CHECK(simplified(pdfText(r.path, 3))
              .contains(u"See the gifts policy, https://example.org/faq and this."_s));
    // Only the http(s) links can be followed. pdfinfo -url lists the link annotations a viewer acts
    // on: page, type, URL.
    QProcess info;
    info.start(u"pdfinfo"_s, {u"-url"_s, r.path});
    REQUIRE(info.waitForFinished(60000));
    REQUIRE(info.exitCode() == 0);
    QStringList links;
    for (const QString &line :
         QString::fromUtf8(info.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts).mid(1))
        links << simplified(line);
    links.removeDuplicates();
    CHECK(links
          == QStringList {u"3 Annotation https://example.com/gifts"_s,
                          u"3 Annotation https://example.org/faq"_s});
}

TEST_CASE("structured items are printed as tables with their columns", "[render][pdf]")
{
    TempDir dir;
    const Rendered r = renderInto(dir, fixtureSource(u"code-es.json"_s, true));
    // Raw text reads a table cell by cell, row by row.
    const QString text = simplified(pdfText(r.path, 0, TextMode::Raw));
    CHECK(text.contains(u"Niveles de escalado Nivel Quién Plazo Actuación"_s));
    CHECK(text.contains(u"3 responsable 24,5 horas Decidir una compensación"_s));
    CHECK(text.contains(u"Pasos de seguimiento Paso Qué se hace"_s));
    CHECK(text.contains(u"Fases de la reclamación Fase Nombre Plazo"_s));
    CHECK(text.contains(u"2 Evaluada 48 horas"_s));
    CHECK(text.contains(u"Programas de formación"_s));
    CHECK(text.contains(u"sí, nota mínima 80 %"_s));
    CHECK(text.contains(u"Indicadores clave (KPI)"_s));
    CHECK(text.contains(u"Velocidad media de respuesta"_s));
    CHECK(text.contains(u"como máximo 20 por encima de 30"_s));
}

TEST_CASE("the changes since the previous published version are told in words and as a redline",
          "[render][pdf]")
{
    TempDir dir;
    render::HandbookSource source = fixtureSource(u"code-es.json"_s, true);
    domain::Version previous = source.version;
    previous.info.number = 2;
    previous.info.state = domain::VersionState::Superseded;
    previous.info.publishedAt = QDateTime(QDate(2025, 9, 1), QTime(8, 0), Qt::UTC);
    domain::Section &ethics = previous.content.sections[0];
    ethics.clauses[0].body = u"Decimos siempre la verdad sobre plazos y precios."_s;
    ethics.clauses.removeAt(2); // gifts: added in version 3
    domain::Clause old;
    old.id = u"eth-old"_s;
    old.title = u"Norma derogada"_s;
    old.body = u"Texto que desaparece."_s;
    ethics.clauses << old;
    source.previous = previous;

    const Rendered r = renderInto(dir, source);
    const auto changes
        = std::find_if(r.handbook.contents.cbegin(), r.handbook.contents.cend(),
                       [](const auto &e) { return e.title == u"Cambios en esta versión"_s; });
    REQUIRE(changes != r.handbook.contents.cend());
    QString text;
    for (int page = changes->page; page < r.handbook.pageCount; ++page)
        text += pdfText(r.path, page, TextMode::Raw);
    text = simplified(withoutWatermark(text));
    CHECK(text.contains(u"se compara con la versión 2, en vigor desde el 01/09/2025"_s));
    CHECK(text.contains(u"1 cláusula añadida"_s));
    CHECK(text.contains(u"1 cláusula suprimida"_s));
    CHECK(text.contains(u"1 cláusula modificada"_s));
    CHECK(text.contains(u"1.3 Regalos e invitaciones — añadida"_s));
    CHECK(text.contains(u"Norma derogada — suprimida"_s));
    CHECK(text.contains(u"1.1 Honestidad — modificada (el texto)"_s));
    CHECK(text.contains(u"Control de cambios"_s));
    CHECK(text.contains(u"Texto que desaparece."_s));

    TempDir plain;
    const Rendered without = renderInto(plain, fixtureSource(u"code-es.json"_s, true));
    CHECK_FALSE(pdfText(without.path).contains(u"Cambios en esta versión"_s));
}

TEST_CASE("a heading never ends a page without what it heads", "[render][pdf]")
{
    TempDir dir;
    const Rendered r = renderInto(dir, longSource(14));
    static const QRegularExpression clauseHeading(u"^\\s*\\d+\\.\\d+\\s+.*(DEBE|DEBERÍA)\\s*$"_s);
    for (int page = 3; page < r.handbook.pageCount; ++page) {
        QStringList lines = pdfText(r.path, page).split(u'\n');
        lines.removeIf([](const QString &line) { return line.trimmed().isEmpty(); });
        REQUIRE(lines.size() >= 3);
        const QString lastBodyLine = lines.at(lines.size() - 2); // the footer is last
        INFO("page " << page << ": " << lastBodyLine.toStdString());
        CHECK_FALSE(clauseHeading.match(lastBodyLine).hasMatch());
    }
}

TEST_CASE("Letter paper gives Letter pages", "[render][pdf]")
{
    TempDir dir;
    const Rendered r
        = renderInto(dir, fixtureSource(u"code-es.json"_s, true), render::PaperSize::Letter);
    CHECK(pdfInfo(r.path).value(u"Page size"_s).contains(u"612 x 792 pts (letter)"_s));
}

TEST_CASE("the renderer reports its progress and stops when told to", "[render]")
{
    const render::HandbookRenderer renderer(fixtureSource(u"code-es.json"_s, false));
    QList<int> done;
    int total = -1;
    auto finished = renderer.renderPdf([&](int d, int t) {
        done << d;
        total = t;
        return true;
    });
    REQUIRE(finished.ok());
    REQUIRE_FALSE(done.isEmpty());
    CHECK(std::is_sorted(done.cbegin(), done.cend()));
    CHECK(done.last() == total);

    int calls = 0;
    auto cancelled = renderer.renderPdf([&](int, int) { return ++calls < 3; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(render::HandbookRenderer::isCancellation(cancelled.error()));
    CHECK(calls == 3);
}

TEST_CASE("the handbook never reads a file that a clause body names as an image", "[render][pdf]")
{
    TempDir dir;
    QImage picture(40, 40, QImage::Format_RGB32);
    picture.fill(Qt::red);
    const QString picturePath = dir.file(u"plan.png"_s);
    REQUIRE(picture.save(picturePath));
    render::HandbookSource source = fixtureSource(u"code-es.json"_s, true);
    source.version.content.sections[0].clauses[0].body
        = u"Plan: ![plan](%1) and ![again](%2)"_s.arg(picturePath,
                                                      QUrl::fromLocalFile(picturePath).toString());
    const Rendered r = renderInto(dir, source);
    CHECK(simplified(pdfText(r.path, 3)).contains(u"Plan: [plan] and [again]"_s));

    QProcess images;
    images.start(u"pdfimages"_s, {u"-list"_s, r.path});
    REQUIRE(images.waitForFinished(60000));
    const QStringList lines
        = QString::fromUtf8(images.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    // pdfimages prints two header lines, then one line per image.
    CHECK(lines.size() == 2);
}

#include "handbookfixture.h"
#include "render/handbookrenderer.h"
#include "support/pdftext.h"

#include "domain/codecontent.h"

using namespace tenet;
using namespace tenet::test;

namespace {

// The text of the handbook's "Changes in this version", from its page to the end.
QString changesText(const render::HandbookSource &source, const QString &partTitle)
{
    TempDir dir;
    auto handbook = render::HandbookRenderer(source, render::PaperSize::A4).renderPdf();
    REQUIRE(handbook.ok());
    const QString path = writeInto(dir, u"handbook.pdf"_s, handbook->pdf);
    const auto part = std::find_if(handbook->contents.cbegin(), handbook->contents.cend(),
                                   [&](const auto &e) { return e.title == partTitle; });
    REQUIRE(part != handbook->contents.cend());
    QString text;
    for (int page = part->page; page < handbook->pageCount; ++page)
        text += pdfText(path, page, TextMode::Raw);
    return simplified(text);
}

// The fixture as version 3, after a version 2 that differs only as `change` makes it.
template<typename Change> render::HandbookSource afterChange(const QString &fixture, Change change)
{
    render::HandbookSource source = fixtureSource(fixture, true);
    domain::Version previous = source.version;
    previous.info.number = 2;
    previous.info.state = domain::VersionState::Superseded;
    previous.info.publishedAt = QDateTime(QDate(2025, 9, 1), QTime(8, 0), Qt::UTC);
    change(previous.content, source.version.content);
    source.previous = previous;
    return source;
}

} // namespace

TEST_CASE("the handbook's list of changes compares the words a reader sees, not Markdown",
          "[render][pdf][changes]")
{
    const auto source = afterChange(u"code-es.json"_s, [](auto &before, auto &after) {
        before.sections[0].clauses[0].body = u"Be **polite**."_s;
        after.sections[0].clauses[0].body = u"Be **courteous**."_s;
    });
    const QString text = changesText(source, u"Cambios en esta versión"_s);
    CHECK(text.contains(u"1.1 Honestidad — modificada (el texto)"_s));
    CHECK(text.contains(u"Be politecourteous."_s)); // struck through, then underlined
    CHECK_FALSE(text.contains(u"**"_s));
    CHECK_FALSE(text.contains(u"body"_s));
}

TEST_CASE("the handbook names a KPI's changed direction in words, never by its key",
          "[render][pdf][changes]")
{
    const auto source = afterChange(u"code-es.json"_s, [](auto &before, auto &after) {
        domain::Kpi &was = before.section(domain::SectionKey::Metrics)->kpis[0];
        domain::Kpi &now = after.section(domain::SectionKey::Metrics)->kpis[0];
        was.direction = domain::KpiDirection::AtLeast;
        now.direction = domain::KpiDirection::AtMost;
        was.alert = now.target - 5; // at least: the alert lies below the target
    });
    const QString text = changesText(source, u"Cambios en esta versión"_s);
    CHECK(text.contains(u"Indicador clave: Velocidad media de respuesta — modificado (el sentido "
                        "del objetivo, el umbral de alerta)"_s));
    CHECK(text.contains(u"el sentido del objetivo: como mínimo como máximo"_s));
    CHECK_FALSE(text.contains(u"at_most"_s));
    CHECK_FALSE(text.contains(u"at_least"_s));
    CHECK_FALSE(text.contains(u"direction"_s));
    CHECK_FALSE(text.contains(u"asa"_s));
}

#include "render/changetext.h"
#include "render/outputlanguage.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace tenet;
using namespace tenet::render;

TEST_CASE("every field a comparison reports is named in words, never by its key",
          "[render][changes]")
{
    CHECK(ChangeText::fieldLabel(u"body"_s) == u"the text"_s);
    CHECK(ChangeText::fieldLabel(u"title"_s) == u"the title"_s);
    CHECK(ChangeText::fieldLabel(u"strength"_s) == u"the strength"_s);
    CHECK(ChangeText::fieldLabel(u"alert"_s) == u"the alert threshold"_s);
    CHECK(ChangeText::fieldList({u"review_interval_days"_s, u"owner"_s})
          == u"the review interval, the owner"_s);
    // A field this version does not know yet still reads as words.
    CHECK(ChangeText::fieldLabel(u"some_new_field"_s) == u"a detail"_s);
}

TEST_CASE("the words of a list of changes follow the code's language", "[render][changes]")
{
    const OutputLanguage spanish(u"es"_s);
    const OutputLanguage lithuanian(u"lt"_s);
    CHECK(ChangeText::fieldList({u"body"_s, u"direction"_s}, spanish)
          == u"el texto, el sentido del objetivo"_s);
    CHECK(ChangeText::fieldLabel(u"alert"_s, lithuanian) == u"įspėjimo riba"_s);
    CHECK(ChangeText::itemKindLabel(u"kpi"_s, spanish) == u"Indicador clave"_s);
    CHECK(ChangeText::kindLabel(domain::ChangeKind::Changed, true, spanish)
          == u"Trasladada y modificada"_s);

    domain::Comparison comparison;
    comparison.added = 1;
    comparison.changed = 2;
    CHECK(ChangeText::summary(comparison, lithuanian)
          == u"pridėta: 1, pašalinta: 0, pakeista: 2, perkelta: 0"_s);
    domain::VersionInfo draft;
    draft.number = 3;
    CHECK(ChangeText::versionLabel(draft, spanish) == u"versión 3 (borrador)"_s);
}

TEST_CASE("counted changes take the plural form of the count in each language", "[render][changes]")
{
    domain::Comparison comparison;
    comparison.itemChanges = 1;
    CHECK(ChangeText::summary(comparison).endsWith(u", 1 table row changed"_s));
    CHECK(ChangeText::summary(comparison, OutputLanguage(u"es"_s))
              .endsWith(u", 1 fila de tabla modificada"_s));
    comparison.itemChanges = 2;
    CHECK(ChangeText::summary(comparison).endsWith(u", 2 table rows changed"_s));
    // Lithuanian counts in three forms: 1 and 21; 2 to 9 and 22; 0, 10 to 20 and 30.
    const OutputLanguage lithuanian(u"lt"_s);
    const auto lt = [&](int n) {
        comparison.itemChanges = n;
        return ChangeText::summary(comparison, lithuanian).section(u", "_s, -1);
    };
    CHECK(lt(21) == u"pakeista 21 lentelės eilutė"_s);
    CHECK(lt(3) == u"pakeistos 3 lentelės eilutės"_s);
    CHECK(lt(12) == u"pakeista 12 lentelės eilučių"_s);
}

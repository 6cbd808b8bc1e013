#include "render/changetext.h"

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
    const HandbookLabels spanish(u"es"_s);
    const HandbookLabels lithuanian(u"lt"_s);
    CHECK(ChangeText::fieldList({u"body"_s, u"direction"_s}, spanish) == u"el texto, el sentido"_s);
    CHECK(ChangeText::fieldLabel(u"alert"_s, lithuanian) == u"įspėjimo riba"_s);
    CHECK(ChangeText::itemKindLabel(u"kpi"_s, spanish) == u"Indicador"_s);
    CHECK(ChangeText::kindLabel(domain::ChangeKind::Changed, true, spanish)
          == u"Traslado y modificación"_s);

    domain::Comparison comparison;
    comparison.added = 1;
    comparison.changed = 2;
    CHECK(ChangeText::summary(comparison, lithuanian)
          == u"pridėta: 1, pašalinta: 0, pakeista: 2, perkelta: 0"_s);
}

#include "render/clauseredline.h"
#include "render/markdownhtml.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace tenet;
using namespace tenet::domain;
using namespace tenet::render;

namespace {

ClauseComparison changedBody(const QString &before, const QString &after)
{
    CodeContent a = CodeContent::withEmptySections();
    CodeContent b = CodeContent::withEmptySections();
    Clause clause;
    clause.id = u"c"_s;
    clause.title = u"Courtesy"_s;
    clause.body = before;
    a.section(SectionKey::Ethics)->clauses = {clause};
    clause.body = after;
    b.section(SectionKey::Ethics)->clauses = {clause};
    const Comparison comparison = compareContent(a, b);
    REQUIRE(comparison.sections.at(0).clauses.size() == 1);
    return comparison.sections.at(0).clauses.at(0);
}

QString joined(const QList<DiffSegment> &segments)
{
    QString text;
    for (const DiffSegment &s : segments) {
        if (s.op == DiffSegment::Op::Equal)
            text += s.text;
        else
            text += (s.op == DiffSegment::Op::Insert ? u"{+"_s : u"[-"_s) + s.text
                + (s.op == DiffSegment::Op::Insert ? u"+}"_s : u"-]"_s);
    }
    return text;
}

} // namespace

TEST_CASE("Markdown comes out as the words a reader sees", "[render][redline]")
{
    CHECK(markdownToText(u"Be **polite** and *brief*."_s) == u"Be polite and brief."_s);
    CHECK(markdownToText(u"# Heading\n\nText."_s) == u"Heading\nText."_s);
    CHECK(markdownToText(u"- one\n- two"_s) == u"• one\n• two"_s);
    CHECK(markdownToText(u"1. first\n2. second"_s) == u"1. first\n2. second"_s);
    CHECK(markdownToText(u"See ![the plan](plan.png)."_s) == u"See [the plan]."_s);
}

TEST_CASE("a clause's redline compares the rendered text, so no Markdown marker shows",
          "[render][redline]")
{
    const ClauseRedline redline
        = ClauseRedline::of(changedBody(u"Be **polite**."_s, u"Be **courteous**."_s));
    CHECK(joined(redline.body) == u"Be [-polite-]{+courteous+}."_s);
    CHECK(joined(redline.title) == u"Courtesy"_s);

    const ClauseRedline list = ClauseRedline::of(changedBody(u"- a\n- b"_s, u"- a\n- c"_s));
    CHECK(joined(list.body) == u"• a\n• [-b-]{+c+}"_s);
}

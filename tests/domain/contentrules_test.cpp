#include "domain/contentrules.h"
#include "support/tempdir.h"

using namespace tenet::domain;

namespace {

CodeContent validContent()
{
    CodeContent content = CodeContent::withEmptySections();
    content.section(SectionKey::Ethics)->clauses = {
        Clause{u"eth-honesty"_s, u"Be honest"_s, u"Never mislead a customer."_s, Strength::Must, {}}};
    content.section(SectionKey::Metrics)->kpis = {
        Kpi{u"asa"_s, u"Average speed of answer"_s, {}, u"s"_s, KpiDirection::AtMost, 20, 30, {}},
        Kpi{u"csat"_s, u"Customer satisfaction"_s, {}, u"%"_s, KpiDirection::AtLeast, 85, 75, {}}};
    return content;
}

QStringList wheres(const QList<Error> &errors)
{
    QStringList list;
    for (const Error &e : errors)
        list << e.where;
    return list;
}

} // namespace

TEST_CASE("a complete code with consistent KPIs keeps the content rules", "[domain][rules]")
{
    CHECK(checkContentRules(validContent()).isEmpty());
}

TEST_CASE("a clause id used twice in a code is reported where it repeats", "[domain][rules]")
{
    CodeContent content = validContent();
    content.section(SectionKey::Training)->clauses = {
        Clause{u"eth-honesty"_s, u"Again"_s, {}, Strength::Should, {}}};
    const auto errors = checkContentRules(content);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().where == u"/sections/5/clauses/0/id"_s);
    CHECK(errors.first().message.contains(u"/sections/0/clauses/0"_s));
}

TEST_CASE("a missing or repeated section is reported", "[domain][rules]")
{
    CodeContent content = validContent();
    content.sections.removeLast();
    content.sections.append(content.sections.first());
    const auto errors = checkContentRules(content);
    CHECK(wheres(errors).contains(u"/sections/6/key"_s));
    bool missingMetrics = false;
    for (const Error &e : errors)
        missingMetrics |= e.message.contains(u"\"metrics\" is missing"_s);
    CHECK(missingMetrics);
}

TEST_CASE("a KPI alert threshold on the wrong side of its target is refused", "[domain][rules]")
{
    CodeContent content = validContent();
    content.section(SectionKey::Metrics)->kpis[0].alert = 15; // at_most 20, alert 15
    content.section(SectionKey::Metrics)->kpis[1].alert = 90; // at_least 85, alert 90
    const auto errors = checkContentRules(content);
    CHECK(wheres(errors)
          == QStringList{u"/sections/6/kpis/0/alert"_s, u"/sections/6/kpis/1/alert"_s});

    content = validContent();
    content.section(SectionKey::Metrics)->kpis[0].alert = 20; // equal to the target is allowed
    CHECK(checkContentRules(content).isEmpty());
}

TEST_CASE("a training programme with a final test needs a pass mark", "[domain][rules]")
{
    CodeContent content = validContent();
    TrainingProgramme induction;
    induction.id = u"induction"_s;
    induction.title = u"Induction"_s;
    induction.finalTest = true;
    content.section(SectionKey::Training)->programmes = {induction};
    CHECK(wheres(checkContentRules(content)) == QStringList{u"/sections/5/programmes/0/pass_mark"_s});
    content.section(SectionKey::Training)->programmes[0].passMark = 80;
    CHECK(checkContentRules(content).isEmpty());
}

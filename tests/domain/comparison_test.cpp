#include "domain/comparison.h"
#include "support/tempdir.h"

using namespace tenet::domain;

namespace {

Clause clause(const QString &id, const QString &body = {}, Strength strength = Strength::Must)
{
    return Clause{id, u"Title of "_s + id, body.isEmpty() ? u"Body of "_s + id : body, strength, {}};
}

CodeContent base()
{
    CodeContent content = CodeContent::withEmptySections();
    content.section(SectionKey::Ethics)->clauses = {clause(u"a"_s), clause(u"b"_s), clause(u"c"_s),
                                                    clause(u"d"_s)};
    content.section(SectionKey::Communication)->clauses = {clause(u"e"_s)};
    content.section(SectionKey::Metrics)->kpis = {
        Kpi{u"asa"_s, u"Average speed of answer"_s, {}, u"s"_s, KpiDirection::AtMost, 20, 30, {}},
        Kpi{u"aht"_s, u"Average handling time"_s, {}, u"s"_s, KpiDirection::AtMost, 300, 420, {}}};
    content.section(SectionKey::ServiceProtocols)->followUp = {u"Call back within a day"_s};
    return content;
}

const ClauseComparison &find(const Comparison &comparison, const QString &id)
{
    for (const SectionComparison &s : comparison.sections) {
        for (const ClauseComparison &c : s.clauses) {
            if (c.clauseId == id)
                return c;
        }
    }
    FAIL("no clause " << id.toStdString() << " in the comparison");
    throw;
}

} // namespace

TEST_CASE("comparing a version with itself finds no change", "[domain][compare]")
{
    const Comparison comparison = compareContent(base(), base());
    CHECK(comparison.isEmpty());
    CHECK(comparison.sections.size() == 7);
    CHECK(comparison.added + comparison.removed + comparison.changed + comparison.moved == 0);
}

TEST_CASE("an inserted clause is added, and the clauses it shifts are not moved", "[domain][compare]")
{
    CodeContent after = base();
    after.section(SectionKey::Ethics)->clauses.insert(0, clause(u"new"_s));
    const Comparison comparison = compareContent(base(), after);
    CHECK(comparison.added == 1);
    CHECK(comparison.moved == 0);
    CHECK(find(comparison, u"new"_s).kind == ChangeKind::Added);
    CHECK(find(comparison, u"new"_s).numberAfter == u"1.1"_s);
    const ClauseComparison &b = find(comparison, u"b"_s);
    CHECK(b.kind == ChangeKind::Unchanged);
    CHECK_FALSE(b.moved);
    CHECK(b.numberBefore == u"1.2"_s);
    CHECK(b.numberAfter == u"1.3"_s);
}

TEST_CASE("a removed clause is listed where it used to stand", "[domain][compare]")
{
    CodeContent after = base();
    after.section(SectionKey::Ethics)->clauses.removeAt(1); // b
    const Comparison comparison = compareContent(base(), after);
    CHECK(comparison.removed == 1);
    QStringList order;
    for (const ClauseComparison &c : comparison.sections.first().clauses)
        order << c.clauseId;
    CHECK(order == QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s});
    CHECK(find(comparison, u"b"_s).kind == ChangeKind::Removed);
    CHECK(find(comparison, u"b"_s).numberBefore == u"1.2"_s);
    CHECK(find(comparison, u"b"_s).numberAfter.isEmpty());
}

TEST_CASE("a clause that changes place among the others is moved", "[domain][compare]")
{
    CodeContent after = base();
    after.section(SectionKey::Ethics)->clauses.move(3, 0); // d a b c
    const Comparison comparison = compareContent(base(), after);
    CHECK(comparison.moved == 1);
    CHECK(find(comparison, u"d"_s).moved);
    CHECK_FALSE(find(comparison, u"a"_s).moved);
    CHECK(find(comparison, u"d"_s).kind == ChangeKind::Unchanged);
}

TEST_CASE("a clause moved to another section is listed once, in its new section",
          "[domain][compare]")
{
    CodeContent after = base();
    after.section(SectionKey::Communication)->clauses.append(
        after.section(SectionKey::Ethics)->clauses.takeAt(0));
    const Comparison comparison = compareContent(base(), after);
    CHECK(comparison.moved == 1);
    CHECK(comparison.removed == 0);
    const ClauseComparison &a = find(comparison, u"a"_s);
    CHECK(a.moved);
    CHECK(a.numberBefore == u"1.1"_s);
    CHECK(a.numberAfter == u"2.2"_s);
}

TEST_CASE("a changed clause names its changed fields and carries a word diff", "[domain][compare]")
{
    CodeContent after = base();
    Clause &c = after.section(SectionKey::Ethics)->clauses[2];
    c.body = u"Body of the c"_s;
    c.strength = Strength::Should;
    const Comparison comparison = compareContent(base(), after);
    CHECK(comparison.changed == 1);
    const ClauseComparison &changed = find(comparison, u"c"_s);
    CHECK(changed.kind == ChangeKind::Changed);
    CHECK(changed.changedFields == QStringList{u"body"_s, u"strength"_s});
    CHECK(changed.titleDiff.isEmpty());
    QString inserted;
    for (const DiffSegment &s : changed.bodyDiff) {
        if (s.op == DiffSegment::Op::Insert)
            inserted += s.text;
    }
    CHECK(inserted == u"the "_s);
}

TEST_CASE("structured items are compared row by row by their keys", "[domain][compare]")
{
    CodeContent after = base();
    Section *metrics = after.section(SectionKey::Metrics);
    metrics->kpis[0].target = 15;     // asa changed
    metrics->kpis.removeAt(1);        // aht removed
    metrics->kpis.append(Kpi{u"fcr"_s, u"First-contact resolution"_s, {}, u"%"_s,
                             KpiDirection::AtLeast, 75, 65, {}});
    after.section(SectionKey::ServiceProtocols)->followUp = {u"Call back within two days"_s};

    const Comparison comparison = compareContent(base(), after);
    const QList<ItemComparison> &kpis = comparison.sections.at(6).items;
    REQUIRE(kpis.size() == 3);
    CHECK(kpis.at(0).key == u"asa"_s);
    CHECK(kpis.at(0).kind == ChangeKind::Changed);
    CHECK(kpis.at(0).changedFields == QStringList{u"target"_s});
    CHECK(kpis.at(1).key == u"fcr"_s);
    CHECK(kpis.at(1).kind == ChangeKind::Added);
    CHECK(kpis.at(2).key == u"aht"_s);
    CHECK(kpis.at(2).kind == ChangeKind::Removed);

    const QList<ItemComparison> &steps = comparison.sections.at(3).items;
    REQUIRE(steps.size() == 2);
    CHECK(steps.at(0).kind == ChangeKind::Removed);
    CHECK(steps.at(1).kind == ChangeKind::Added);
    CHECK(comparison.itemChanges == 5);
    CHECK_FALSE(comparison.isEmpty());
}

TEST_CASE("a section's own fields are compared", "[domain][compare]")
{
    CodeContent after = base();
    after.section(SectionKey::Training)->purpose = u"Why we train"_s;
    after.section(SectionKey::Training)->reviewIntervalDays = 180;
    const Comparison comparison = compareContent(base(), after);
    CHECK(comparison.sections.at(5).changedFields
          == QStringList{u"purpose"_s, u"review_interval_days"_s});
    CHECK(comparison.sections.at(5).hasChanges());
    CHECK_FALSE(comparison.sections.at(0).hasChanges());
}

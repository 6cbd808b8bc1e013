#include "app/history/comparisonmodel.h"
#include "render/redlinehtml.h"

#include "historyfixture.h"

#include "domain/comparison.h"

#include <QAbstractItemModelTester>

using namespace tenet;
using namespace tenet::app;
using tenet::render::redlineHtml;
using namespace tenet::domain;

namespace {

// Compares the fixture's two versions into the model.
void showFixtureComparison(ComparisonModel &model, test::HistoryFixture &fixture)
{
    auto first = fixture.versions().load(fixture.firstId);
    auto second = fixture.versions().load(fixture.secondId);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    model.setComparison(compareContent(first->content, second->content), first->content,
                        second->content);
}

QString column(const QModelIndex &index, int column)
{
    return index.siblingAtColumn(column).data().toString();
}

} // namespace

TEST_CASE("the list of changes holds one row per changed clause and item, under its section",
          "[history][models]")
{
    test::HistoryFixture fixture;
    ComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    showFixtureComparison(model, fixture);

    // Ethics, communication, behaviour, complaints and metrics changed; the others did not.
    REQUIRE(model.rowCount() == 5);
    CHECK(model.index(0, ComparisonModel::TitleColumn).data().toString()
          == u"Ethical guidelines"_s);
    CHECK(model.index(4, ComparisonModel::NumberColumn).data().toString() == u"7"_s);

    const QModelIndex changed = model.indexOfClause(u"eth-honesty"_s);
    REQUIRE(changed.isValid());
    CHECK(changed.parent().row() == 0);
    CHECK(column(changed, ComparisonModel::NumberColumn) == u"1.1"_s);
    CHECK(column(changed, ComparisonModel::ChangeColumn).contains(u"Changed"_s));
    CHECK(column(changed, ComparisonModel::FieldsColumn) == u"the text"_s);

    const QModelIndex added = model.indexOfClause(u"com-accessibility"_s);
    REQUIRE(added.isValid());
    CHECK(column(added, ComparisonModel::NumberColumn) == u"2.8"_s);
    CHECK(column(added, ComparisonModel::TitleColumn) == u"Accessible contact"_s);
    CHECK(added.data(ComparisonModel::ChangeKindRole).toInt() == int(ChangeKind::Added));

    const QModelIndex removed = model.indexOfClause(u"beh-clean-desk"_s);
    REQUIRE(removed.isValid());
    CHECK(column(removed, ComparisonModel::NumberColumn) == u"3.8"_s);
    CHECK(removed.data(ComparisonModel::ChangeKindRole).toInt() == int(ChangeKind::Removed));

    const QModelIndex moved = model.indexOfClause(u"cmp-prevention"_s);
    REQUIRE(moved.isValid());
    CHECK(column(moved, ComparisonModel::NumberColumn) == u"5.6 \u2192 5.1"_s);
    CHECK(column(moved, ComparisonModel::ChangeColumn).contains(u"Moved"_s));
    CHECK(moved.data(ComparisonModel::MovedRole).toBool());

    // Clauses that only shifted because one moved above them are not listed.
    CHECK_FALSE(model.indexOfClause(u"cmp-logging"_s).isValid());

    const QModelIndex kpi = model.indexOfItem(u"kpi"_s, u"asa"_s);
    REQUIRE(kpi.isValid());
    CHECK(column(kpi, ComparisonModel::NumberColumn) == u"Indicator"_s);
    CHECK(column(kpi, ComparisonModel::FieldsColumn) == u"the target"_s);
    CHECK(column(kpi, ComparisonModel::TitleColumn) == u"Average speed of answer"_s);
    // The item's fields in words, never the file format's keys.
    const QString tip = kpi.data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(u"Direction: at most"_s));
    CHECK_FALSE(tip.contains(u"at_most"_s));
    CHECK(kpi.parent().data().toString() == u"7"_s);
}

TEST_CASE("every row of the list of changes points at an anchor of the redline",
          "[history][models]")
{
    test::HistoryFixture fixture;
    auto first = fixture.versions().load(fixture.firstId);
    auto second = fixture.versions().load(fixture.secondId);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    const Comparison comparison = compareContent(first->content, second->content);
    ComparisonModel model;
    model.setComparison(comparison, first->content, second->content);
    const QString html = redlineHtml(comparison, *first, *second);

    int rows = 0;
    for (int s = 0; s < model.rowCount(); ++s) {
        const QModelIndex section = model.index(s, 0);
        CHECK(html.contains(u"name=\""_s + section.data(ComparisonModel::AnchorRole).toString()
                            + u'"'));
        for (int r = 0; r < model.rowCount(section); ++r) {
            const QString anchor
                = model.index(r, 0, section).data(ComparisonModel::AnchorRole).toString();
            INFO(anchor.toStdString());
            CHECK(html.contains(u"name=\""_s + anchor + u'"'));
            ++rows;
        }
    }
    CHECK(rows == 5);
}

TEST_CASE("the list of changes is empty for identical versions and after clearing",
          "[history][models]")
{
    test::HistoryFixture fixture;
    ComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto first = fixture.versions().load(fixture.firstId);
    REQUIRE(first.ok());
    model.setComparison(compareContent(first->content, first->content), first->content,
                        first->content);
    CHECK(model.rowCount() == 0);

    showFixtureComparison(model, fixture);
    CHECK(model.rowCount() == 5);
    model.clear();
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.indexOfClause(u"eth-honesty"_s).isValid());
}

TEST_CASE("the list of changes speaks the interface's language, whatever the code's",
          "[history][models]")
{
    test::HistoryFixture fixture;
    // The interface sets the default locale with its language (InterfaceLanguage).
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    ComparisonModel model;
    showFixtureComparison(model, fixture);
    QLocale::setDefault(before);

    CHECK(model.language().code() == u"es"_s);
    const QModelIndex changed = model.indexOfClause(u"eth-honesty"_s);
    REQUIRE(changed.isValid());
    CHECK(column(changed, ComparisonModel::ChangeColumn).contains(u"Modificada"_s));
    CHECK(column(changed, ComparisonModel::FieldsColumn) == u"el texto"_s);
}

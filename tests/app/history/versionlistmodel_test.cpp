#include "app/history/versionlistmodel.h"

#include "historyfixture.h"

#include <QAbstractItemModelTester>
#include <QFont>

using namespace tenet;
using namespace tenet::app;
using namespace tenet::domain;

namespace {

QString cell(const VersionListModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

TEST_CASE("the version list shows every version with its state, people and summary",
          "[history][models]")
{
    test::HistoryFixture fixture;
    VersionListModel model(fixture.session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    REQUIRE(model.rowCount() == 2);
    CHECK(cell(model, 0, VersionListModel::NumberColumn) == u"1"_s);
    CHECK(cell(model, 0, VersionListModel::StateColumn) == u"In force"_s);
    CHECK(cell(model, 0, VersionListModel::AuthorColumn) == u"Jonas Petraitis"_s);
    CHECK(cell(model, 0, VersionListModel::ApproverColumn) == u"Marta Ruiz"_s);
    CHECK_FALSE(cell(model, 0, VersionListModel::CreatedColumn).isEmpty());
    CHECK_FALSE(cell(model, 0, VersionListModel::PublishedColumn).isEmpty());
    CHECK(cell(model, 0, VersionListModel::KindColumn) == u"Material"_s);
    CHECK(cell(model, 0, VersionListModel::SummaryColumn) == u"First edition"_s);

    CHECK(cell(model, 1, VersionListModel::NumberColumn) == u"2"_s);
    CHECK(cell(model, 1, VersionListModel::StateColumn) == u"Draft"_s);
    CHECK(cell(model, 1, VersionListModel::AuthorColumn) == u"Jonas Petraitis"_s);
    CHECK(cell(model, 1, VersionListModel::ApproverColumn).isEmpty());
    CHECK(cell(model, 1, VersionListModel::PublishedColumn).isEmpty());
    CHECK(cell(model, 1, VersionListModel::KindColumn).isEmpty());
    CHECK(model.index(0, 0).data(VersionListModel::VersionIdRole).toLongLong() == fixture.firstId);
    CHECK(model.index(1, 0).data(VersionListModel::VersionIdRole).toLongLong() == fixture.secondId);
}

TEST_CASE("only the version in force is marked and shown in bold", "[history][models]")
{
    test::HistoryFixture fixture;
    VersionListModel model(fixture.session);

    CHECK(model.index(0, VersionListModel::SummaryColumn)
              .data(VersionListModel::InForceRole)
              .toBool());
    CHECK_FALSE(model.index(1, VersionListModel::SummaryColumn)
                    .data(VersionListModel::InForceRole)
                    .toBool());
    CHECK(model.index(0, VersionListModel::StateColumn).data(Qt::FontRole).value<QFont>().bold());
    CHECK_FALSE(model.index(1, VersionListModel::StateColumn).data(Qt::FontRole).isValid());
    CHECK(model.index(0, 0).data(Qt::BackgroundRole).isValid());
    REQUIRE(model.versionInForce());
    CHECK(model.versionInForce()->id == fixture.firstId);
}

TEST_CASE("the version list reloads when the session reports changed versions", "[history][models]")
{
    test::HistoryFixture fixture;
    VersionListModel model(fixture.session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    REQUIRE(
        fixture.versions().withdraw(fixture.secondId, fixture.supervisor, u"Not needed"_s).ok());
    CHECK(cell(model, 1, VersionListModel::StateColumn) == u"Draft"_s); // not told yet
    fixture.session.notifyVersionsChanged();
    CHECK(cell(model, 1, VersionListModel::StateColumn) == u"Withdrawn"_s);

    auto third = fixture.versions().startDraftFromInForce(fixture.codeId, fixture.supervisor);
    REQUIRE(third.ok());
    fixture.session.notifyVersionsChanged();
    REQUIRE(model.rowCount() == 3);
    CHECK(cell(model, 2, VersionListModel::NumberColumn) == u"3"_s);
    // The withdrawn draft is skipped: version 3 was started from version 1.
    REQUIRE(model.previousVersion(third->id));
    CHECK(model.previousVersion(third->id)->id == fixture.firstId);
    CHECK_FALSE(model.previousVersion(fixture.firstId));
}

TEST_CASE("the version list is empty without a database", "[history][models]")
{
    app::Session session;
    VersionListModel model(session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.versionInForce());
}

TEST_CASE("the version list sorts numbers and dates by value, not by text", "[history][models]")
{
    test::HistoryFixture fixture;
    VersionListModel model(fixture.session);
    CHECK(model.index(0, VersionListModel::NumberColumn).data(VersionListModel::SortRole).typeId()
          == QMetaType::Int);
    CHECK(model.index(0, VersionListModel::CreatedColumn).data(VersionListModel::SortRole).typeId()
          == QMetaType::QDateTime);
}

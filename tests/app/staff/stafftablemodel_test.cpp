#include "app/staff/stafffilterproxy.h"
#include "app/staff/stafftablemodel.h"

#include "stafffixture.h"

#include <QAbstractItemModelTester>
#include <QLocale>

using namespace tenet;
using namespace tenet::app;

TEST_CASE("the staff table model passes the model tester through resets and filtering",
          "[app][staff]")
{
    test::StaffFixture fixture;
    StaffTableModel model;
    StaffFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.setStaff(fixture.store().list().value());
    CHECK(model.rowCount() == 7);
    CHECK(model.columnCount() == StaffTableModel::ColumnCount);
    proxy.setTeam(u"Kaunas"_s);
    CHECK(proxy.rowCount() == 2);
    proxy.setActive(true);
    CHECK(proxy.rowCount() == 1);
    proxy.setTeam({});
    proxy.setActive(std::nullopt);
    proxy.sort(StaffTableModel::NameColumn, Qt::DescendingOrder);
    model.setStaff({});
    CHECK(proxy.rowCount() == 0);
}

TEST_CASE("the staff table shows a person's fields and their status", "[app][staff]")
{
    test::StaffFixture fixture;
    StaffTableModel model;
    model.setStaff(fixture.store().list().value());
    const int row = model.rowOf(u"A003"_s);
    REQUIRE(row >= 0);
    CHECK(model.index(row, StaffTableModel::NameColumn).data().toString() == u"Tomas Jonaitis"_s);
    CHECK(model.index(row, StaffTableModel::RoleColumn).data().toString() == u"Agent"_s);
    // Shown as the interface language writes dates; sorted as a date.
    CHECK(model.index(row, StaffTableModel::StartColumn).data().toString()
          == QLocale().toString(QDate(2025, 3, 3), u"d MMM yyyy"_s));
    CHECK(model.index(row, StaffTableModel::StartColumn).data(Qt::EditRole).toDate()
          == QDate(2025, 3, 3));
    CHECK(model.index(row, StaffTableModel::StatusColumn).data().toString() == u"Inactive"_s);
    CHECK_FALSE(model.index(row, 0).data(StaffTableModel::ActiveRole).toBool());
    CHECK(model.rowOf(u"nobody"_s) == -1);
}

TEST_CASE("the staff search ignores case and accents and matches numbers", "[app][staff]")
{
    test::StaffFixture fixture;
    StaffTableModel model;
    StaffFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.setStaff(fixture.store().list().value());

    proxy.setSearchText(u"ZUKAUSKAITE"_s);
    REQUIRE(proxy.rowCount() == 1);
    CHECK(proxy.index(0, 0).data(StaffTableModel::EmployeeNoRole).toString() == u"A002"_s);
    proxy.setSearchText(u"gomez ana"_s);
    REQUIRE(proxy.rowCount() == 1);
    CHECK(proxy.index(0, 0).data(StaffTableModel::EmployeeNoRole).toString() == u"M002"_s);
    proxy.setSearchText(u"q001"_s);
    CHECK(proxy.rowCount() == 1);
    proxy.setSearchText(u"nobody at all"_s);
    CHECK(proxy.rowCount() == 0);
    proxy.setSearchText({});
    proxy.setRoleName(u"manager"_s);
    CHECK(proxy.rowCount() == 2);
    proxy.setSite(u"Remote"_s);
    CHECK(proxy.rowCount() == 0);
}

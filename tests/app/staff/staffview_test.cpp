#include "app/staff/pindialog.h"
#include "app/staff/staffdialog.h"
#include "app/staff/staffview.h"
#include "app/staff/stafftablemodel.h"

#include "stafffixture.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>

using namespace tenet;
using namespace tenet::app;

namespace {

struct ShownView
{
    test::StaffFixture fixture;
    StaffView view;
    QTableView *table = test::child<QTableView>(view, u"staffTable"_s);

    explicit ShownView(const QString &signedIn = u"M001"_s)
        : fixture(signedIn), view(fixture.session)
    {
        view.resize(1000, 560);
        view.show();
        QApplication::setActiveWindow(&view);
        REQUIRE(QTest::qWaitForWindowActive(&view));
    }

    QStringList shownNumbers() const
    {
        QStringList numbers;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            numbers.append(
                table->model()->index(row, 0).data(StaffTableModel::EmployeeNoRole).toString());
        return numbers;
    }

    void chooseFilter(const QString &comboName, const QString &text)
    {
        auto *combo = test::child<QComboBox>(view, comboName);
        const int index = combo->findText(text);
        REQUIRE(index >= 0);
        combo->setCurrentIndex(index);
    }
};

} // namespace

TEST_CASE("filtering the staff view by team and role narrows the rows", "[app][staff]")
{
    ShownView shown;
    CHECK(shown.shownNumbers().size() == 7);

    shown.chooseFilter(u"staffTeamFilter"_s, u"Kaunas"_s);
    CHECK(shown.shownNumbers() == QStringList{u"A002"_s, u"A003"_s});
    shown.chooseFilter(u"staffStatusFilter"_s, u"Inactive"_s);
    CHECK(shown.shownNumbers() == QStringList{u"A003"_s});

    shown.chooseFilter(u"staffTeamFilter"_s, u"All teams"_s);
    shown.chooseFilter(u"staffStatusFilter"_s, u"Active and inactive"_s);
    shown.chooseFilter(u"staffRoleFilter"_s, u"Manager"_s);
    CHECK(shown.shownNumbers() == QStringList{u"M001"_s, u"M002"_s});
    CHECK(test::child<QLabel>(shown.view, u"staffCountLabel"_s)->text() == u"2 of 7 people"_s);

    shown.chooseFilter(u"staffRoleFilter"_s, u"All roles"_s);
    shown.chooseFilter(u"staffSiteFilter"_s, u"Remote"_s);
    CHECK(shown.shownNumbers() == QStringList{u"Q001"_s});
}

TEST_CASE("the staff search field finds a name without its accents", "[app][staff]")
{
    ShownView shown;
    QTest::keyClick(&shown.view, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    auto *search = test::child<QLineEdit>(shown.view, u"staffSearchEdit"_s);
    CHECK(search->hasFocus());
    QTest::keyClicks(search, u"zukausk"_s);
    CHECK(shown.shownNumbers() == QStringList{u"A002"_s});
}

TEST_CASE("a manager adds a person through the dialog and they are in the store",
          "[app][staff]")
{
    ShownView shown;
    QSignalSpy changed(&shown.view, &StaffView::staffChanged);
    QTest::keyClick(&shown.view, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = shown.view.findChild<StaffDialog *>();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    QTest::keyClicks(test::child<QLineEdit>(*dialog, u"numberEdit"_s), u"A100"_s);
    QTest::keyClicks(test::child<QLineEdit>(*dialog, u"nameEdit"_s), u"Jurgis Kairys"_s);
    QTest::keyClicks(test::child<QLineEdit>(*dialog, u"emailEdit"_s), u"jurgis@example.com"_s);
    auto *team = test::child<QComboBox>(*dialog, u"teamCombo"_s);
    team->lineEdit()->clear();
    QTest::keyClicks(team, u"Kaunas"_s);
    test::clickButton(test::child<QDialogButtonBox>(*dialog, u"buttons"_s), QDialogButtonBox::Ok);

    const auto added = shown.fixture.store().find(u"A100"_s);
    REQUIRE(added.ok());
    CHECK(added->fullName == u"Jurgis Kairys"_s);
    CHECK(added->email == u"jurgis@example.com"_s);
    CHECK(added->team == u"Kaunas"_s);
    CHECK(added->active);
    CHECK(changed.count() == 1);
    CHECK(shown.shownNumbers().contains(u"A100"_s));
    CHECK(shown.view.selectedEmployeeNo() == u"A100"_s);
}

TEST_CASE("editing a person changes their entry and keeps the number", "[app][staff]")
{
    ShownView shown;
    shown.view.selectEmployee(u"A001"_s);
    REQUIRE(shown.view.editAction()->isEnabled());
    shown.view.editAction()->trigger();
    auto *dialog = shown.view.findChild<StaffDialog *>();
    REQUIRE(dialog);
    auto *name = test::child<QLineEdit>(*dialog, u"nameEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Lina Jonaite"_s);
    test::clickButton(test::child<QDialogButtonBox>(*dialog, u"buttons"_s), QDialogButtonBox::Ok);
    CHECK(shown.fixture.store().find(u"A001"_s)->fullName == u"Lina Jonaite"_s);
    CHECK(shown.fixture.store().find(u"A001"_s)->team == u"Vilnius"_s);
}

TEST_CASE("deactivating a person marks them inactive so they cannot sign in", "[app][staff]")
{
    ShownView shown;
    QStringList asked;
    shown.view.setConfirmer([&](const QString &, const QString &question) {
        asked.append(question);
        return true;
    });
    shown.view.selectEmployee(u"A001"_s);
    REQUIRE(shown.view.deactivateAction()->isEnabled());
    QTest::keyClick(shown.table, Qt::Key_Delete, Qt::ControlModifier);

    // The question names the person before anything is written.
    REQUIRE(asked.size() == 1);
    const domain::StaffMember a001 = *shown.fixture.store().find(u"A001"_s);
    CHECK(asked[0].contains(a001.fullName));
    CHECK(asked[0].contains(u"A001"_s));
    CHECK_FALSE(a001.active);
    CHECK_FALSE(shown.fixture.store().checkSecret(u"A001"_s, u"1234"_s).value());
    CHECK_FALSE(shown.view.deactivateAction()->isEnabled());
    CHECK(shown.view.deactivateAction()->toolTip().contains(u"already inactive"_s));
}

TEST_CASE("declining the question leaves the person active", "[app][staff]")
{
    ShownView shown;
    int asked = 0;
    shown.view.setConfirmer([&](const QString &, const QString &) {
        ++asked;
        return false;
    });
    QSignalSpy changed(&shown.view, &StaffView::staffChanged);
    shown.view.selectEmployee(u"A001"_s);
    QTest::keyClick(shown.table, Qt::Key_Delete, Qt::ControlModifier);

    CHECK(asked == 1);
    CHECK(shown.fixture.store().find(u"A001"_s)->active);
    CHECK(shown.fixture.store().checkSecret(u"A001"_s, u"1234"_s).value());
    CHECK(changed.isEmpty());
    CHECK(shown.view.deactivateAction()->isEnabled());
}

TEST_CASE("the deactivation question is a message box whose default answer is No",
          "[app][staff]")
{
    ShownView shown;
    shown.view.selectEmployee(u"A001"_s);
    // Answered by pressing Enter on whatever box appears: the default button decides.
    QString title;
    QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
    QTimer::singleShot(0, &shown.view, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        title = box->windowTitle();
        defaultButton = box->standardButton(box->defaultButton());
        QTest::keyClick(box, Qt::Key_Return);
    });
    shown.view.deactivateAction()->trigger();

    CHECK(title.contains(shown.fixture.store().find(u"A001"_s)->fullName));
    CHECK(defaultButton == QMessageBox::No);
    CHECK(shown.fixture.store().find(u"A001"_s)->active);
}

TEST_CASE("a manager cannot deactivate themselves", "[app][staff]")
{
    ShownView shown;
    shown.view.selectEmployee(u"M001"_s);
    CHECK_FALSE(shown.view.deactivateAction()->isEnabled());
    CHECK(shown.view.deactivateAction()->toolTip() == u"You cannot deactivate yourself."_s);
}

TEST_CASE("resetting a PIN lets the person sign in with the new one", "[app][staff]")
{
    ShownView shown;
    shown.view.selectEmployee(u"S001"_s);
    shown.view.resetPinAction()->trigger();
    auto *dialog = shown.view.findChild<PinDialog *>();
    REQUIRE(dialog);
    QTest::keyClicks(test::child<QLineEdit>(*dialog, u"pinEdit"_s), u"9876"_s);
    QTest::keyClicks(test::child<QLineEdit>(*dialog, u"repeatEdit"_s), u"9876"_s);
    test::clickButton(test::child<QDialogButtonBox>(*dialog, u"buttons"_s), QDialogButtonBox::Ok);

    CHECK(shown.fixture.store().checkSecret(u"S001"_s, u"9876"_s).value());
    CHECK_FALSE(shown.fixture.store().checkSecret(u"S001"_s, u"1234"_s).value());
}

TEST_CASE("someone who is not a manager sees the roster read-only, and why", "[app][staff]")
{
    ShownView shown(u"S001"_s);
    shown.view.selectEmployee(u"A001"_s);
    CHECK(shown.shownNumbers().size() == 7);
    for (QAction *action : {shown.view.addAction(), shown.view.editAction(),
                            shown.view.deactivateAction(), shown.view.resetPinAction(),
                            shown.view.importAction()}) {
        CHECK_FALSE(action->isEnabled());
        CHECK(action->toolTip().contains(u"Only a manager can change the roster"_s));
    }
    CHECK(test::child<QLabel>(shown.view, u"staffMessageLabel"_s)->text().startsWith(u"Read only."_s));

    // Signing in as a manager turns the actions on.
    shown.fixture.session.signIn(shown.fixture.store().find(u"M002"_s).value());
    CHECK(shown.view.addAction()->isEnabled());
    CHECK(shown.view.editAction()->isEnabled());
    CHECK_FALSE(test::child<QLabel>(shown.view, u"staffMessageLabel"_s)->isVisible());
}

TEST_CASE("nobody signed in cannot change the roster", "[app][staff]")
{
    ShownView shown(QString{});
    CHECK_FALSE(shown.view.addAction()->isEnabled());
    CHECK(shown.view.addAction()->toolTip() == u"Sign in as a manager to change the roster."_s);
}

TEST_CASE("the staff view renders cleanly", "[app][staff][.screenshot]")
{
    ShownView shown;
    shown.view.selectEmployee(u"A002"_s);
    const QString out = qEnvironmentVariable("TENET_STAFF_PNG", QDir::tempPath() + u"/staffview.png"_s);
    CHECK(shown.view.grab().save(out));

    shown.view.editAction()->trigger();
    auto *dialog = shown.view.findChild<StaffDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->grab().save(QDir::tempPath() + u"/staffdialog.png"_s));
}

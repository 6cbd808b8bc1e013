#include "startupfixture.h"

#include "app/session/session.h"
#include "app/startup/signindialog.h"
#include "app/startup/signinstaffmodel.h"
#include "storage/staffstore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCursor>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace tenet;
using namespace tenet::domain;
using app::SignInDialog;
using app::SignInStaffModel;

namespace {

struct SignIn
{
    test::TempDir dir;
    std::unique_ptr<storage::Database> db = test::openDemoCopy(dir.file(u"demo.db"_s));
    std::unique_ptr<SignInDialog> dialog;

    QLineEdit *search() const { return dialog->findChild<QLineEdit *>(u"searchEdit"_s); }
    QLineEdit *pin() const { return dialog->findChild<QLineEdit *>(u"pinEdit"_s); }
    QTreeView *list() const { return dialog->findChild<QTreeView *>(u"staffView"_s); }
    QPushButton *signInButton() const
    {
        return dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    }

    void open()
    {
        dialog = std::make_unique<SignInDialog>(*db);
        dialog->show();
        dialog->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(dialog.get()));
        REQUIRE(search());
        REQUIRE(pin());
        REQUIRE(list());
    }

    QString chosenNumber() const
    {
        const QModelIndex current = list()->currentIndex();
        if (!current.isValid())
            return {};
        return current.siblingAtColumn(SignInStaffModel::NumberColumn).data().toString();
    }

    // Presses the key in the PIN field and waits for the check it starts on a worker thread.
    bool submitPin(Qt::Key key = Qt::Key_Return) const
    {
        QSignalSpy checked(dialog.get(), &SignInDialog::secretChecked);
        QTest::keyClick(pin(), key);
        return checked.wait(10000);
    }

    void clickRow(int row) const
    {
        const QModelIndex index = list()->model()->index(row, 0);
        QTest::mouseClick(list()->viewport(), Qt::LeftButton, {},
                          list()->visualRect(index).center());
    }
};

} // namespace

TEST_CASE("typing a name without accents finds the person who has them", "[startup][signin]")
{
    SignIn s;
    s.open();
    QTest::keyClicks(s.search(), u"gomez"_s);
    CHECK(s.list()->model()->rowCount() == 1);
    CHECK(s.chosenNumber() == u"M002"_s);

    s.search()->clear();
    QTest::keyClicks(s.search(), u"KAZLAUSKIENE"_s);
    CHECK(s.chosenNumber() == u"T001"_s);

    // The employee number finds people too.
    s.search()->clear();
    QTest::keyClicks(s.search(), u"a00"_s);
    CHECK(s.list()->model()->rowCount() == 8);
}

TEST_CASE("signing in with a name fragment, a choice and the PIN returns the chosen person",
          "[startup][signin]")
{
    SignIn s;
    s.open();
    // "an" matches Ana Gómez and several others: the user chooses.
    QTest::keyClicks(s.search(), u"an"_s);
    REQUIRE(s.list()->model()->rowCount() >= 2);
    int anaRow = -1;
    for (int row = 0; row < s.list()->model()->rowCount(); ++row) {
        if (s.list()->model()->index(row, SignInStaffModel::NumberColumn).data() == u"M002"_s)
            anaRow = row;
    }
    REQUIRE(anaRow >= 0);
    s.clickRow(anaRow);
    CHECK(s.chosenNumber() == u"M002"_s);

    CHECK(s.pin()->isEnabled());
    QTest::keyClicks(s.pin(), u"1234"_s);
    REQUIRE(s.submitPin());
    CHECK(s.dialog->result() == QDialog::Accepted);
    CHECK_FALSE(s.dialog->isVisible());
    REQUIRE(s.dialog->member());
    CHECK(s.dialog->member()->employeeNo == u"M002"_s);
    CHECK(s.dialog->member()->fullName == u"Ana Gómez"_s);
    CHECK(s.dialog->member()->role == Role::Manager);
}

TEST_CASE("the keyboard alone is enough to sign in", "[startup][signin]")
{
    SignIn s;
    s.open();
    // Type, move down the matches with the arrow key, Enter to the PIN, PIN, Enter.
    CHECK(s.chosenNumber().isEmpty());
    QTest::keyClicks(s.search(), u"a00"_s);
    // Matches read in name order: Begoña, Eglė, Javier, Lucía, ...
    CHECK(s.chosenNumber() == u"A005"_s);
    QTest::keyClick(s.search(), Qt::Key_Down);
    QTest::keyClick(s.search(), Qt::Key_Down);
    QTest::keyClick(s.search(), Qt::Key_Down);
    CHECK(s.chosenNumber() == u"A003"_s);
    QTest::keyClick(s.search(), Qt::Key_Up);
    CHECK(s.chosenNumber() == u"A004"_s);
    QTest::keyClick(s.search(), Qt::Key_Down);
    CHECK(s.search()->hasFocus());
    QTest::keyClick(s.search(), Qt::Key_Return);
    CHECK(s.dialog->isVisible());
    CHECK(s.pin()->hasFocus());
    CHECK(s.dialog->message().isEmpty());
    QTest::keyClicks(s.pin(), u"1234"_s);
    REQUIRE(s.submitPin(Qt::Key_Enter));
    CHECK(s.dialog->result() == QDialog::Accepted);
    REQUIRE(s.dialog->member());
    CHECK(s.dialog->member()->fullName == u"Lucía Fernández"_s);
}

TEST_CASE("a wrong PIN keeps the dialog open, clears the PIN and says so", "[startup][signin]")
{
    SignIn s;
    s.open();
    QTest::keyClicks(s.search(), u"ruiz"_s);
    REQUIRE(s.chosenNumber() == u"M001"_s);
    QTest::keyClicks(s.pin(), u"9999"_s);
    REQUIRE(s.submitPin());
    CHECK(s.dialog->isVisible());
    CHECK(s.dialog->result() != QDialog::Accepted);
    CHECK_FALSE(s.dialog->member());
    CHECK(s.pin()->text().isEmpty());
    CHECK(s.pin()->hasFocus());
    CHECK(s.dialog->message().contains(u"not right"_s));
    CHECK(s.dialog->message().contains(u"Marta Ruiz"_s));

    // Typing again clears the message, and the right PIN then works.
    QTest::keyClicks(s.pin(), u"1234"_s);
    CHECK(s.dialog->message().isEmpty());
    REQUIRE(s.submitPin());
    REQUIRE(s.dialog->member());
    CHECK(s.dialog->member()->employeeNo == u"M001"_s);
}

TEST_CASE("while the PIN is checked the dialog is busy and takes no input", "[startup][signin]")
{
    SignIn s;
    s.open();
    QTest::keyClicks(s.search(), u"ruiz"_s);
    REQUIRE(s.chosenNumber() == u"M001"_s);
    QTest::keyClicks(s.pin(), u"1234"_s);
    QSignalSpy checked(s.dialog.get(), &SignInDialog::secretChecked);
    QTest::keyClick(s.pin(), Qt::Key_Return);
    // The check runs on a worker thread: control is back before it answers.
    CHECK(checked.isEmpty());
    CHECK(s.dialog->isChecking());
    CHECK_FALSE(s.pin()->isEnabled());
    CHECK_FALSE(s.signInButton()->isEnabled());
    REQUIRE(QGuiApplication::overrideCursor());
    CHECK(QGuiApplication::overrideCursor()->shape() == Qt::WaitCursor);
    s.dialog->accept(); // a second Enter starts no second check

    REQUIRE(checked.wait(10000));
    CHECK(checked.size() == 1);
    CHECK(checked.at(0).at(0).toBool());
    CHECK_FALSE(s.dialog->isChecking());
    CHECK_FALSE(QGuiApplication::overrideCursor());
    CHECK(s.dialog->result() == QDialog::Accepted);
}

TEST_CASE("someone without a PIN is told to ask a manager", "[startup][signin]")
{
    SignIn s;
    StaffMember newcomer;
    newcomer.employeeNo = u"A020"_s;
    newcomer.fullName = u"Nerea Etxeberria"_s;
    REQUIRE(storage::StaffStore(*s.db).add(newcomer, {}, Actor {u"M001"_s, Role::Manager}));
    s.open();
    QTest::keyClicks(s.search(), u"nerea"_s);
    REQUIRE(s.chosenNumber() == u"A020"_s);
    CHECK(s.dialog->message().contains(u"ask a manager to set your PIN"_s));
    CHECK_FALSE(s.pin()->isEnabled());
    CHECK_FALSE(s.signInButton()->isEnabled());
    QTest::keyClick(s.search(), Qt::Key_Return);
    CHECK(s.dialog->isVisible());
    CHECK_FALSE(s.dialog->member());

    // Choosing someone else makes signing in possible again.
    s.search()->clear();
    QTest::keyClicks(s.search(), u"petraitis"_s);
    CHECK(s.dialog->message().isEmpty());
    CHECK(s.pin()->isEnabled());
}

TEST_CASE("people who have left are not offered", "[startup][signin]")
{
    SignIn s;
    s.open();
    QTest::keyClicks(s.search(), u"Daniel Price"_s);
    CHECK(s.list()->model()->rowCount() == 0);
    CHECK(s.dialog->message().contains(u"Nobody"_s));
    CHECK_FALSE(s.signInButton()->isEnabled());
}

TEST_CASE("nobody is chosen before the user types", "[startup][signin]")
{
    SignIn s;
    s.open();
    CHECK(s.list()->model()->rowCount() == 14);
    CHECK(s.chosenNumber().isEmpty());
    CHECK_FALSE(s.signInButton()->isEnabled());
    CHECK(s.dialog->message().isEmpty());
    QTest::keyClick(s.search(), Qt::Key_Return);
    CHECK(s.dialog->isVisible());
    CHECK_FALSE(s.dialog->member());
}

TEST_CASE("Esc cancels signing in", "[startup][signin]")
{
    SignIn s;
    s.open();
    QTest::keyClicks(s.search(), u"ruiz"_s);
    QTest::keyClicks(s.pin(), u"1234"_s);
    QTest::keyClick(s.pin(), Qt::Key_Escape);
    CHECK_FALSE(s.dialog->isVisible());
    CHECK(s.dialog->result() == QDialog::Rejected);
    CHECK_FALSE(s.dialog->member());
}

TEST_CASE("the person signed in before is chosen again", "[startup][signin]")
{
    SignIn s;
    s.open();
    s.dialog->preselect(u"Q001"_s);
    CHECK(s.chosenNumber() == u"Q001"_s);
    CHECK(s.pin()->hasFocus());
}

TEST_CASE("every control of the sign-in dialog has an accessible name", "[startup][signin]")
{
    SignIn s;
    s.open();
    const QList<QWidget *> widgets = s.dialog->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        // The list's header is part of the list, which has the name.
        const bool control = qobject_cast<QLineEdit *>(widget) || qobject_cast<QTreeView *>(widget)
            || qobject_cast<QPushButton *>(widget);
        if (!control)
            continue;
        INFO(widget->metaObject()->className() << " " << widget->objectName().toStdString());
        CHECK_FALSE(widget->accessibleName().isEmpty());
        ++checked;
    }
    CHECK(checked >= 5);
    CHECK(s.pin()->echoMode() == QLineEdit::Password);
}

TEST_CASE("signing in through the session records who is signed in", "[startup][signin]")
{
    test::TempDir dir;
    app::Session session;
    CHECK_FALSE(SignInDialog::signIn(session)); // no database: nothing to sign in to
    session.setDatabase(test::openDemoCopy(dir.file(u"demo.db"_s)));

    // The dialog is modal: answer it once it shows.
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<SignInDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *search = dialog->findChild<QLineEdit *>(u"searchEdit"_s);
        auto *pin = dialog->findChild<QLineEdit *>(u"pinEdit"_s);
        QTest::keyClicks(search, u"jonas"_s);
        QTest::keyClicks(pin, u"1234"_s);
        QTest::keyClick(pin, Qt::Key_Return);
    });
    CHECK(SignInDialog::signIn(session));
    REQUIRE(session.user());
    CHECK(session.user()->employeeNo == u"S001"_s);
    CHECK(session.actor().role == Role::Supervisor);
}

TEST_CASE("the staff model passes the item model checks while filtering", "[startup][signin]")
{
    SignInStaffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto person = [](const QString &no, const QString &name, Role role) {
        StaffMember member;
        member.employeeNo = no;
        member.fullName = name;
        member.role = role;
        return member;
    };
    const StaffMember ana = person(u"M002"_s, u"Ana Gómez"_s, Role::Manager);
    const StaffMember ruta = person(u"T001"_s, u"Rūta Kazlauskienė"_s, Role::Trainer);
    StaffMember gone = person(u"A009"_s, u"Daniel Price"_s, Role::Agent);
    gone.active = false;
    model.setStaff({ana, ruta, gone});
    CHECK(model.rowCount() == 2);
    CHECK(model.columnCount() == SignInStaffModel::ColumnCount);
    CHECK(model.index(0, SignInStaffModel::NameColumn).data() == u"Ana Gómez"_s);
    CHECK(model.index(1, SignInStaffModel::RoleColumn).data() == u"Trainer"_s);
    CHECK(model.headerData(SignInStaffModel::NumberColumn, Qt::Horizontal) == u"Employee no."_s);

    model.setFilter(u"ruta kaz"_s);
    CHECK(model.rowCount() == 1);
    CHECK(model.member(0).employeeNo == u"T001"_s);
    model.setFilter(u"nobody"_s);
    CHECK(model.rowCount() == 0);
    model.setFilter({});
    CHECK(model.rowCount() == 2);
    CHECK(model.rowOf(u"T001"_s) == 1);
    CHECK(model.rowOf(u"A009"_s) == -1);
}

TEST_CASE("folding for search drops accents and case", "[startup][signin]")
{
    CHECK(SignInStaffModel::folded(u"Rūta Kazlauskienė"_s) == u"ruta kazlauskiene"_s);
    CHECK(SignInStaffModel::folded(u"GÓMEZ"_s) == u"gomez"_s);
    CHECK(SignInStaffModel::folded(u"Mantas Žukauskas"_s) == u"mantas zukauskas"_s);
    CHECK(SignInStaffModel::folded(u"Begoña Ibáñez"_s) == u"begona ibanez"_s);
    CHECK(SignInStaffModel::folded(u"Siobhán O'Connor"_s) == u"siobhan o'connor"_s);
}

#include "app/staff/pindialog.h"
#include "app/staff/staffdialog.h"

#include "stafffixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>

using namespace tenet;
using namespace tenet::app;

TEST_CASE("the staff dialog refuses a bad e-mail address and says why", "[app][staff]")
{
    int saves = 0;
    StaffDialog dialog([&](const domain::StaffMember &) {
        ++saves;
        return domain::Status();
    });
    dialog.show();
    QTest::keyClicks(test::child<QLineEdit>(dialog, u"numberEdit"_s), u"A100"_s);
    QTest::keyClicks(test::child<QLineEdit>(dialog, u"nameEdit"_s), u"Jurgis Kairys"_s);
    QTest::keyClicks(test::child<QLineEdit>(dialog, u"emailEdit"_s), u"jurgis.example.com"_s);
    test::clickButton(test::child<QDialogButtonBox>(dialog, u"buttons"_s), QDialogButtonBox::Ok);

    CHECK(saves == 0);
    CHECK(dialog.isVisible());
    auto *error = test::child<QLabel>(dialog, u"errorLabel"_s);
    CHECK(error->isVisibleTo(&dialog));
    CHECK(error->text().contains(u"\"jurgis.example.com\" is not an e-mail address"_s));

    QLineEdit *email = test::child<QLineEdit>(dialog, u"emailEdit"_s);
    email->clear();
    QTest::keyClicks(email, u"jurgis@example.com"_s);
    test::clickButton(test::child<QDialogButtonBox>(dialog, u"buttons"_s), QDialogButtonBox::Ok);
    CHECK(saves == 1);
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("the staff dialog keeps the employee number fixed when editing", "[app][staff]")
{
    domain::StaffMember saved;
    StaffDialog dialog([&](const domain::StaffMember &member) {
        saved = member;
        return domain::Status();
    });
    domain::StaffMember member;
    member.employeeNo = u"A001"_s;
    member.fullName = u"Lina Kazlauskienė"_s;
    member.team = u"Vilnius"_s;
    member.role = domain::Role::Agent;
    member.startDate = QDate(2025, 1, 6);
    dialog.setChoices({u"Kaunas"_s, u"Vilnius"_s}, {});
    dialog.setMember(member);
    dialog.show();

    CHECK(test::child<QLineEdit>(dialog, u"numberEdit"_s)->isReadOnly());
    CHECK(test::child<QComboBox>(dialog, u"teamCombo"_s)->currentText() == u"Vilnius"_s);
    CHECK(dialog.member() == member);
    QTest::keyClicks(test::child<QLineEdit>(dialog, u"numberEdit"_s), u"9"_s);
    test::child<QCheckBox>(dialog, u"activeCheck"_s)->setChecked(false);
    test::clickButton(test::child<QDialogButtonBox>(dialog, u"buttons"_s), QDialogButtonBox::Ok);
    CHECK(saved.employeeNo == u"A001"_s);
    CHECK_FALSE(saved.active);
    CHECK(saved.startDate == QDate(2025, 1, 6));
}

TEST_CASE("the staff dialog stays open and shows the store's refusal", "[app][staff]")
{
    StaffDialog dialog([](const domain::StaffMember &) -> domain::Status {
        return domain::Error::refused(u"employee number A001 is taken"_s);
    });
    dialog.show();
    QTest::keyClicks(test::child<QLineEdit>(dialog, u"numberEdit"_s), u"A001"_s);
    QTest::keyClicks(test::child<QLineEdit>(dialog, u"nameEdit"_s), u"Someone Else"_s);
    test::clickButton(test::child<QDialogButtonBox>(dialog, u"buttons"_s), QDialogButtonBox::Ok);
    CHECK(dialog.isVisible());
    CHECK(test::child<QLabel>(dialog, u"errorLabel"_s)->text() == u"employee number A001 is taken"_s);
}

TEST_CASE("the PIN dialog needs the same PIN twice and at least four characters", "[app][staff]")
{
    QStringList saved;
    PinDialog dialog(u"Lina"_s, [&](const QString &pin) {
        saved.append(pin);
        return domain::Status();
    });
    dialog.show();
    auto *pin = test::child<QLineEdit>(dialog, u"pinEdit"_s);
    auto *repeat = test::child<QLineEdit>(dialog, u"repeatEdit"_s);
    auto *buttons = test::child<QDialogButtonBox>(dialog, u"buttons"_s);
    auto *error = test::child<QLabel>(dialog, u"errorLabel"_s);

    QTest::keyClicks(pin, u"123"_s);
    QTest::keyClicks(repeat, u"123"_s);
    test::clickButton(buttons, QDialogButtonBox::Ok);
    CHECK(error->text().contains(u"at least 4"_s));

    QTest::keyClicks(pin, u"4"_s);
    QTest::keyClicks(repeat, u"5"_s);
    test::clickButton(buttons, QDialogButtonBox::Ok);
    CHECK(error->text().contains(u"differ"_s));
    CHECK(saved.isEmpty());

    repeat->clear();
    QTest::keyClicks(repeat, u"1234"_s);
    test::clickButton(buttons, QDialogButtonBox::Ok);
    CHECK(saved == QStringList{u"1234"_s});
    CHECK_FALSE(dialog.isVisible());
}

TEST_CASE("the staff dialog offers the three interface languages, each in its own words",
          "[app][staff]")
{
    domain::StaffMember saved;
    StaffDialog dialog([&](const domain::StaffMember &member) {
        saved = member;
        return domain::Status();
    });
    auto *language = test::child<QComboBox>(dialog, u"languageCombo"_s);
    QStringList names;
    for (int i = 0; i < language->count(); ++i)
        names << language->itemText(i);
    CHECK(names == QStringList{u"English"_s, u"Español"_s, u"Lietuvių"_s});
    CHECK(language->currentData().toString() == u"en"_s);

    dialog.show();
    QTest::keyClicks(test::child<QLineEdit>(dialog, u"numberEdit"_s), u"A100"_s);
    QTest::keyClicks(test::child<QLineEdit>(dialog, u"nameEdit"_s), u"Jurgis Kairys"_s);
    language->setCurrentIndex(language->findData(u"lt"_s));
    test::clickButton(test::child<QDialogButtonBox>(dialog, u"buttons"_s), QDialogButtonBox::Ok);
    CHECK(saved.language == u"lt"_s);
}

TEST_CASE("the staff dialog keeps a language Tenet does not speak", "[app][staff]")
{
    StaffDialog dialog([](const domain::StaffMember &) { return domain::Status(); });
    domain::StaffMember member;
    member.employeeNo = u"A001"_s;
    member.fullName = u"Lina Kazlauskienė"_s;
    member.language = u"de"_s;
    dialog.setMember(member);
    CHECK(test::child<QComboBox>(dialog, u"languageCombo"_s)->currentText() == u"de"_s);
    CHECK(dialog.member().language == u"de"_s);
}

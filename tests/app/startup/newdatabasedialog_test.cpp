#include "support/tempdir.h"

#include "app/startup/newdatabasedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace tenet;
using app::NewDatabaseDialog;

namespace {

template<typename T> T *child(const QDialog &dialog, const QString &name)
{
    T *widget = dialog.findChild<T *>(name);
    REQUIRE(widget);
    return widget;
}

// Clicks the round or square mark of a radio button or check box, as a user aims.
void clickMark(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

} // namespace

TEST_CASE("a new database starts with the demonstration organisation unless told otherwise",
          "[startup][newdatabase]")
{
    NewDatabaseDialog dialog(u"/tmp/example.db"_s);
    CHECK(child<QLabel>(dialog, u"fileLabel"_s)->text().contains(u"example.db"_s));
    CHECK(child<QLabel>(dialog, u"demoLabel"_s)->text().contains(u"1234"_s));
    CHECK_FALSE(dialog.organisation().has_value());
    CHECK(dialog.problem().isEmpty());
    CHECK(
        child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok)->isEnabled());
    CHECK_FALSE(child<QWidget>(dialog, u"ownForm"_s)->isEnabled());
}

TEST_CASE("one's own organisation needs a name, a first manager and a PIN typed twice",
          "[startup][newdatabase]")
{
    NewDatabaseDialog dialog(u"/tmp/acme.db"_s);
    dialog.show();
    QPushButton *create
        = child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    clickMark(child<QRadioButton>(dialog, u"ownRadio"_s));
    CHECK(child<QWidget>(dialog, u"ownForm"_s)->isEnabled());
    CHECK_FALSE(create->isEnabled());
    CHECK(dialog.problem().contains(u"organisation's name"_s));

    QTest::keyClicks(child<QLineEdit>(dialog, u"organisationEdit"_s), u"Acme Help Desk"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"managerNoEdit"_s), u" E100 "_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"managerNameEdit"_s), u"Dalia Simkute"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"pinEdit"_s), u"12"_s);
    CHECK(dialog.problem().contains(u"at least 4"_s));
    QTest::keyClicks(child<QLineEdit>(dialog, u"pinEdit"_s), u"34"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"repeatEdit"_s), u"1243"_s);
    CHECK(dialog.problem().contains(u"Repeat"_s));
    CHECK(child<QLabel>(dialog, u"problemLabel"_s)->text() == dialog.problem());
    CHECK_FALSE(create->isEnabled());

    child<QLineEdit>(dialog, u"repeatEdit"_s)->clear();
    QTest::keyClicks(child<QLineEdit>(dialog, u"repeatEdit"_s), u"1234"_s);
    CHECK(dialog.problem().isEmpty());
    CHECK(create->isEnabled());
    clickMark(child<QCheckBox>(dialog, u"starterCheck"_s));

    const auto organisation = dialog.organisation();
    REQUIRE(organisation);
    CHECK(organisation->name == u"Acme Help Desk"_s);
    CHECK(organisation->managerNo == u"E100"_s);
    CHECK(organisation->managerName == u"Dalia Simkute"_s);
    CHECK(organisation->managerPin == u"1234"_s);
    CHECK_FALSE(organisation->starterDraft);
}

TEST_CASE("every control of the new-database dialog has an accessible name",
          "[startup][newdatabase]")
{
    NewDatabaseDialog dialog(u"/tmp/acme.db"_s);
    const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        if (!qobject_cast<QLineEdit *>(widget) && !qobject_cast<QAbstractButton *>(widget))
            continue;
        INFO(widget->objectName().toStdString());
        CHECK_FALSE(widget->accessibleName().isEmpty());
        ++checked;
    }
    CHECK(checked >= 9);
}

TEST_CASE("a new database offers the code's and the demonstration's language, the interface's "
          "first",
          "[startup][newdatabase]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    NewDatabaseDialog dialog(u"/tmp/acme.db"_s);
    QLocale::setDefault(before);
    auto *codeLanguage = child<QComboBox>(dialog, u"codeLanguageCombo"_s);
    auto *demoLanguage = child<QComboBox>(dialog, u"demoLanguageCombo"_s);
    CHECK(codeLanguage->itemText(0) == u"English"_s);
    CHECK(codeLanguage->findData(u"en"_s) == 0);
    CHECK(demoLanguage->count() >= 1);
    // Spanish when this build carries it: the interface's language.
    const QString expected = codeLanguage->findData(u"es"_s) >= 0 ? u"es"_s : u"en"_s;
    CHECK(codeLanguage->currentData().toString() == expected);
    CHECK(dialog.demoLanguage() == (demoLanguage->findData(u"es"_s) >= 0 ? u"es"_s : u"en"_s));
    if (dialog.demoLanguage() == u"es"_s)
        CHECK(child<QLabel>(dialog, u"demoLabel"_s)->text().contains(u"Sevilla"_s));

    dialog.show();
    clickMark(child<QRadioButton>(dialog, u"ownRadio"_s));
    QTest::keyClicks(child<QLineEdit>(dialog, u"organisationEdit"_s), u"Acme"_s);
    codeLanguage->setCurrentIndex(0);
    const auto organisation = dialog.organisation();
    REQUIRE(organisation);
    CHECK(organisation->language == u"en"_s);
}

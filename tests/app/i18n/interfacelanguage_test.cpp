#include "languagefixture.h"

#include "app/i18n/languageoption.h"
#include "app/session/session.h"
#include "domain/staffmember.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

using namespace tenet;
using app::InterfaceLanguage;

namespace {

domain::StaffMember personSpeaking(const QString &language)
{
    domain::StaffMember member;
    member.employeeNo = u"A042"_s;
    member.fullName = u"Eglė Jankauskaitė"_s;
    member.language = language;
    return member;
}

// Counts the QEvent::LanguageChange events a window receives.
class ListeningWidget : public QWidget
{
public:
    int changes = 0;

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++changes;
        QWidget::changeEvent(event);
    }
};

QString qtText(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

} // namespace

TEST_CASE("the system's first preferred language that Tenet speaks is the default, else English",
          "[i18n]")
{
    CHECK(InterfaceLanguage::preferredOf({u"lt-LT"_s, u"en-US"_s}) == u"lt"_s);
    CHECK(InterfaceLanguage::preferredOf({u"de-DE"_s, u"es-MX"_s, u"en"_s}) == u"es"_s);
    CHECK(InterfaceLanguage::preferredOf({u"de-DE"_s, u"fr"_s}) == u"en"_s);
    CHECK(InterfaceLanguage::preferredOf({}) == u"en"_s);
    CHECK(InterfaceLanguage::isOffered(InterfaceLanguage::systemLanguage()));
}

TEST_CASE("the languages are offered in their own names", "[i18n]")
{
    QStringList names;
    for (const InterfaceLanguage::Offered &offered : InterfaceLanguage::offered())
        names << offered.code + u' ' + offered.name;
    CHECK(names == QStringList {u"en English"_s, u"es Español"_s, u"lt Lietuvių"_s});
}

TEST_CASE("without a choice Tenet starts in the system's language", "[i18n]")
{
    test::LanguageFixture f;
    CHECK(f.language->remembered().isEmpty());
    CHECK(f.language->startLanguage() == InterfaceLanguage::systemLanguage());
    CHECK(f.language->start());
    CHECK(f.language->current() == InterfaceLanguage::systemLanguage());
    CHECK_FALSE(f.language->isHeld());
}

TEST_CASE("a chosen language is installed at once and remembered for the next start", "[i18n]")
{
    test::LanguageFixture f;
    REQUIRE(f.language->choose(u"lt"_s));
    CHECK(f.language->current() == u"lt"_s);
    CHECK(QLocale().language() == QLocale::Lithuanian);

    const auto nextSettings = f.newSettings();
    InterfaceLanguage nextStart(*nextSettings);
    CHECK(nextStart.remembered() == u"lt"_s);
    CHECK(nextStart.startLanguage() == u"lt"_s);
}

TEST_CASE("Spanish translates Qt's own buttons and formats numbers with a decimal comma", "[i18n]")
{
    test::LanguageFixture f;
    REQUIRE(f.language->choose(u"es"_s));
    // From Qt's qtbase_es.qm (Debian's qt6-translations-l10n), or Tenet's own wording of it.
    CHECK(qtText("QPlatformTheme", "Cancel") == u"Cancelar"_s);
    CHECK(QLocale().toString(85.5, 'f', 1) == u"85,5"_s);

    REQUIRE(f.language->choose(u"en"_s));
    CHECK(qtText("QPlatformTheme", "Cancel") == u"Cancel"_s);
    CHECK(QLocale().toString(85.5, 'f', 1) == u"85.5"_s);
    CHECK(f.language->remembered() == u"en"_s);
}

TEST_CASE("Lithuanian loads Qt's Lithuanian dialogs, though Debian has only Qt 4's", "[i18n]")
{
    test::LanguageFixture f;
    REQUIRE(f.language->choose(u"lt"_s));
    // qt_lt.qm: the text menus and the message box details.
    CHECK(qtText("QLineEdit", "&Paste") == u"Į&dėti"_s);
    CHECK(qtText("QMessageBox", "Show Details...") == u"Išsamiau…"_s);
}

TEST_CASE("a language Tenet does not speak is refused and nothing changes", "[i18n]")
{
    test::LanguageFixture f;
    REQUIRE(f.language->choose(u"es"_s));
    CHECK_FALSE(f.language->choose(u"de"_s));
    CHECK(f.language->current() == u"es"_s);
    CHECK(f.language->remembered() == u"es"_s);

    // --lang de: the start goes on in the language it would have had.
    test::LanguageFixture other;
    CHECK_FALSE(other.language->start(u"de"_s));
    CHECK(other.language->current() == other.language->startLanguage());
    CHECK_FALSE(other.language->isHeld());
}

TEST_CASE("every window hears of a switch, so no restart is needed", "[i18n]")
{
    test::LanguageFixture f;
    ListeningWidget window;
    REQUIRE(f.language->choose(u"es"_s));
    QCoreApplication::sendPostedEvents();
    CHECK(window.changes >= 1);
    const int before = window.changes;
    REQUIRE(f.language->choose(u"en"_s));
    QCoreApplication::sendPostedEvents();
    CHECK(window.changes > before);
}

TEST_CASE("signing in switches to the person's roster language until they sign out", "[i18n]")
{
    test::LanguageFixture f;
    REQUIRE(f.language->choose(u"es"_s));
    app::Session session;
    f.language->followSignIns(session);

    session.signIn(personSpeaking(u"lt"_s));
    CHECK(f.language->current() == u"lt"_s);
    CHECK(QLocale().language() == QLocale::Lithuanian);
    // The shared computer's own language stays what it was for the next person.
    CHECK(f.language->remembered() == u"es"_s);

    session.signOut();
    CHECK(f.language->current() == u"es"_s);

    // A roster language Tenet does not speak leaves the computer's own.
    session.signIn(personSpeaking(u"de"_s));
    CHECK(f.language->current() == u"es"_s);
}

TEST_CASE("a language given with --lang holds for the run: signing in does not change it", "[i18n]")
{
    test::LanguageFixture f;
    REQUIRE(f.language->start(u"lt"_s));
    CHECK(f.language->isHeld());
    CHECK(f.language->current() == u"lt"_s);
    CHECK(f.language->remembered().isEmpty()); // not remembered for the next start

    app::Session session;
    f.language->followSignIns(session);
    session.signIn(personSpeaking(u"es"_s));
    CHECK(f.language->current() == u"lt"_s);
}

TEST_CASE("the language given with --lang is read before the parser is built", "[i18n]")
{
    using app::LanguageOption;
    CHECK(LanguageOption::peek({u"tenet"_s, u"--db"_s, u"x.db"_s, u"--lang"_s, u"ES"_s})
          == u"es"_s);
    CHECK(LanguageOption::peek({u"tenet"_s, u"--lang=lt"_s, u"--view"_s, u"reading"_s}) == u"lt"_s);
    CHECK(LanguageOption::peek({u"tenet"_s, u"code.db"_s}).isEmpty());
}

#include "interfacelanguage.h"

#include "app/session/session.h"

#include <spdlog/spdlog.h>

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace tenet::app {

namespace {

const QString settingsKey = u"interface/language"_s;
const QString english = u"en"_s;

// The locale that formats dates and numbers: the system's own when it is in the same
// language (an English user in Leeds keeps day-month dates, a Spanish one in Mexico keeps
// her currency), otherwise the language's main one.
QLocale localeFor(const QString &code)
{
    const QLocale language(code);
    const QLocale system = QLocale::system();
    return system.language() == language.language() ? QLocale(system.name()) : language;
}

// Qt's own messages: Debian's qt6-translations-l10n has qtbase_es.qm, but for Lithuanian
// only Qt 4's complete qt_lt.qm (file and print dialogs, text menus; the standard buttons of
// Qt 6 come from Tenet's own catalogue, see qtstandardtexts.cpp). Missing is not an error:
// those texts stay in English.
std::unique_ptr<QTranslator> loadQtCatalogue(const QString &code)
{
    const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto catalogue = std::make_unique<QTranslator>();
    for (const QString &name : {u"qtbase_"_s + code, u"qt_"_s + code}) {
        if (catalogue->load(name, folder))
            return catalogue;
    }
    spdlog::info("no Qt translation for {} in {}", code.toStdString(), folder.toStdString());
    return nullptr;
}

} // namespace

const QList<InterfaceLanguage::Offered> &InterfaceLanguage::offered()
{
    // Not translated: each is written as its own speakers write it.
    static const QList<Offered> languages {
        {english, u"English"_s},
        {u"es"_s, u"Español"_s},
        {u"lt"_s, u"Lietuvių"_s},
    };
    return languages;
}

bool InterfaceLanguage::isOffered(const QString &code)
{
    for (const Offered &language : offered()) {
        if (language.code == code)
            return true;
    }
    return false;
}

QString InterfaceLanguage::preferredOf(const QStringList &uiLanguages)
{
    for (const QString &tag : uiLanguages) {
        const QString code = tag.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (isOffered(code))
            return code;
    }
    return english;
}

QString InterfaceLanguage::systemLanguage()
{
    return preferredOf(QLocale::system().uiLanguages());
}

InterfaceLanguage::InterfaceLanguage(QSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_current(english)
{
}

InterfaceLanguage::~InterfaceLanguage()
{
    removeCatalogues();
}

QString InterfaceLanguage::remembered() const
{
    const QString code = m_settings.value(settingsKey).toString();
    return isOffered(code) ? code : QString();
}

QString InterfaceLanguage::startLanguage() const
{
    const QString chosen = remembered();
    return chosen.isEmpty() ? systemLanguage() : chosen;
}

bool InterfaceLanguage::start(const QString &commandLine)
{
    if (!commandLine.isEmpty() && switchTo(commandLine)) {
        holdForThisRun();
        return true;
    }
    // Even an English start sets the default locale: QLocale() then follows the language.
    const bool started = switchTo(startLanguage()) || switchTo(english);
    return started && commandLine.isEmpty();
}

bool InterfaceLanguage::choose(const QString &code)
{
    if (!switchTo(code))
        return false;
    m_settings.setValue(settingsKey, code);
    return true;
}

void InterfaceLanguage::followSignIns(Session &session)
{
    connect(&session, &Session::userChanged, this, [this, &session] { followPerson(session); });
}

void InterfaceLanguage::followPerson(Session &session)
{
    if (m_held)
        return;
    // A roster language Tenet does not speak falls back as if nobody were signed in.
    const auto &user = session.user();
    if (!user || !switchTo(user->language))
        switchTo(startLanguage());
}

bool InterfaceLanguage::switchTo(const QString &code)
{
    if (!isOffered(code))
        return false;
    if (code == m_current && QLocale() == localeFor(code))
        return true;

    // English has a catalogue too: its plural forms ("1 clause", "2 clauses").
    auto tenet = std::make_unique<QTranslator>();
    if (!tenet->load(u":/i18n/tenet_"_s + code)) {
        spdlog::error("the {} translation is missing from this build", code.toStdString());
        return false;
    }
    std::unique_ptr<QTranslator> qt;
    if (code != english)
        qt = loadQtCatalogue(code);

    removeCatalogues();
    // The catalogue installed last is asked first: Tenet's wording of a standard button wins
    // over Qt's.
    m_qtCatalogue = std::move(qt);
    m_tenetCatalogue = std::move(tenet);
    if (m_qtCatalogue)
        QCoreApplication::installTranslator(m_qtCatalogue.get());
    if (m_tenetCatalogue)
        QCoreApplication::installTranslator(m_tenetCatalogue.get());
    QLocale::setDefault(localeFor(code));
    m_current = code;

    // Installing tells the widgets only when a catalogue has messages; dates and numbers
    // change with the locale even when none has. The widgets get one posted event each.
    if (QCoreApplication *application = QCoreApplication::instance()) {
        QEvent changed(QEvent::LanguageChange);
        QCoreApplication::sendEvent(application, &changed);
    }
    emit changed(code);
    return true;
}

void InterfaceLanguage::removeCatalogues()
{
    if (m_tenetCatalogue)
        QCoreApplication::removeTranslator(m_tenetCatalogue.get());
    if (m_qtCatalogue)
        QCoreApplication::removeTranslator(m_qtCatalogue.get());
    m_tenetCatalogue.reset();
    m_qtCatalogue.reset();
}

} // namespace tenet::app

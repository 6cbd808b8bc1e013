#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QSettings;
class QTranslator;

namespace tenet::app {

class Session;

// The language the desktop program speaks: English, Spanish or Lithuanian. It installs
// Tenet's message catalogue and Qt's own (standard buttons, file and print dialogs), makes
// QLocale() format dates and numbers in that language, and lets every widget know through
// QEvent::LanguageChange, so the switch needs no restart.
//
// Which language: `--lang` when given (then held for the whole run); otherwise the signed-in
// person's roster language while they are signed in; otherwise the one chosen in
// View > Language (remembered); otherwise the system's.
class InterfaceLanguage : public QObject
{
    Q_OBJECT

public:
    struct Offered
    {
        QString code; // "en", "es", "lt"
        QString name; // in its own language, as a speaker looks for it: "Lietuvių"
    };
    // The languages Tenet speaks, English first.
    static const QList<Offered> &offered();
    static bool isOffered(const QString &code);
    // The first of these preferred languages (QLocale::uiLanguages(): "lt-LT", "en-US") that
    // Tenet speaks; English when none is.
    static QString preferredOf(const QStringList &uiLanguages);
    // The system's preferred language, as far as Tenet speaks it.
    static QString systemLanguage();

    // `settings` keeps the choice made in View > Language; it must outlive this object.
    explicit InterfaceLanguage(QSettings &settings, QObject *parent = nullptr);
    // Removes the catalogues it installed.
    ~InterfaceLanguage() override;

    // The language spoken now; English until start() or a choice.
    QString current() const { return m_current; }
    // The language chosen in View > Language, or empty when nobody has chosen one.
    QString remembered() const;
    // The language without anyone signed in: the remembered choice, else the system's.
    QString startLanguage() const;

    // Before any window is built: `commandLine` (from --lang; it then holds for the run) when
    // given, otherwise startLanguage(). False when `commandLine` is not a language Tenet
    // speaks or its catalogue cannot be loaded; the language is then startLanguage().
    bool start(const QString &commandLine = {});
    // Sign-ins no longer change the language until the program ends (--lang, screenshots).
    void holdForThisRun() { m_held = true; }
    bool isHeld() const { return m_held; }

    // View > Language: switches and remembers the choice for the next start. False, and
    // nothing changes, when Tenet does not speak `code` or its catalogue cannot be loaded.
    bool choose(const QString &code);
    // The interface follows whoever signs in to `session`: their roster language while they
    // are signed in, startLanguage() once nobody is. Their language is not remembered, so
    // the next person at a shared computer meets the computer's own language.
    void followSignIns(Session &session);

signals:
    void changed(const QString &code);

private:
    void followPerson(Session &session);
    bool switchTo(const QString &code);
    void removeCatalogues();

    QSettings &m_settings;
    QString m_current;
    bool m_held = false;
    std::unique_ptr<QTranslator> m_tenetCatalogue;
    std::unique_ptr<QTranslator> m_qtCatalogue;
};

} // namespace tenet::app

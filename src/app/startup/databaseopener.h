#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace tenet::storage {
class Database;
}

namespace tenet::app {

// A database ready for the Session, and what to tell the user about it.
struct OpenedDatabase
{
    std::unique_ptr<storage::Database> database;
    // True when the file was created just now.
    bool created = false;
    // For a file created just now: a sentence saying what it holds and how to sign in
    // (the demo's PIN included). Empty when an existing file was opened.
    QString welcome;
};

// The organisation a new database starts with when it is not the demonstration one.
struct NewOrganisation
{
    QString name;
    // The first manager, who can then add everyone else.
    QString managerNo;
    QString managerName;
    QString managerPin;
    // The first draft holds the starter code in `language` (made over to this organisation)
    // rather than seven empty sections.
    bool starterDraft = true;
    // The language the code is written in ("en", "es", "lt"): its title, and the starter code
    // or the empty sections' titles.
    QString language = QStringLiteral("en");
};

// Decides which database the desktop program opens and how: the per-user default file (made
// with the demonstration organisation on first start), a file or server database the user
// names (which must exist), or a new file. It shows no dialogs: errors come back as values
// whose message names the file or server address and says that nothing was changed.
class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)

public:
    // Uses platform::defaultDatabasePath() as the per-user default.
    DatabaseOpener();
    explicit DatabaseOpener(QString defaultPath);

    QString defaultPath() const { return m_defaultPath; }

    // What `tenet [FILE]` (or `tenet --db ADDRESS`) opens. Without a file: the per-user
    // default, created with the demonstration organisation when it does not exist yet. With a
    // file or a server address: that database, which must exist, so that a typo never creates
    // an empty database.
    domain::Result<OpenedDatabase> openAtStart(const QString &fileArgument = {}) const;

    // An existing Tenet database, a file or one on a server (a postgresql:// address or
    // service=NAME); refuses a missing file, another program's database, an empty one on a
    // server, a damaged one or one from a newer Tenet, and leaves it untouched. It asks for no
    // password: a server that wants one is refused (Database::needsPassword), and the caller
    // may ask the user and try again (openAskingPassword).
    static domain::Result<OpenedDatabase> openExisting(const QString &path);

    // A new file holding the demonstration organisation in `demoLanguage` (no organisation
    // given; see demoLanguages()) or the organisation described. Refuses a path that exists:
    // a new database never replaces a file. When filling it fails, the half-made file is
    // removed again.
    static domain::Result<OpenedDatabase>
    createNew(const QString &path, const std::optional<NewOrganisation> &organisation = {},
              const QString &demoLanguage = QStringLiteral("en"));

    // `tenet --demo LANGUAGE`: a new demonstration database in the folder of the per-user
    // default, under a name no file has yet ("Northwind Support demo (es).db", then "... 2"),
    // so that asking for a demonstration never touches the user's own database.
    domain::Result<OpenedDatabase> createDemo(const QString &language) const;
    // The command line with a bare `--demo` (no language after it) read as `--demo=en`.
    static QStringList withDemoLanguage(QStringList arguments);

    // "Welcome: a demonstration organisation was created in FILE; ..."
    static QString demoWelcome(const QString &path);

private:
    QString m_defaultPath;
};

} // namespace tenet::app

#pragma once

#include "databaseopener.h"
#include "serverpassword.h"

#include "domain/result.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QAction;
class QMenu;
class QMessageBox;
class QSettings;
class QWidget;

namespace tenet::app {

class CodeFileActions;
class Session;

// The File menu's database commands: New, Open, Connect to Server, Open Recent (with Clear)
// and Back Up. It puts every database it opens into the Session itself
// (Session::setDatabase), keeps the list of recent files and server addresses in the
// settings, and shows its own dialogs; the *File methods do the work without any dialog but
// the password prompt, for the actions and for tests.
class FileActions : public QObject
{
    Q_OBJECT

public:
    // `window` parents the dialogs. Without settings, the program's own are used
    // (organisation "Tenet", application "tenet").
    FileActions(Session &session, QWidget *window, QSettings *settings = nullptr);
    ~FileActions() override;

    QAction *newAction() const { return m_newAction; }
    QAction *openAction() const { return m_openAction; }
    QAction *connectAction() const { return m_connectAction; }
    QMenu *recentMenu() const { return m_recentMenu; }
    QAction *clearRecentAction() const { return m_clearRecentAction; }
    QAction *backUpAction() const { return m_backUpAction; }
    // Import Code and Export Code.
    CodeFileActions *codeFiles() const { return m_codeFiles; }
    // Adds New, Open, Connect to Server, Open Recent, a separator, Back Up, a separator,
    // Import Code and Export Code to a File menu.
    void addTo(QMenu *fileMenu) const;

    // The settings the recent list lives in; the main window keeps its geometry there too
    // (see WindowState).
    QSettings &settings() const { return *m_settings; }
    // Newest first: files (those that no longer exist left out) and server addresses.
    QStringList recentFiles() const;

    // What asks for a server's password; PasswordDialog::ask over the window unless replaced
    // (tests answer for the user).
    void setPasswordPrompter(PasswordPrompter ask) { m_ask = std::move(ask); }
    const PasswordPrompter &passwordPrompter() const { return m_ask; }

    // Puts a database opened elsewhere (at start-up, by DatabaseOpener) into the session,
    // exactly as File > Open does.
    void adopt(OpenedDatabase opened);
    // Opens an existing database, a file or one on a server (a postgresql:// address or
    // service=NAME), and puts it into the session and the recent list. When the server wants
    // a password the prompter is asked for one, again after a wrong one; when the user
    // cancels, the server's refusal comes back (Database::needsPassword is true for it) and
    // the session keeps what it had.
    domain::Status openFile(const QString &path);
    // Creates a new file (the demonstration organisation in `demoLanguage` when no
    // organisation is given) and opens it.
    domain::Status createFile(const QString &path,
                              const std::optional<NewOrganisation> &organisation = {},
                              const QString &demoLanguage = QStringLiteral("en"));
    // Writes a complete copy of the open database to a new file. A database on a server is
    // refused with the pg_dump command that backs it up.
    domain::Status backUpTo(const QString &target);
    // The server address File > Connect to Server offers: the open database's when it is on a
    // server, otherwise the server opened last. A file spec when there is none.
    storage::ConnectionSpec suggestedServer() const;

    // The dialog that reports a failure: a headline, and the error (which names the file)
    // as its detail. Returned unshown so that its text can be checked.
    static std::unique_ptr<QMessageBox> errorBox(QWidget *parent, const QString &headline,
                                                 const domain::Error &error);
    static void showError(QWidget *parent, const QString &headline, const domain::Error &error);

signals:
    // Just before the session's database is replaced: a view with edits not yet saved
    // saves them now.
    void aboutToReplaceDatabase();
    // The session now holds this database, with nobody signed in. `welcome` is non-empty
    // for a file created just now and says how to sign in.
    void databaseOpened(const QString &path, const QString &welcome);

private:
    void chooseNewFile();
    void chooseFileToOpen();
    void chooseServer();
    void chooseBackUpFile();
    void openRecent(const QString &path);
    void rebuildRecentMenu();
    QString dialogFolder() const;
    void rememberFolder(const QString &path);

    Session &m_session;
    QWidget *m_window;
    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings;
    QAction *m_newAction;
    QAction *m_openAction;
    QAction *m_connectAction;
    QMenu *m_recentMenu;
    QAction *m_clearRecentAction;
    QAction *m_backUpAction;
    CodeFileActions *m_codeFiles;
    PasswordPrompter m_ask;
};

} // namespace tenet::app

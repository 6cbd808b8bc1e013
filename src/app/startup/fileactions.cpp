#include "fileactions.h"

#include "codefileactions.h"
#include "connectserverdialog.h"
#include "newdatabasedialog.h"
#include "passworddialog.h"
#include "recentfiles.h"
#include "serverbackupbox.h"

#include "app/common/databasename.h"
#include "app/session/session.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::app {

namespace {

const QString folderKey = u"lastFolder"_s;

QString fileFilter()
{
    return FileActions::tr("Tenet databases (*.db *.tenet);;All files (*)");
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The busy cursor while a file is created or copied, restored on every way out.
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

QIcon themeIcon(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

} // namespace

FileActions::FileActions(Session &session, QWidget *window, QSettings *settings)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_ownSettings(settings ? nullptr : std::make_unique<QSettings>(u"Tenet"_s, u"tenet"_s))
    , m_settings(settings ? settings : m_ownSettings.get())
    , m_newAction(new QAction(themeIcon(u"document-new"_s, QStyle::SP_FileIcon), tr("&New…"), this))
    , m_openAction(new QAction(themeIcon(u"document-open"_s, QStyle::SP_DialogOpenButton),
                               tr("&Open…"), this))
    , m_connectAction(new QAction(themeIcon(u"network-server"_s, QStyle::SP_DriveNetIcon),
                                  tr("Connect to &Server…"), this))
    , m_recentMenu(new QMenu(tr("Open &Recent"), window))
    , m_clearRecentAction(new QAction(tr("&Clear List"), this))
    , m_backUpAction(new QAction(themeIcon(u"document-save-as"_s, QStyle::SP_DialogSaveButton),
                                 tr("&Back Up…"), this))
    , m_codeFiles(new CodeFileActions(session, window))
    , m_ask([this](const storage::ConnectionSpec &spec, bool refused) {
        return PasswordDialog::ask(m_window, spec, refused);
    })
{
    // Without a window (tests, a screenshot) the file actions own it, so it is not leaked.
    if (!m_codeFiles->parent())
        m_codeFiles->setParent(this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Create a new database: the demonstration organisation or "
                                 "your own"));
    m_newAction->setToolTip(tr("Create a new database (%1)")
                                .arg(m_newAction->shortcut().toString(QKeySequence::NativeText)));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open another Tenet database"));
    m_openAction->setToolTip(tr("Open another Tenet database (%1)")
                                 .arg(m_openAction->shortcut().toString(QKeySequence::NativeText)));
    // Ctrl+O opens a file; with Shift it opens a database on a server.
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_connectAction->setStatusTip(tr("Open an organisation kept in a database on a PostgreSQL "
                                     "server"));
    m_connectAction->setToolTip(
        tr("Connect to a database on a server (%1)")
            .arg(m_connectAction->shortcut().toString(QKeySequence::NativeText)));
    m_recentMenu->setObjectName(u"recentMenu"_s);
    m_recentMenu->setAccessibleName(tr("Recently opened databases"));
    m_recentMenu->setToolTipsVisible(true);
    m_clearRecentAction->setStatusTip(tr("Forget the list of recently opened databases"));
    m_backUpAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_backUpAction->setToolTip(
        tr("Back up the open database (%1)")
            .arg(m_backUpAction->shortcut().toString(QKeySequence::NativeText)));
    const auto describeBackUp = [this] {
        const storage::Database *db = m_session.database();
        m_backUpAction->setEnabled(db != nullptr);
        m_backUpAction->setStatusTip(
            db && db->isOnServer()
                ? tr("Show how the server's own tool, pg_dump, backs up this database")
                : tr("Write a complete copy of the open database to a new file"));
    };
    describeBackUp();

    connect(m_newAction, &QAction::triggered, this, &FileActions::chooseNewFile);
    connect(m_openAction, &QAction::triggered, this, &FileActions::chooseFileToOpen);
    connect(m_connectAction, &QAction::triggered, this, &FileActions::chooseServer);
    connect(m_backUpAction, &QAction::triggered, this, &FileActions::chooseBackUpFile);
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        RecentFiles(*m_settings).clear();
        rebuildRecentMenu();
    });
    // Files may have gone since the list was built.
    connect(m_recentMenu, &QMenu::aboutToShow, this, &FileActions::rebuildRecentMenu);
    connect(&m_session, &Session::databaseChanged, this, describeBackUp);
    rebuildRecentMenu();
}

FileActions::~FileActions()
{
    // The menu belongs to the window, which may outlive us; its entries call back here.
    delete m_recentMenu;
}

void FileActions::addTo(QMenu *fileMenu) const
{
    fileMenu->addAction(m_newAction);
    fileMenu->addAction(m_openAction);
    fileMenu->addAction(m_connectAction);
    fileMenu->addMenu(m_recentMenu);
    fileMenu->addSeparator();
    fileMenu->addAction(m_backUpAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_codeFiles->importAction());
    fileMenu->addAction(m_codeFiles->exportAction());
}

QStringList FileActions::recentFiles() const
{
    return RecentFiles(*m_settings).files();
}

void FileActions::adopt(OpenedDatabase opened)
{
    if (!opened.database)
        return;
    emit aboutToReplaceDatabase();
    const QString path = opened.database->path();
    const bool onServer = opened.database->isOnServer();
    m_session.setDatabase(std::move(opened.database));
    RecentFiles(*m_settings).add(path);
    // The file dialogs start in the folder of the file opened last; a server has none.
    if (!onServer)
        rememberFolder(path);
    rebuildRecentMenu();
    emit databaseOpened(path, opened.welcome);
}

Status FileActions::openFile(const QString &path)
{
    auto opened = openAskingPassword<OpenedDatabase>(
        path, m_ask, [&path] { return DatabaseOpener::openExisting(path); });
    if (!opened) {
        // A file that has gone leaves the list; an empty database on a server stays, for
        // `tenetctl init` may fill it.
        if (opened.error().kind == ErrorKind::NotFound && !DatabaseName::isOnServer(path)) {
            RecentFiles(*m_settings).remove(path);
            rebuildRecentMenu();
        }
        return opened.error();
    }
    adopt(std::move(opened).value());
    return {};
}

Status FileActions::createFile(const QString &path,
                               const std::optional<NewOrganisation> &organisation,
                               const QString &demoLanguage)
{
    auto created = DatabaseOpener::createNew(path, organisation, demoLanguage);
    if (!created)
        return created.error();
    adopt(std::move(created).value());
    return {};
}

Status FileActions::backUpTo(const QString &target)
{
    if (!m_session.database())
        return Error::refused(tr("no database is open, so there is nothing to back up"));
    return m_session.database()->backupTo(target);
}

storage::ConnectionSpec FileActions::suggestedServer() const
{
    if (const storage::Database *db = m_session.database(); db && db->isOnServer())
        return db->spec();
    for (const QString &where : recentFiles()) {
        if (auto spec = storage::ConnectionSpec::parse(where); spec && spec->isServer())
            return *spec;
    }
    return {};
}

std::unique_ptr<QMessageBox> FileActions::errorBox(QWidget *parent, const QString &headline,
                                                   const Error &error)
{
    auto box = std::make_unique<QMessageBox>(parent);
    box->setIcon(error.kind == ErrorKind::Integrity ? QMessageBox::Critical : QMessageBox::Warning);
    box->setWindowTitle(QApplication::applicationDisplayName());
    box->setText(headline);
    // Storage's messages follow the file name in lower case: as a dialog, the message becomes
    // a sentence and the file goes on a line of its own, where a long path can wrap.
    QString message = error.message;
    if (!message.isEmpty())
        message[0] = message.at(0).toUpper();
    if (!message.endsWith(u'.'))
        message += u'.';
    if (!error.where.isEmpty()) {
        message += u"\n\n"_s
            + (DatabaseName::isOnServer(error.where) ? tr("Database: %1").arg(error.where)
                                                     : tr("File: %1").arg(nativePath(error.where)));
    }
    box->setInformativeText(message);
    // A message box is only as wide as its text needs; a path deserves more room.
    if (auto *grid = qobject_cast<QGridLayout *>(box->layout())) {
        grid->addItem(new QSpacerItem(440, 0, QSizePolicy::Minimum, QSizePolicy::Expanding),
                      grid->rowCount(), 0, 1, grid->columnCount());
    }
    box->setStandardButtons(QMessageBox::Ok);
    box->setAccessibleName(headline);
    return box;
}

void FileActions::showError(QWidget *parent, const QString &headline, const Error &error)
{
    errorBox(parent, headline, error)->exec();
}

void FileActions::chooseNewFile()
{
    const QString suggested = QDir(dialogFolder()).filePath(tr("Code of Practice.db"));
    // Tenet never replaces a file, so the dialog must not offer to.
    QString path
        = QFileDialog::getSaveFileName(m_window, tr("New Tenet Database"), suggested, fileFilter(),
                                       nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".db"_s;
    if (QFileInfo::exists(path)) {
        showError(m_window, tr("The new database was not created."),
                  Error::refused(tr("%1 already exists; File > New never replaces a file, so "
                                    "choose another name")
                                     .arg(nativePath(path))));
        return;
    }
    NewDatabaseDialog dialog(path, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Status created;
    {
        const BusyCursor busy;
        created = createFile(path, dialog.organisation(), dialog.demoLanguage());
    }
    if (!created)
        showError(m_window, tr("%1 was not created.").arg(QFileInfo(path).fileName()),
                  created.error());
}

void FileActions::chooseFileToOpen()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open a Tenet Database"),
                                                      dialogFolder(), fileFilter());
    if (!path.isEmpty())
        openRecent(path);
}

void FileActions::chooseServer()
{
    ConnectServerDialog dialog(m_ask, m_window);
    dialog.setSpec(suggestedServer());
    if (dialog.exec() == QDialog::Accepted)
        openRecent(dialog.address());
}

void FileActions::openRecent(const QString &path)
{
    const Status opened = openFile(path);
    // A refusal for want of a password comes back only when the user cancelled the prompt.
    if (!opened && !storage::Database::needsPassword(opened.error()))
        showError(m_window, tr("%1 was not opened.").arg(DatabaseName::brief(path)),
                  opened.error());
}

void FileActions::chooseBackUpFile()
{
    const storage::Database *db = m_session.database();
    if (!db)
        return;
    if (db->isOnServer()) {
        ServerBackUpBox::make(*db, m_window)->exec();
        return;
    }
    const QFileInfo current(db->path());
    const QString suggested = current.dir().filePath(
        tr("%1 backup %2.db")
            .arg(current.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    QString target
        = QFileDialog::getSaveFileName(m_window, tr("Back Up the Database"), suggested,
                                       fileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty())
        return;
    if (QFileInfo(target).suffix().isEmpty())
        target += u".db"_s;
    Status written;
    {
        const BusyCursor busy;
        written = backUpTo(target);
    }
    if (!written) {
        showError(m_window, tr("The backup was not written."), written.error());
        return;
    }
    QMessageBox::information(m_window, tr("Backup Written"),
                             tr("A complete copy of %1 was written to %2. Tenet opens it like "
                                "any other database.")
                                 .arg(nativePath(db->path()), nativePath(target)));
}

void FileActions::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QString label = DatabaseName::full(path);
        label.replace(u'&', u"&&"_s);
        // Only the first nine get an accelerator digit.
        QAction *action
            = m_recentMenu->addAction(i < 9 ? u"&%1 %2"_s.arg(i + 1).arg(label) : label);
        action->setStatusTip(tr("Open %1").arg(DatabaseName::full(path)));
        action->setToolTip(DatabaseName::full(path));
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!files.isEmpty());
    m_recentMenu->setEnabled(!files.isEmpty());
}

QString FileActions::dialogFolder() const
{
    const QString remembered = m_settings->value(folderKey).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void FileActions::rememberFolder(const QString &path)
{
    m_settings->setValue(folderKey, QFileInfo(path).absolutePath());
}

} // namespace tenet::app

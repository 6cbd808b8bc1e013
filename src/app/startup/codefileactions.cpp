#include "codefileactions.h"

#include "app/session/session.h"
#include "domain/messagetext.h"
#include "domain/version.h"
#include "domain/workflow.h"
#include "usecases/codeexchange.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::app {

namespace {

QString fileFilter()
{
    return CodeFileActions::tr("Tenet code files (*.json);;All files (*)");
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

CodeFileActions::CodeFileActions(Session &session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_importAction(new QAction(tr("&Import Code…"), this))
    , m_exportAction(new QAction(tr("E&xport Code…"), this))
{
    m_importAction->setStatusTip(
        tr("Read a code from a tenet.code/1 file as a new draft of the code shown"));
    m_exportAction->setStatusTip(
        tr("Write the version in force as a tenet.code/1 file, to share or to edit elsewhere"));
    connect(m_importAction, &QAction::triggered, this, &CodeFileActions::chooseFileToImport);
    connect(m_exportAction, &QAction::triggered, this, &CodeFileActions::chooseFileToExport);
    connect(&m_session, &Session::databaseChanged, this, &CodeFileActions::updateEnabled);
    connect(&m_session, &Session::codeChanged, this, &CodeFileActions::updateEnabled);
    connect(&m_session, &Session::userChanged, this, &CodeFileActions::updateEnabled);
    updateEnabled();
}

Result<QString> CodeFileActions::importFile(const QString &path)
{
    storage::Database *db = m_session.database();
    const std::optional<Code> &code = m_session.code();
    if (!db || !code)
        return Error::refused(tr("no code is open, so there is nothing to import into"));
    if (!m_session.isSignedIn())
        return Error::refused(tr("sign in first: a draft needs an author"));
    auto imported = usecases::importCodeFile(*db, code->id, path, m_session.actor());
    if (!imported)
        return imported.error();
    m_session.notifyVersionsChanged();
    return tr("%1 was imported as draft version %2 of \"%3\": %n clauses in seven sections.",
              nullptr, imported->clauses)
        .arg(nativePath(path), QString::number(imported->draft.number), code->title);
}

Result<QString> CodeFileActions::exportFile(const QString &path)
{
    storage::Database *db = m_session.database();
    const std::optional<Code> &code = m_session.code();
    if (!db || !code)
        return Error::refused(tr("no code is open, so there is nothing to export"));
    auto version = usecases::versionToExport(*db, code->id);
    if (!version)
        return version.error();
    if (Status written = usecases::exportCodeFile(*db, *code, version->id, path); !written)
        return written.error();
    return version->state == VersionState::Draft
        ? tr("The draft of version %1 was written to %2.")
              .arg(QString::number(version->number), nativePath(path))
        : tr("Version %1, the version in force, was written to %2.")
              .arg(QString::number(version->number), nativePath(path));
}

std::unique_ptr<QMessageBox> CodeFileActions::errorBox(QWidget *parent, const QString &headline,
                                                       const Error &error)
{
    auto box = std::make_unique<QMessageBox>(parent);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(QApplication::applicationDisplayName());
    box->setText(headline);
    // Word for word what tenetctl says: the file, the line or JSON pointer, what is wrong;
    // on one line, with what the file holds escaped as tenetctl prints it.
    box->setInformativeText(domain::escapeForMessage(error.toString()));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setStandardButtons(QMessageBox::Ok);
    box->setAccessibleName(headline);
    return box;
}

void CodeFileActions::chooseFileToImport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path
        = QFileDialog::getOpenFileName(m_window, tr("Import a Code"), folder, fileFilter());
    if (path.isEmpty())
        return;
    auto imported = importFile(path);
    if (!imported) {
        errorBox(m_window,
                 tr("%1 was not imported; nothing was changed.")
                     .arg(domain::escapeForMessage(QFileInfo(path).fileName())),
                 imported.error())
            ->exec();
        return;
    }
    QMessageBox::information(m_window, tr("Code Imported"), *imported);
}

void CodeFileActions::chooseFileToExport()
{
    const std::optional<Code> &code = m_session.code();
    if (!code)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export the Code"),
                                                QDir(folder).filePath(code->title + u".json"_s),
                                                fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".json"_s;
    auto written = exportFile(path);
    if (!written) {
        errorBox(m_window, tr("The code was not exported."), written.error())->exec();
        return;
    }
    QMessageBox::information(m_window, tr("Code Exported"), *written);
}

void CodeFileActions::updateEnabled()
{
    const bool open = m_session.database() && m_session.code();
    m_exportAction->setEnabled(open);
    // Agents read and sign; drafts are written by those who author them.
    m_importAction->setEnabled(open && m_session.isSignedIn() && canAuthor(m_session.user()->role));
}

} // namespace tenet::app

#include "mainwindow.h"

#include "common/databasename.h"
#include "dashboard/dashboardview.h"
#include "editor/draftdocument.h"
#include "editor/editorview.h"
#include "export/exportactions.h"
#include "help/helpactions.h"
#include "history/historyview.h"
#include "i18n/interfacelanguage.h"
#include "i18n/languagemenu.h"
#include "reading/readingview.h"
#include "search/searchpanel.h"
#include "session/session.h"
#include "staff/staffview.h"
#include "startup/accountactions.h"
#include "startup/fileactions.h"
#include "startup/signinstaffmodel.h"
#include "startup/windowstate.h"
#include "workflow/workflowcontroller.h"

#include "storage/database.h"
#include "storage/versionstore.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoView>

using namespace Qt::StringLiterals;

namespace tenet::app {

MainWindow::MainWindow(Session &session, QSettings &settings, InterfaceLanguage *language,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_tabs(new QTabWidget(this))
    , m_editor(new EditorView(session, this))
    , m_history(new HistoryView(session, this))
    , m_reading(new ReadingView(session, this))
    , m_dashboard(new DashboardView(session, this))
    , m_staff(new StaffView(session, this))
    , m_search(new SearchPanel(session, this))
    , m_searchDock(new QDockWidget(this))
    , m_undoDock(new QDockWidget(this))
    , m_workflow(new WorkflowController(session, this))
    , m_files(new FileActions(session, this, &settings))
    , m_account(new AccountActions(session, this))
    , m_userLabel(new QLabel(this))
    , m_versionLabel(new QLabel(this))
    , m_compareWithInForce(new QAction(this))
    , m_language(language ? language : new InterfaceLanguage(settings, this))
{
    setObjectName(u"mainWindow"_s);
    m_tabs->setDocumentMode(true);
    // Named in retranslateUi(), in the order of View.
    for (QWidget *page : QList<QWidget *>{m_editor, m_history, m_reading, m_dashboard, m_staff})
        m_tabs->addTab(page, QString());
    setCentralWidget(m_tabs);

    m_searchDock->setObjectName(u"searchDock"_s);
    m_searchDock->setWidget(m_search);
    addDockWidget(Qt::RightDockWidgetArea, m_searchDock);
    m_searchDock->hide();

    m_undoDock->setObjectName(u"undoDock"_s);
    m_undoView = new QUndoView(m_editor->undoGroup(), m_undoDock);
    m_undoDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    m_undoDock->hide();

    statusBar()->addWidget(m_versionLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);

    m_compareWithInForce->setShortcut(QKeySequence(u"Ctrl+Shift+C"_s));

    buildMenus();
    buildToolBar();
    retranslateUi();
    connectViews();
    WindowState::restore(*this, m_settings);
    updateTitle();
    updateUserLabel();
    showViewsForRole();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = m_fileMenu = menuBar()->addMenu(QString());
    m_files->addTo(file);
    file->addAction(m_staff->importAction());
    file->addSeparator();
    auto *exports = new ExportActions(m_session, this);
    file->addAction(exports->exportHandbookAction());
    file->addAction(exports->printAction());
    file->addSeparator();
    m_account->addTo(file);
    file->addSeparator();
    m_quitAction = file->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    // The editor's actions begin with Undo and Redo, named after the step they take back.
    QMenu *edit = m_editMenu = menuBar()->addMenu(QString());
    edit->addActions(m_editor->editActions());
    edit->addSeparator();
    m_findAction = edit->addAction(QString(), this, &MainWindow::showFind);
    m_findAction->setShortcuts({QKeySequence::Find, QKeySequence(u"Ctrl+K"_s)});

    QMenu *version = m_versionMenu = menuBar()->addMenu(QString());
    version->addAction(m_workflow->startDraftAction());
    version->addSeparator();
    version->addAction(m_workflow->submitAction());
    version->addAction(m_workflow->approveAction());
    version->addAction(m_workflow->sendBackAction());
    version->addAction(m_workflow->publishAction());
    version->addSeparator();
    version->addAction(m_workflow->withdrawAction());
    version->addSeparator();
    version->addAction(m_workflow->reviewAction());
    version->addSeparator();
    version->addAction(m_compareWithInForce);
    version->addAction(m_history->compareAction());
    version->setToolTipsVisible(true);

    QMenu *view = m_viewMenu = menuBar()->addMenu(QString());
    int shortcut = 1;
    for (const View shown :
         {View::Editor, View::History, View::Reading, View::Dashboard, View::Staff}) {
        QAction *action = view->addAction(QString(), this, [this, shown] { showView(shown); });
        action->setShortcut(QKeySequence(u"Ctrl+%1"_s.arg(shortcut++)));
        m_showViewActions.append(action);
    }
    view->addSeparator();
    view->addAction(m_searchDock->toggleViewAction());
    view->addAction(m_undoDock->toggleViewAction());
    view->addSeparator();
    m_languageMenu = new LanguageMenu(*m_language, view);
    view->addMenu(m_languageMenu);

    QMenu *help = m_helpMenu = menuBar()->addMenu(QString());
    (new HelpActions(m_session, this))->addTo(help);
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = m_toolBar = addToolBar(QString());
    bar->setObjectName(u"mainToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_workflow->startDraftAction());
    bar->addAction(m_workflow->submitAction());
    bar->addAction(m_workflow->approveAction());
    bar->addAction(m_workflow->publishAction());
    bar->addSeparator();
    bar->addAction(m_compareWithInForce);
}

void MainWindow::retranslateUi()
{
    m_tabs->setAccessibleName(tr("Views"));
    const QStringList pages{tr("&Code"), tr("Hist&ory"), tr("&Read and Sign"), tr("&Dashboard"),
                            tr("&Staff")};
    for (int index = 0; index < pages.size(); ++index) {
        m_tabs->setTabText(index, pages.at(index));
        m_showViewActions.at(index)->setText(pages.at(index));
    }
    m_tabs->setTabToolTip(0, tr("Read and edit the code, section by section (Ctrl+1)"));
    m_tabs->setTabToolTip(1, tr("Every version, and what changed between any two (Ctrl+2)"));
    m_tabs->setTabToolTip(2, tr("Read the code in force and sign it (Ctrl+3)"));
    m_tabs->setTabToolTip(3, tr("Who has not signed, which sections are due, which KPIs are off "
                                "target (Ctrl+4)"));
    m_tabs->setTabToolTip(4, tr("The people on the roster (Ctrl+5)"));

    m_searchDock->setWindowTitle(tr("Search"));
    m_undoDock->setWindowTitle(tr("Undo History"));
    //: Shown in the undo history before the first edit: the draft as it was opened.
    m_undoView->setEmptyLabel(tr("<opened>"));
    m_undoView->setAccessibleName(tr("Undo history"));
    m_userLabel->setAccessibleName(tr("Signed-in person"));
    m_versionLabel->setAccessibleName(tr("Version shown"));
    m_compareWithInForce->setText(tr("Compare with Version in &Force"));
    m_compareWithInForce->setToolTip(tr("Show what the version shown changes in the version in "
                                        "force"));

    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_versionMenu->setTitle(tr("&Version"));
    m_viewMenu->setTitle(tr("V&iew"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quitAction->setText(tr("&Quit"));
    m_findAction->setText(tr("&Find in Clauses…"));
    m_toolBar->setWindowTitle(tr("Main"));
    m_toolBar->setAccessibleName(tr("Main tool bar"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateTitle();
        updateUserLabel();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::connectViews()
{
    // Unsaved edits of the draft reach the database before anything else acts on it.
    connect(m_workflow, &WorkflowController::aboutToChangeState, m_editor, &EditorView::flush);
    connect(m_files, &FileActions::aboutToReplaceDatabase, m_editor, &EditorView::flush);
    connect(m_workflow, &WorkflowController::draftStarted, this, [this](qint64 id) {
        m_editor->openVersion(id);
        showView(View::Editor);
    });
    connect(m_history, &HistoryView::openVersionRequested, this, [this](qint64 id) {
        m_editor->openVersion(id);
        showView(View::Editor);
    });
    connect(m_search, &SearchPanel::clauseActivated, this, &MainWindow::jumpToClause);
    connect(m_editor, &EditorView::versionOpened, this, [this](const domain::VersionInfo &info) {
        m_search->setCurrentVersion(info.id, info.number);
        m_compareWithInForce->setEnabled(true);
    });
    connect(m_editor, &EditorView::statusTextChanged, m_versionLabel, &QLabel::setText);
    connect(m_compareWithInForce, &QAction::triggered, this,
            &MainWindow::compareDraftWithVersionInForce);
    connect(m_files, &FileActions::databaseOpened, this,
            [this](const QString &, const QString &welcome) {
                updateTitle();
                if (!welcome.isEmpty())
                    QMessageBox::information(this, tr("Welcome to Tenet"), welcome);
                m_account->requestSignIn();
            });
    connect(&m_session, &Session::databaseChanged, this, &MainWindow::updateTitle);
    connect(&m_session, &Session::userChanged, this, &MainWindow::updateUserLabel);
    connect(&m_session, &Session::userChanged, this, &MainWindow::showViewsForRole);
    connect(m_dashboard, &DashboardView::openSectionRequested, this, [this](domain::SectionKey key) {
        showView(View::Editor);
        m_editor->selectSection(static_cast<int>(key));
    });
    connect(m_dashboard, &DashboardView::openPersonRequested, this,
            [this](const QString &employeeNo) {
                showView(View::Staff);
                m_staff->selectEmployee(employeeNo);
            });
    m_versionLabel->setText(m_editor->statusText());
}

void MainWindow::showView(View view)
{
    const QList<QWidget *> pages{m_editor, m_history, m_reading, m_dashboard, m_staff};
    m_tabs->setCurrentWidget(pages.at(static_cast<int>(view)));
}

void MainWindow::showViewsForRole()
{
    // Agents read and sign; the desk, the dashboard and the roster are for the people who
    // write, approve and manage. Nobody signed in may look at the code and its history.
    const auto &user = m_session.user();
    const bool agent = user && user->role == domain::Role::Agent;
    const bool manager = user && user->role == domain::Role::Manager;
    m_tabs->setTabVisible(m_tabs->indexOf(m_editor), !agent);
    m_tabs->setTabVisible(m_tabs->indexOf(m_history), !agent);
    m_tabs->setTabVisible(m_tabs->indexOf(m_reading), user.has_value());
    m_tabs->setTabVisible(m_tabs->indexOf(m_dashboard), user && !agent);
    m_tabs->setTabVisible(m_tabs->indexOf(m_staff), manager);
    // An agent's window is the code in force and the signature: no authoring tools.
    m_toolBar->setVisible(!agent);
    m_editMenu->menuAction()->setVisible(!agent);
    m_versionMenu->menuAction()->setVisible(!agent);
    m_versionLabel->setVisible(!agent);
    if (agent)
        showView(View::Reading);
    else if (!m_tabs->isTabVisible(m_tabs->currentIndex()))
        showView(View::Editor);
}

void MainWindow::showFind()
{
    m_searchDock->show();
    m_searchDock->raise();
    m_search->focusSearch();
}

void MainWindow::jumpToClause(int versionNumber, const QString &clauseId)
{
    if (!m_session.database() || !m_session.code())
        return;
    const auto info = storage::VersionStore(*m_session.database())
                          .versionByNumber(m_session.code()->id, versionNumber);
    if (!info)
        return;
    if (!m_editor->document() || m_editor->document()->info().id != info->id)
        m_editor->openVersion(info->id);
    showView(View::Editor);
    m_editor->selectClause(clauseId);
}

void MainWindow::compareDraftWithVersionInForce()
{
    if (!m_editor->document())
        return;
    m_editor->flush();
    m_history->compareWithVersionInForce(m_editor->document()->info().id);
    showView(View::History);
}

void MainWindow::updateTitle()
{
    // A file by its name; a database on a server by its name and the server's.
    const QString name = m_session.database() ? DatabaseName::brief(m_session.database()->spec())
                                              : tr("No database");
    setWindowTitle(name + u" — Tenet"_s);
}

void MainWindow::updateUserLabel()
{
    const auto &user = m_session.user();
    //: %1 is the person's name, %2 their role.
    m_userLabel->setText(user ? tr("Signed in as %1 (%2)")
                                    .arg(user->fullName, SignInStaffModel::roleLabel(user->role))
                              : tr("Not signed in"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_editor->flush();
    WindowState::save(*this, m_settings);
    event->accept();
}

} // namespace tenet::app

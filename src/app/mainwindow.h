#pragma once

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QSettings;
class QMenu;
class QTabWidget;
class QToolBar;
class QUndoView;

namespace tenet::app {

class AccountActions;
class DashboardView;
class EditorView;
class FileActions;
class HistoryView;
class InterfaceLanguage;
class LanguageMenu;
class ReadingView;
class SearchPanel;
class Session;
class StaffView;
class WorkflowController;

// The desktop program's window. It arranges the views (the editor, the history with its
// comparison, the search panel, the undo history), puts their actions into menus and the
// tool bar, and passes requests between them; the work happens in the views, the
// controllers and the stores they use. Its own texts follow the interface language.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class View { Editor, History, Reading, Dashboard, Staff };

    // `language` is the one main() started; without one (widget tests) the window makes its
    // own, which stays in whatever language it finds until View > Language changes it.
    MainWindow(Session &session, QSettings &settings, InterfaceLanguage *language = nullptr,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void showView(View view);
    EditorView *editor() const { return m_editor; }
    HistoryView *history() const { return m_history; }
    ReadingView *reading() const { return m_reading; }
    DashboardView *dashboard() const { return m_dashboard; }
    StaffView *staff() const { return m_staff; }
    SearchPanel *searchPanel() const { return m_search; }
    WorkflowController *workflow() const { return m_workflow; }
    AccountActions *account() const { return m_account; }
    FileActions *files() const { return m_files; }
    InterfaceLanguage *language() const { return m_language; }
    LanguageMenu *languageMenu() const { return m_languageMenu; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void buildToolBar();
    void retranslateUi();
    void connectViews();
    void showFind();
    void jumpToClause(int versionNumber, const QString &clauseId);
    void compareDraftWithVersionInForce();
    void updateTitle();
    void updateUserLabel();
    void showViewsForRole();

    Session &m_session;
    QSettings &m_settings;
    QTabWidget *m_tabs;
    EditorView *m_editor;
    HistoryView *m_history;
    ReadingView *m_reading;
    DashboardView *m_dashboard;
    StaffView *m_staff;
    SearchPanel *m_search;
    QDockWidget *m_searchDock;
    QDockWidget *m_undoDock;
    WorkflowController *m_workflow;
    FileActions *m_files;
    AccountActions *m_account;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_versionMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    // View > Code ... Staff, in the order of View.
    QList<QAction *> m_showViewActions;
    QUndoView *m_undoView = nullptr;
    QLabel *m_userLabel;
    QLabel *m_versionLabel;
    QAction *m_compareWithInForce;
    InterfaceLanguage *m_language;
};

} // namespace tenet::app

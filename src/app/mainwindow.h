#pragma once

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QSettings;
class QTabWidget;

namespace tenet::app {

class AccountActions;
class EditorView;
class FileActions;
class HistoryView;
class SearchPanel;
class Session;
class WorkflowController;

// The desktop program's window. It arranges the views (the editor, the history with its
// comparison, the search panel, the undo history), puts their actions into menus and the
// tool bar, and passes requests between them; the work happens in the views, the
// controllers and the stores they use.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class View { Editor, History };

    MainWindow(Session &session, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showView(View view);
    EditorView *editor() const { return m_editor; }
    HistoryView *history() const { return m_history; }
    SearchPanel *searchPanel() const { return m_search; }
    WorkflowController *workflow() const { return m_workflow; }
    AccountActions *account() const { return m_account; }
    FileActions *files() const { return m_files; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildToolBar();
    void connectViews();
    void showFind();
    void jumpToClause(int versionNumber, const QString &clauseId);
    void compareDraftWithVersionInForce();
    void updateTitle();
    void updateUserLabel();
    void showAbout();

    Session &m_session;
    QSettings &m_settings;
    QTabWidget *m_tabs;
    EditorView *m_editor;
    HistoryView *m_history;
    SearchPanel *m_search;
    QDockWidget *m_searchDock;
    QDockWidget *m_undoDock;
    WorkflowController *m_workflow;
    FileActions *m_files;
    AccountActions *m_account;
    QLabel *m_userLabel;
    QLabel *m_versionLabel;
    QAction *m_compareWithInForce;
};

} // namespace tenet::app

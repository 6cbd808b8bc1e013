#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace tenet::storage {
class Database;
}

namespace tenet::app {

// The desktop program's window. For now it shows which database is open and the
// sections and clauses of the version in force; the editor replaces its centre.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<storage::Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void showDatabase();
    void openAnotherDatabase();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<storage::Database> m_database;
};

} // namespace tenet::app

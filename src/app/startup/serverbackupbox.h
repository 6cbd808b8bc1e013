#pragma once

#include <QCoreApplication>

#include <memory>

class QMessageBox;
class QWidget;

namespace tenet::storage {
class Database;
}

namespace tenet::app {

// What File > Back Up says for a database on a PostgreSQL server, which Tenet does not copy:
// that the server's own tool, pg_dump, backs it up, and the command that writes a copy to the
// user's documents folder, with a button that copies the command.
class ServerBackUpBox
{
    Q_DECLARE_TR_FUNCTIONS(ServerBackUpBox)

public:
    // Null for a database file. Returned unshown so that its text can be checked.
    static std::unique_ptr<QMessageBox> make(const storage::Database &db, QWidget *parent);
};

} // namespace tenet::app

#pragma once

#include "domain/code.h"
#include "domain/staffmember.h"
#include "domain/workflow.h"

#include <QObject>

#include <memory>
#include <optional>

namespace tenet::storage {
class Database;
}

namespace tenet::app {

// What the desktop program is working on: the open database, the person signed in, and the
// code shown. Views hold a reference to the one Session and follow its signals; they reach
// the data through the storage stores (never SQL) over session.database().
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // The open database, or null before one is opened.
    storage::Database *database() const { return m_database.get(); }
    // Replaces the open database; signs the user out and picks the file's first code.
    void setDatabase(std::unique_ptr<storage::Database> database);

    const std::optional<domain::StaffMember> &user() const { return m_user; }
    // The signed-in person as the workflow rules see them; an unnamed actor when nobody is.
    domain::Actor actor() const;
    bool isSignedIn() const { return m_user.has_value(); }
    void signIn(const domain::StaffMember &member);
    void signOut();

    // The code shown; none when the database holds no code.
    const std::optional<domain::Code> &code() const { return m_code; }
    void setCode(qint64 codeId);

    // Views that change versions (a new draft, a workflow step) call this so that every
    // view showing versions reloads.
    void notifyVersionsChanged();

signals:
    void databaseChanged();
    void userChanged();
    void codeChanged();
    void versionsChanged();

private:
    std::unique_ptr<storage::Database> m_database;
    std::optional<domain::StaffMember> m_user;
    std::optional<domain::Code> m_code;
};

} // namespace tenet::app

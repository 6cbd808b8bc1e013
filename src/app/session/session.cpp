#include "session.h"

#include "storage/database.h"
#include "storage/versionstore.h"

using namespace Qt::StringLiterals;

namespace tenet::app {

Session::Session(QObject *parent)
    : QObject(parent)
{
}

Session::~Session() = default;

void Session::setDatabase(std::unique_ptr<storage::Database> database)
{
    m_user.reset();
    m_code.reset();
    m_database = std::move(database);
    if (m_database) {
        // Unread, no code is shown; each view then reads and reports for itself.
        const auto codes = storage::VersionStore(*m_database).codes();
        if (codes && !codes->isEmpty())
            m_code = codes->first();
    }
    emit databaseChanged();
    emit userChanged();
    emit codeChanged();
    emit versionsChanged();
}

domain::Actor Session::actor() const
{
    if (!m_user)
        return domain::Actor{u"os:unknown"_s, std::nullopt};
    return domain::Actor{m_user->employeeNo, m_user->role};
}

void Session::signIn(const domain::StaffMember &member)
{
    m_user = member;
    emit userChanged();
}

void Session::signOut()
{
    if (!m_user)
        return;
    m_user.reset();
    emit userChanged();
}

void Session::setCode(qint64 codeId)
{
    if (!m_database)
        return;
    auto code = storage::VersionStore(*m_database).code(codeId);
    if (!code)
        return;
    m_code = *code;
    emit codeChanged();
    emit versionsChanged();
}

void Session::notifyVersionsChanged()
{
    emit versionsChanged();
}

} // namespace tenet::app

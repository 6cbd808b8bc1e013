#include "scopedtransaction.h"

#include "dialect.h"
#include "sqlquery.h"

namespace tenet::storage {

ScopedTransaction::ScopedTransaction(const QSqlDatabase &db, Mode mode) : m_db(db)
{
    const Dialect &dialect = Dialect::of(m_db);
    // A use case that reads through several stores holds one snapshot around them all (the
    // compliance report and its seal); each store's own read then joins it, and leaves
    // ending it to the one who began it.
    if (mode == Mode::Read && dialect.inTransaction(m_db))
        return;
    m_status = SqlQuery::run(
        m_db, mode == Mode::Write ? dialect.beginWriteSql() : dialect.beginReadSql());
    m_open = m_status.ok();
}

ScopedTransaction::~ScopedTransaction()
{
    if (m_open)
        (void)SqlQuery::run(m_db, QStringLiteral("ROLLBACK"));
}

domain::Status ScopedTransaction::commit()
{
    if (!m_open)
        return m_status;
    domain::Status status = SqlQuery::run(m_db, QStringLiteral("COMMIT"));
    if (status)
        m_open = false;
    return status;
}

} // namespace tenet::storage

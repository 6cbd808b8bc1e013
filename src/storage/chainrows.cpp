#include "chainrows.h"

#include "chaintext.h"

namespace tenet::storage {

QtSqlChainRows::QtSqlChainRows(const QSqlDatabase &db, const QString &sql)
    : m_query(db, sql), m_status(m_query.exec())
{
}

bool QtSqlChainRows::next()
{
    if (!m_status || !m_query.next())
        return false;
    m_seq = m_query.integer(0);
    m_previousHash = m_query.value(1).toByteArray();
    m_hash = m_query.value(2).toByteArray();
    return true;
}

void QtSqlChainRows::putValue(qsizetype index, ChainText &text) const
{
    text.setVariant(index, m_query.value(3 + int(index)));
}

} // namespace tenet::storage

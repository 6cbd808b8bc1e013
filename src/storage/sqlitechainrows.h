#pragma once

#include "chainrows.h"
#include "sqlitedialect.h"

namespace tenet::storage {

// A hash chain's rows read on SQLite's own interface: no QVariant per value, and a text
// handed to ChainText as the UTF-8 SQLite holds. Each value gives the text QtSql's reading
// gave (an integer's digits, a real through the same formatting, a text as it is), so that
// every hash written before checks the same. One difference, a fix: QtSql reads a text
// through SQLite's UTF-16, which turns U+FFFE and U+FFFF into U+FFFD, so that a row holding
// one failed the check although it was stored as written.
class SqliteChainRows final : public ChainRows
{
public:
    SqliteChainRows(const QSqlDatabase &db, const QString &sql);

    bool next() override { return m_reader.next(); }
    const domain::Status &status() const override { return m_reader.status(); }
    qint64 seq() const override { return m_reader.integer(0); }
    QByteArrayView previousHash() const override { return m_reader.bytes(1); }
    QByteArrayView hash() const override { return m_reader.bytes(2); }
    void putValue(qsizetype index, ChainText &text) const override;

private:
    SqliteDialect::Reader m_reader;
};

} // namespace tenet::storage

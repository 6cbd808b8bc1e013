#include "sqlitechainrows.h"

#include "chaintext.h"

namespace tenet::storage {

SqliteChainRows::SqliteChainRows(const QSqlDatabase &db, const QString &sql) : m_reader(db, sql)
{
}

void SqliteChainRows::putValue(qsizetype index, ChainText &text) const
{
    const int column = 3 + int(index);
    switch (m_reader.type(column)) {
    case SqliteDialect::Reader::Type::Null:
        text.setNull(index);
        break;
    case SqliteDialect::Reader::Type::Integer:
        text.setInteger(index, m_reader.integer(column));
        break;
    case SqliteDialect::Reader::Type::Real:
        text.setReal(index, m_reader.real(column));
        break;
    case SqliteDialect::Reader::Type::Text:
        // Tenet writes only well-formed UTF-8; anything else was put there some other way,
        // and reads as QtSql read it, so that it hashes as before.
        if (!text.setWellFormedText(index, m_reader.utf8(column)))
            text.setText(index, m_reader.utf16(column).toUtf8());
        break;
    case SqliteDialect::Reader::Type::Blob:
        // QtSql reads a blob as a QByteArray, whose text is its bytes read as UTF-8.
        text.setText(index, QString::fromUtf8(m_reader.bytes(column)).toUtf8());
        break;
    }
}

} // namespace tenet::storage

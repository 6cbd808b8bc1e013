#include "sqlitedialect.h"

#include "sqlquery.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

// SQLite's own interface on the handle under a QSQLITE connection: whether a transaction is
// open, and the bulk reader. Part of the SQLite dialect, kept apart from its SQL.

namespace tenet::storage {

namespace {

// The sqlite3 handle under a QSQLITE connection; null for another driver or a closed one.
// Debian's QSQLITE plugin links the system libsqlite3, the library this file links, so the
// handle is one this code may use.
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

bool SqliteDialect::inTransaction(const QSqlDatabase &db) const
{
    sqlite3 *connection = sqliteHandle(db);
    return connection && sqlite3_get_autocommit(connection) == 0;
}

SqliteDialect::Reader::Reader(const QSqlDatabase &db, const QString &sql)
    : m_where(db.databaseName())
{
    sqlite3 *connection = sqliteHandle(db);
    m_connection = connection;
    if (!connection) {
        m_status = domain::Error {domain::ErrorKind::Integrity, m_where,
                                  QStringLiteral("the database is not open through SQLite")};
        return;
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(connection, text.constData(), int(text.size()), &m_statement, nullptr)
        != SQLITE_OK)
        fail();
}

SqliteDialect::Reader::~Reader()
{
    sqlite3_finalize(m_statement);
}

SqliteDialect::Reader &SqliteDialect::Reader::bind(int position, qint64 value)
{
    if (m_status) {
        if (sqlite3_bind_int64(m_statement, position, value) != SQLITE_OK)
            fail();
    }
    return *this;
}

bool SqliteDialect::Reader::next()
{
    if (!m_status)
        return false;
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code != SQLITE_DONE)
        fail();
    return false;
}

bool SqliteDialect::Reader::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

SqliteDialect::Reader::Type SqliteDialect::Reader::type(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return Type::Integer;
    case SQLITE_FLOAT:
        return Type::Real;
    case SQLITE_TEXT:
        return Type::Text;
    case SQLITE_BLOB:
        return Type::Blob;
    default:
        return Type::Null;
    }
}

qint64 SqliteDialect::Reader::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteDialect::Reader::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteDialect::Reader::text(int column) const
{
    return QString::fromUtf8(utf8(column));
}

QByteArrayView SqliteDialect::Reader::utf8(int column) const
{
    // Text first, then its length: the order SQLite's documentation asks for.
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(bytes, bytes ? sqlite3_column_bytes(m_statement, column) : 0);
}

QString SqliteDialect::Reader::utf16(int column) const
{
    // As QSQLITE reads a text.
    const auto *units = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
    return units ? QString::fromUtf16(units, sqlite3_column_bytes16(m_statement, column) / 2)
                 : QString();
}

QByteArrayView SqliteDialect::Reader::bytes(int column) const
{
    const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArrayView(bytes, bytes ? sqlite3_column_bytes(m_statement, column) : 0);
}

void SqliteDialect::Reader::fail()
{
    auto *connection = static_cast<sqlite3 *>(m_connection);
    const QString message = QString::fromUtf8(sqlite3_errmsg(connection));
    // Through QSqlError, so that errorFromSql names a busy or damaged file as it does for
    // every other statement.
    m_status = errorFromSql(QSqlError(message, message, QSqlError::StatementError,
                                      QString::number(sqlite3_extended_errcode(connection))),
                            m_where, instance());
}

} // namespace tenet::storage

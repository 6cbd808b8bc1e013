#pragma once

#include "storage/connectionspec.h"
#include "support/testdatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

// What anyone who can reach the database can do without Tenet: SQL through a plain
// connection, in each engine's own words.

namespace tenet::test {

// A plain connection that knows nothing of Tenet, as the sqlite3 program would open the
// file (no foreign keys, no checks, just SQL), or psql the database on a server.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        auto spec = storage::ConnectionSpec::parse(path);
        REQUIRE(spec);
        if (spec->isServer()) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            db.setHostName(spec->host);
            if (spec->port)
                db.setPort(spec->port);
            db.setDatabaseName(spec->database);
            db.setUserName(spec->user);
            db.setConnectOptions(spec->libpqOptions());
            REQUIRE(db.open());
            return;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

// Runs one statement; the error text, empty on success. On PostgreSQL a failed statement
// would end the transaction around it, so each runs in a savepoint of its own, as SQLite's
// statements do (a failure undoes that statement only).
inline QString runSql(const QSqlDatabase &db, const QString &sql)
{
    // Fails outside a transaction, where there is nothing to protect.
    const bool server = db.driverName() == u"QPSQL"
        && QSqlQuery(db).exec(QStringLiteral("SAVEPOINT run_sql"));
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        if (server)
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK TO SAVEPOINT run_sql"));
        return query.lastError().databaseText().isEmpty() ? query.lastError().text()
                                                          : query.lastError().databaseText();
    }
    if (server)
        QSqlQuery(db).exec(QStringLiteral("RELEASE SAVEPOINT run_sql"));
    return {};
}

// A literal of bytes given in hex, in the SQL of the backend this run tests.
inline QString blobLiteral(const QString &hex)
{
    return TestDatabase::onServer() ? QStringLiteral("decode('%1', 'hex')").arg(hex)
                                    : QStringLiteral("x'%1'").arg(hex);
}

inline bool onServer(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL";
}

// Removes a guard as an attacker with the sqlite3 program, or psql, would.
inline void dropTrigger(const QSqlDatabase &db, const QString &trigger)
{
    QString sql = QStringLiteral("DROP TRIGGER ") + trigger;
    if (onServer(db)) {
        QSqlQuery table(db);
        REQUIRE(table.exec(QStringLiteral("SELECT c.relname FROM pg_trigger t JOIN pg_class c "
                                          "ON c.oid = t.tgrelid WHERE t.tgname = '%1'")
                               .arg(trigger)));
        REQUIRE(table.next());
        sql += QStringLiteral(" ON ") + table.value(0).toString();
    }
    INFO(sql.toStdString());
    REQUIRE(runSql(db, sql).isEmpty());
}

// Switches every guard of a server's tables off, or back on (what a server's administrator
// can do without dropping them).
inline void switchServerGuards(const QSqlDatabase &db, bool on)
{
    QSqlQuery tables(db);
    REQUIRE(tables.exec(QStringLiteral("SELECT tablename FROM pg_tables "
                                       "WHERE schemaname = current_schema()")));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : names)
        REQUIRE(runSql(db, QStringLiteral("ALTER TABLE %1 %2 TRIGGER USER")
                               .arg(table, on ? QStringLiteral("ENABLE")
                                              : QStringLiteral("DISABLE")))
                    .isEmpty());
}

} // namespace tenet::test

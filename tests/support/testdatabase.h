#pragma once

#include "support/tempdir.h"

#include <QString>

namespace tenet::test {

// Where one test keeps its Tenet database: a new file in a temporary folder, or, when the
// environment variable TENET_TEST_POSTGRES names a PostgreSQL server (a libpq URI, as
// scripts/with-postgres sets it), a new empty database on that server, dropped when the test
// ends. Tests that open storage through where() run unchanged on both backends.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    // What Database::open and tenetctl --db take.
    QString where() const { return m_where; }
    // A second, distinct database in the same place (a copy's target).
    QString another(const QString &name);
    const TempDir &dir() const { return m_dir; }

    // Whether this run's tests use a server.
    static bool onServer();
    // The server from TENET_TEST_POSTGRES; empty when there is none.
    static QString serverAddress();
    // A user that server asks a password of, and the password (scripts/with-postgres makes
    // one); empty when there is none.
    static QString passwordRole();
    static QString rolePassword();

private:
    QString createOnServer();

    TempDir m_dir;
    QString m_where;
    QStringList m_created; // databases made on the server, to drop at the end
};

} // namespace tenet::test

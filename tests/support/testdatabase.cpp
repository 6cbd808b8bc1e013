#include "testdatabase.h"

#include "storage/connectionspec.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <atomic>

namespace tenet::test {

namespace {

// Runs statements on the server's maintenance connection (the database named in
// TENET_TEST_POSTGRES), where databases are made and dropped.
void runOnServer(const QString &sql)
{
    auto spec = storage::ConnectionSpec::parse(TestDatabase::serverAddress());
    REQUIRE(spec);
    const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(spec->host);
        if (spec->port)
            db.setPort(spec->port);
        db.setDatabaseName(spec->database);
        db.setUserName(spec->user);
        db.setConnectOptions(spec->libpqOptions());
        INFO(db.lastError().text().toStdString());
        REQUIRE(db.open());
        QSqlQuery query(db);
        INFO(sql.toStdString());
        const bool ran = query.exec(sql);
        INFO(query.lastError().text().toStdString());
        REQUIRE(ran);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TestDatabase::TestDatabase()
{
    m_where = onServer() ? createOnServer() : m_dir.file(QStringLiteral("tenet.db"));
}

TestDatabase::~TestDatabase()
{
    for (const QString &database : std::as_const(m_created)) {
        // WITH (FORCE) ends connections a failed test left open.
        try {
            runOnServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
        } catch (...) {
        }
    }
}

QString TestDatabase::another(const QString &name)
{
    return onServer() ? createOnServer() : m_dir.file(name);
}

bool TestDatabase::onServer()
{
    return !serverAddress().isEmpty();
}

QString TestDatabase::serverAddress()
{
    return qEnvironmentVariable("TENET_TEST_POSTGRES");
}

QString TestDatabase::passwordRole()
{
    return qEnvironmentVariable("TENET_TEST_POSTGRES_PASSWORD_ROLE");
}

QString TestDatabase::rolePassword()
{
    return qEnvironmentVariable("TENET_TEST_POSTGRES_PASSWORD");
}

QString TestDatabase::createOnServer()
{
    static std::atomic<int> counter {0};
    const QString database = QStringLiteral("tenet_test_%1_%2")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(++counter);
    runOnServer(QStringLiteral("CREATE DATABASE %1").arg(database));
    m_created.append(database);
    auto spec = storage::ConnectionSpec::parse(serverAddress());
    REQUIRE(spec);
    spec->database = database;
    return spec->displayName();
}

} // namespace tenet::test

#include "storage/connectionspec.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using tenet::domain::ErrorKind;
using tenet::storage::ConnectionSpec;

namespace {

ConnectionSpec parsed(const char *text)
{
    auto spec = ConnectionSpec::parse(QString::fromUtf8(text));
    INFO(text);
    REQUIRE(spec.ok());
    return *spec;
}

QString refusal(const char *text)
{
    auto spec = ConnectionSpec::parse(QString::fromUtf8(text));
    INFO(text);
    REQUIRE_FALSE(spec.ok());
    CHECK(spec.error().kind == ErrorKind::Invalid);
    return spec.error().toString();
}

} // namespace

TEST_CASE("a path names an SQLite file, whatever it looks like", "[storage][connection]")
{
    for (const char *path : {"centre.tenet", "/srv/tenet/centre.tenet", "C:/data/centre.tenet",
                             "postgresql.tenet", "service.tenet", "./a b/c.tenet"}) {
        const ConnectionSpec spec = parsed(path);
        CHECK(spec.backend == ConnectionSpec::Backend::Sqlite);
        CHECK(spec.path == QString::fromUtf8(path));
        CHECK_FALSE(spec.isServer());
        CHECK(spec.displayName() == QString::fromUtf8(path));
    }
}

TEST_CASE("a postgresql URI names the server, port, database and user", "[storage][connection]")
{
    const ConnectionSpec spec = parsed("postgresql://agent@db.example.org:5433/centre");
    CHECK(spec.backend == ConnectionSpec::Backend::PostgreSql);
    CHECK(spec.host == u"db.example.org");
    CHECK(spec.port == 5433);
    CHECK(spec.database == u"centre");
    CHECK(spec.user == u"agent");
    CHECK(spec.libpqOptions().isEmpty());
    CHECK(spec.displayName() == u"postgresql://agent@db.example.org:5433/centre");

    const ConnectionSpec shortest = parsed("postgres://db/centre");
    CHECK(shortest.host == u"db");
    CHECK(shortest.port == 0);
    CHECK(shortest.user.isEmpty());

    const ConnectionSpec ipv6 = parsed("postgresql://[::1]:5432/centre");
    CHECK(ipv6.host == u"::1");
    CHECK(ipv6.port == 5432);
    CHECK(ipv6.displayName() == u"postgresql://[::1]:5432/centre");
}

TEST_CASE("a socket folder, escapes and libpq options in the URI are read as libpq reads them",
          "[storage][connection]")
{
    const ConnectionSpec socket = parsed("postgresql://postgres@/tenet_test?host=/tmp/pg.x1");
    CHECK(socket.host == u"/tmp/pg.x1");
    CHECK(socket.database == u"tenet_test");
    CHECK(socket.displayName() == u"postgresql://postgres@/tenet_test?host=/tmp/pg.x1");

    const ConnectionSpec encoded = parsed("postgresql://%2Fvar%2Frun%2Fpg/caf%C3%A9");
    CHECK(encoded.host == u"/var/run/pg");
    CHECK(encoded.database == QStringLiteral("café"));

    const ConnectionSpec options
        = parsed("postgresql://db/centre?sslmode=verify-full&connect_timeout=5&user=lead");
    CHECK(options.user == u"lead");
    CHECK(options.libpqOptions() == u"sslmode=verify-full;connect_timeout=5");
}

TEST_CASE("service=NAME names a server in pg_service.conf", "[storage][connection]")
{
    const ConnectionSpec spec = parsed("service=centre_live");
    CHECK(spec.isServer());
    CHECK(spec.service == u"centre_live");
    CHECK(spec.host.isEmpty());
    CHECK(spec.libpqOptions() == u"service=centre_live");
    CHECK(spec.displayName() == u"service=centre_live");
}

TEST_CASE("a password is refused wherever it is written, and never repeated back",
          "[storage][connection]")
{
    const QString inUser = refusal("postgresql://agent:s3cret@db/centre");
    CHECK(inUser.contains(QStringLiteral("password")));
    CHECK(inUser.contains(QStringLiteral("~/.pgpass")));
    CHECK_FALSE(inUser.contains(QStringLiteral("s3cret")));

    const QString inQuery = refusal("postgresql://db/centre?password=s3cret");
    CHECK(inQuery.contains(QStringLiteral("password")));
    CHECK_FALSE(inQuery.contains(QStringLiteral("s3cret")));
    // Nor when the key is percent-encoded, or another mistake is reported first.
    CHECK_FALSE(
        refusal("postgresql://db/centre?pass%77ord=s3cret").contains(QStringLiteral("s3cret")));
    const QString otherMistake = refusal("postgresql://db/centre?port=0&password=s3cret");
    CHECK(otherMistake.contains(QStringLiteral("port \"0\"")));
    CHECK_FALSE(otherMistake.contains(QStringLiteral("s3cret")));
}

TEST_CASE("a wrong connection names the part that is wrong", "[storage][connection]")
{
    CHECK(refusal("").contains(QStringLiteral("no database")));
    CHECK(refusal("postgresql://db:54x/centre").contains(QStringLiteral("port \"54x\"")));
    CHECK(refusal("postgresql://db:70000/centre").contains(QStringLiteral("port \"70000\"")));
    CHECK(refusal("postgresql://db/centre?port=0").contains(QStringLiteral("port \"0\"")));
    CHECK(refusal("postgresql://db/centre/extra").contains(QStringLiteral("database name")));
    CHECK(refusal("postgresql://a,b/centre").contains(QStringLiteral("one server")));
    CHECK(refusal("postgresql://[::1/centre").contains(QStringLiteral("\"[\"")));
    CHECK(refusal("postgresql://db/centre?colour=red").contains(QStringLiteral("\"colour\"")));
    CHECK(refusal("postgresql://db/centre?sslmode=").contains(QStringLiteral("\"sslmode\"")));
    CHECK(refusal("postgresql://db/centre?application_name=a;b")
              .contains(QStringLiteral("application_name")));
    CHECK(refusal("service=").contains(QStringLiteral("service name is missing")));
    CHECK(refusal("service=a b").contains(QStringLiteral("\"a b\"")));
    CHECK(refusal("mysql://db/centre").contains(QStringLiteral("\"mysql://\"")));
}

TEST_CASE("QPSQL connects to the server a URI names", "[storage][connection][postgresql]")
{
    const QString configured = qEnvironmentVariable("TENET_TEST_POSTGRES");
    if (configured.isEmpty()) {
        WARN("TENET_TEST_POSTGRES is not set; run under scripts/with-postgres to test a server");
        return;
    }
    auto spec = ConnectionSpec::parse(configured);
    REQUIRE(spec.ok());
    REQUIRE(spec->isServer());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"),
                                                    QStringLiteral("connectionspec-test"));
        db.setHostName(spec->host);
        if (spec->port != 0)
            db.setPort(spec->port);
        db.setDatabaseName(spec->database);
        db.setUserName(spec->user);
        db.setConnectOptions(spec->libpqOptions());
        INFO(db.lastError().text().toStdString());
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT current_database(), current_user")));
        REQUIRE(query.next());
        CHECK(query.value(0).toString() == spec->database);
        CHECK(query.value(1).toString() == spec->user);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("connectionspec-test"));
}

#pragma once

#include "domain/result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace tenet::storage {

// Where a Tenet organisation lives, as given to --db: an SQLite file, or a PostgreSQL server
// named by a libpq URI (postgresql://user@host:port/database?option=value) or by a service in
// libpq's pg_service.conf (service=NAME). It never holds a password: libpq reads one from
// ~/.pgpass, or the program asks for it when connecting, and neither is kept here.
struct ConnectionSpec
{
    enum class Backend
    {
        Sqlite,
        PostgreSql,
    };

    Backend backend = Backend::Sqlite;
    QString path; // SQLite: the file

    // PostgreSQL; an empty text (or port 0) leaves the choice to libpq's defaults.
    QString service;
    QString host; // a name, an address, or a folder holding the server's Unix socket
    int port = 0;
    QString database;
    QString user;
    // Further libpq options from the URI's query (sslmode, connect_timeout...), in order.
    QList<QPair<QString, QString>> options;

    // Reads what --db was given; an error names the part that is wrong.
    static domain::Result<ConnectionSpec> parse(const QString &text);

    bool isServer() const { return backend == Backend::PostgreSql; }
    // How to name the database to the user (and in Open Recent): the file, or the server
    // address without any password, since none is ever held.
    QString displayName() const;
    // The libpq options beyond host, port, database and user, as QPSQL's connect options
    // ("service=x;sslmode=require").
    QString libpqOptions() const;

    friend bool operator==(const ConnectionSpec &, const ConnectionSpec &) = default;
};

} // namespace tenet::storage

#include "connectionspec.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace tenet::storage {

using domain::Error;
using domain::Result;

namespace {

const QStringList uriSchemes {QStringLiteral("postgresql://"), QStringLiteral("postgres://")};
const QString servicePrefix = QStringLiteral("service=");

// The libpq options a URI may carry besides host, port, dbname and user. A password is
// deliberately not among them.
const QStringList knownOptions {
    QStringLiteral("application_name"), QStringLiteral("channel_binding"),
    QStringLiteral("connect_timeout"),  QStringLiteral("gssencmode"),
    QStringLiteral("keepalives"),       QStringLiteral("passfile"),
    QStringLiteral("sslcert"),          QStringLiteral("sslcrl"),
    QStringLiteral("sslkey"),           QStringLiteral("sslmode"),
    QStringLiteral("sslrootcert"),      QStringLiteral("target_session_attrs"),
};

const QString noPassword = QStringLiteral(
    "a password does not belong in the address: Tenet never stores one; put it in ~/.pgpass, "
    "or type it when Tenet asks");

QString decoded(QStringView part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

// QPSQL joins its connect options into one libpq string, reading ';' as a separator, so a
// value must be a single plain word.
bool isPlainValue(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[^\\s;'\"\\\\]+$"));
    return plain.match(value).hasMatch();
}

Result<int> parsePort(const QString &text, const QString &where)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port < 1 || port > 65535 || text.startsWith(u'+'))
        return Error::invalid(
            where, QStringLiteral("the port \"%1\" is not a number from 1 to 65535").arg(text));
    return port;
}

// The text with any password hidden, in the user part or the query, for naming it in an
// error.
QString redacted(const QString &text, qsizetype schemeLength)
{
    QString shown = text;
    const qsizetype authorityEnd = shown.indexOf(u'/', schemeLength);
    const qsizetype at = shown.lastIndexOf(u'@', authorityEnd < 0 ? -1 : authorityEnd);
    const qsizetype colon = shown.indexOf(u':', schemeLength);
    if (at >= schemeLength && colon >= 0 && colon < at)
        shown = shown.left(colon + 1) + QStringLiteral("****") + shown.mid(at);
    const qsizetype mark = shown.indexOf(u'?', schemeLength);
    if (mark < 0)
        return shown;
    QStringList items = shown.mid(mark + 1).split(u'&');
    for (QString &item : items) {
        const qsizetype equals = item.indexOf(u'=');
        if (equals >= 0 && decoded(QStringView(item).left(equals)) == u"password")
            item = item.left(equals + 1) + QStringLiteral("****");
    }
    return shown.left(mark + 1) + items.join(u'&');
}

Result<ConnectionSpec> parseUri(const QString &text, qsizetype schemeLength)
{
    const QString where = redacted(text, schemeLength);
    ConnectionSpec spec;
    spec.backend = ConnectionSpec::Backend::PostgreSql;

    QStringView rest = QStringView(text).mid(schemeLength);
    QStringView query;
    if (const qsizetype mark = rest.indexOf(u'?'); mark >= 0) {
        query = rest.mid(mark + 1);
        rest = rest.left(mark);
    }
    QStringView authority = rest;
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        authority = rest.left(slash);
        const QStringView path = rest.mid(slash + 1);
        if (path.contains(u'/'))
            return Error::invalid(where,
                                  QStringLiteral("the database name \"%1\" holds a \"/\"; give "
                                                 "just the name after the server")
                                      .arg(decoded(path)));
        spec.database = decoded(path);
    }

    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QStringView userInfo = authority.left(at);
        if (userInfo.contains(u':'))
            return Error::invalid(where, noPassword);
        spec.user = decoded(userInfo);
        authority = authority.mid(at + 1);
    }
    if (authority.contains(u','))
        return Error::invalid(where, QStringLiteral("name one server, not a list of servers"));

    QStringView hostPart = authority;
    QStringView portPart;
    if (authority.startsWith(u'[')) {
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            return Error::invalid(where,
                                  QStringLiteral("the server address \"%1\" opens a \"[\" it "
                                                 "does not close")
                                      .arg(authority.toString()));
        hostPart = authority.mid(1, close - 1);
        const QStringView after = authority.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(u':'))
            return Error::invalid(where,
                                  QStringLiteral("the server address \"%1\" has text after its "
                                                 "\"]\"")
                                      .arg(authority.toString()));
        portPart = after.mid(1);
    } else if (const qsizetype colon = authority.indexOf(u':'); colon >= 0) {
        hostPart = authority.left(colon);
        portPart = authority.mid(colon + 1);
    }
    spec.host = decoded(hostPart);
    if (!portPart.isEmpty()) {
        auto port = parsePort(portPart.toString(), where);
        if (!port)
            return port.error();
        spec.port = *port;
    }

    for (QStringView item : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = item.indexOf(u'=');
        const QString key = decoded(equals < 0 ? item : item.left(equals));
        const QString value = equals < 0 ? QString() : decoded(item.mid(equals + 1));
        if (key == u"password")
            return Error::invalid(where, noPassword);
        if (value.isEmpty())
            return Error::invalid(where, QStringLiteral("the option \"%1\" has no value").arg(key));
        if (key == u"host") {
            spec.host = value;
        } else if (key == u"port") {
            auto port = parsePort(value, where);
            if (!port)
                return port.error();
            spec.port = *port;
        } else if (key == u"dbname") {
            spec.database = value;
        } else if (key == u"user") {
            spec.user = value;
        } else if (key == u"service") {
            if (!isPlainValue(value))
                return Error::invalid(
                    where,
                    QStringLiteral("the service name \"%1\" holds a space, a quote or a "
                                   "\";\"")
                        .arg(value));
            spec.service = value;
        } else if (knownOptions.contains(key)) {
            if (!isPlainValue(value))
                return Error::invalid(where,
                                      QStringLiteral("the value of the option \"%1\" holds a "
                                                     "space, a quote or a \";\"")
                                          .arg(key));
            spec.options.append({key, value});
        } else {
            return Error::invalid(where,
                                  QStringLiteral("\"%1\" is not a connection option Tenet "
                                                 "knows; it knows host, port, dbname, user, "
                                                 "service, %2")
                                      .arg(key, knownOptions.join(QStringLiteral(", "))));
        }
    }
    if (spec.host.contains(u','))
        return Error::invalid(where, QStringLiteral("name one server, not a list of servers"));
    return spec;
}

Result<ConnectionSpec> parseService(const QString &text)
{
    const QString name = text.mid(servicePrefix.size());
    if (name.isEmpty())
        return Error::invalid(text,
                              QStringLiteral("the service name is missing after "
                                             "\"service=\""));
    static const QRegularExpression serviceName(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    if (!serviceName.match(name).hasMatch())
        return Error::invalid(
            text,
            QStringLiteral("the service name \"%1\" may hold only letters, digits, "
                           "\"_\", \".\" and \"-\" (one name from pg_service.conf)")
                .arg(name));
    ConnectionSpec spec;
    spec.backend = ConnectionSpec::Backend::PostgreSql;
    spec.service = name;
    return spec;
}

} // namespace

Result<ConnectionSpec> ConnectionSpec::parse(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Error::invalid(QString(), QStringLiteral("no database was named"));
    for (const QString &scheme : uriSchemes) {
        if (text.startsWith(scheme, Qt::CaseInsensitive))
            return parseUri(text, scheme.size());
    }
    if (text.startsWith(servicePrefix))
        return parseService(text);
    // Another scheme is more likely a mistyped server address than a file of that name.
    static const QRegularExpression otherScheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    if (const auto match = otherScheme.match(text); match.hasMatch())
        return Error::invalid(text,
                              QStringLiteral("\"%1://\" is not a database Tenet knows; a server "
                                             "address begins with \"postgresql://\"")
                                  .arg(match.captured(1)));
    ConnectionSpec spec;
    spec.path = text;
    return spec;
}

QString ConnectionSpec::displayName() const
{
    if (!isServer())
        return path;
    if (!service.isEmpty() && host.isEmpty() && database.isEmpty() && user.isEmpty())
        return servicePrefix + service;
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += QString::fromUtf8(QUrl::toPercentEncoding(user)) + u'@';
    // A socket folder goes in the query, where libpq reads it with its slashes.
    const bool socketFolder = host.startsWith(u'/');
    if (!socketFolder)
        text += host.contains(u':') ? u'[' + host + u']' : host;
    if (port != 0 && !socketFolder)
        text += u':' + QString::number(port);
    text += u'/' + QString::fromUtf8(QUrl::toPercentEncoding(database));
    QStringList query;
    if (socketFolder)
        query.append(QStringLiteral("host=") + host);
    if (socketFolder && port != 0)
        query.append(QStringLiteral("port=%1").arg(port));
    if (!service.isEmpty())
        query.append(QStringLiteral("service=") + service);
    for (const auto &[key, value] : options)
        query.append(key + u'=' + value);
    if (!query.isEmpty())
        text += u'?' + query.join(u'&');
    return text;
}

QString ConnectionSpec::libpqOptions() const
{
    QStringList parts;
    if (!service.isEmpty())
        parts.append(servicePrefix + service);
    for (const auto &[key, value] : options)
        parts.append(key + u'=' + value);
    return parts.join(u';');
}

} // namespace tenet::storage

#pragma once

#include <QString>
#include <QUrl>

#include <cstddef>
#include <string>

// JSON pointers and URIs as $id and $ref use them, and the place in an instance that an
// error names.
namespace tenet::exchange::schema {

// Where relative $ids and $refs resolve when the schema names no base of its own.
QString defaultBaseUri();

QString escapePointerToken(QString token);
QString unescapePointerToken(QString token);

// The URI a document or an $id names, without its fragment: the key resources are kept by.
QString resourceKey(const QUrl &url);
QUrl resolveUri(const QString &base, const QString &reference);

// A position in the instance, kept as a chain on the stack so that a JSON pointer string
// is only built when an error needs one.
struct Path
{
    const Path *parent = nullptr;
    const std::string *key = nullptr; // null: an array index
    std::size_t index = 0;

    QString pointer() const;
    int depth() const;
};

} // namespace tenet::exchange::schema

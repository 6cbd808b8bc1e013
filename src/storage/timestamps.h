#pragma once

#include <QDateTime>
#include <QString>

namespace tenet::storage {

// Times are stored as UTC ISO 8601 text with milliseconds ("2026-05-01T09:00:00.000Z"):
// readable in sqlite3, sortable as text, and exact when read back.
inline QString storedTime(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return when.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime timeFromStored(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace tenet::storage

#pragma once

#include <QStringList>

class QSettings;

namespace tenet::app {

// The databases opened last, newest first, kept in the program's settings: at most eight,
// each once, and only files that still exist. A database on a server is kept by its address
// (ConnectionSpec::displayName()), which never holds a password.
class RecentFiles
{
public:
    static constexpr int maximum = 8;

    explicit RecentFiles(QSettings &settings);

    // The list with files that no longer exist left out (and forgotten).
    QStringList files() const;
    // Puts the file first, as an absolute path, or the server address.
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

private:
    void store(const QStringList &files) const;

    QSettings &m_settings;
};

} // namespace tenet::app

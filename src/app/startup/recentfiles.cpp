#include "recentfiles.h"

#include "storage/connectionspec.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace tenet::app {

namespace {

const QString settingsKey = u"recentFiles"_s;

// A file by its absolute path; a server by its address as ConnectionSpec writes it, which
// holds no password. Empty for an address Tenet cannot read (one with a password, say).
QString normalised(const QString &path)
{
    const auto spec = storage::ConnectionSpec::parse(path);
    if (!spec)
        return {};
    if (spec->isServer())
        return spec->displayName();
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// A server cannot be asked whether its database still exists without connecting to it.
bool stillThere(const QString &entry)
{
    const auto spec = storage::ConnectionSpec::parse(entry);
    return spec && (spec->isServer() || QFileInfo(entry).isFile());
}

} // namespace

RecentFiles::RecentFiles(QSettings &settings) : m_settings(settings) { }

QStringList RecentFiles::files() const
{
    const QStringList stored = m_settings.value(settingsKey).toStringList();
    QStringList existing;
    for (const QString &path : stored) {
        if (stillThere(path) && !existing.contains(path))
            existing.append(path);
    }
    if (existing.size() > maximum)
        existing.resize(maximum);
    if (existing != stored)
        store(existing);
    return existing;
}

void RecentFiles::add(const QString &path)
{
    const QString file = normalised(path);
    if (file.isEmpty())
        return;
    QStringList list = files();
    list.removeAll(file);
    list.prepend(file);
    if (list.size() > maximum)
        list.resize(maximum);
    store(list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = m_settings.value(settingsKey).toStringList();
    if (list.removeAll(normalised(path)) > 0)
        store(list);
}

void RecentFiles::clear()
{
    m_settings.remove(settingsKey);
}

void RecentFiles::store(const QStringList &files) const
{
    if (files.isEmpty())
        m_settings.remove(settingsKey);
    else
        m_settings.setValue(settingsKey, files);
}

} // namespace tenet::app

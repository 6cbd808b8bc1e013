#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace tenet::app {

namespace {

const QString settingsKey = u"recentFiles"_s;

QString normalised(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

RecentFiles::RecentFiles(QSettings &settings) : m_settings(settings) { }

QStringList RecentFiles::files() const
{
    const QStringList stored = m_settings.value(settingsKey).toStringList();
    QStringList existing;
    for (const QString &path : stored) {
        if (QFileInfo(path).isFile() && !existing.contains(path))
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

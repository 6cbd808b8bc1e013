#pragma once

#include "app/startup/databaseopener.h"
#include "storage/database.h"
#include "support/tempdir.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace tenet::test {

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Making the demonstration organisation hashes a PIN for every person, which is slow on
// purpose. ctest runs every test case in a process of its own, so the file is made once per
// build of this executable and kept in the test-mode cache folder (never the user's), named
// after the executable's size and time so that a rebuild makes it afresh.
inline QString demoTemplateFile(const QString &language = u"en"_s)
{
    static QHash<QString, QString> files; // by language
    if (files.contains(language))
        return files.value(language);
    const QString path = [&language] {
        const QFileInfo executable(QCoreApplication::applicationFilePath());
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        REQUIRE(QDir().mkpath(folder));
        const QString name = u"demo-%1-%2-%3.db"_s.arg(language)
                                 .arg(executable.size())
                                 .arg(executable.lastModified().toMSecsSinceEpoch());
        const QString file = QDir(folder).filePath(name);
        if (QFileInfo::exists(file))
            return file;
        // Made aside and renamed into place, so that a test running at the same time never
        // sees half a file.
        QTemporaryDir scratch(QDir(folder).filePath(u"making-XXXXXX"_s));
        REQUIRE(scratch.isValid());
        const QString made = scratch.filePath(name);
        {
            auto created = app::DatabaseOpener::createNew(made, std::nullopt, language);
            INFO((created ? std::string() : created.error().toString().toStdString()));
            REQUIRE(created);
        } // closed here: one complete file with no log beside it
        const QStringList stale
            = QDir(folder).entryList({u"demo-%1-*.db"_s.arg(language)}, QDir::Files);
        for (const QString &old : stale)
            QFile::remove(QDir(folder).filePath(old));
        QFile::rename(made, file); // fails only when another test put it there first
        REQUIRE(QFileInfo::exists(file));
        return file;
    }();
    files.insert(language, path);
    return path;
}

inline std::unique_ptr<storage::Database> openDemoCopy(const QString &path,
                                                       const QString &language = u"en"_s)
{
    REQUIRE(QFile::copy(demoTemplateFile(language), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto opened = storage::Database::open(path, storage::OpenMode::ExistingOnly);
    INFO((opened ? std::string() : opened.error().toString().toStdString()));
    REQUIRE(opened);
    return std::move(opened).value();
}

// Settings in a file of the test's own, never the user's.
inline std::unique_ptr<QSettings> testSettings(const TempDir &dir)
{
    return std::make_unique<QSettings>(dir.file(u"settings.ini"_s), QSettings::IniFormat);
}

} // namespace tenet::test

namespace Catch {
template<typename T> struct StringMaker<tenet::domain::Result<T>>
{
    static std::string convert(const tenet::domain::Result<T> &result)
    {
        return result.ok() ? std::string("ok")
                           : "error: " + result.error().toString().toStdString();
    }
};
} // namespace Catch

#include "startupfixture.h"

#include "app/startup/recentfiles.h"

#include <QFile>

using namespace tenet;
using app::RecentFiles;

namespace {

QString touch(const test::TempDir &dir, const QString &name)
{
    const QString path = dir.file(name);
    test::writeFile(path, "x");
    return path;
}

} // namespace

TEST_CASE("the recent list puts the newest file first and holds each file once",
          "[startup][recent]")
{
    test::TempDir dir;
    auto settings = test::testSettings(dir);
    RecentFiles recent(*settings);
    CHECK(recent.files().isEmpty());

    const QString a = touch(dir, u"a.db"_s);
    const QString b = touch(dir, u"b.db"_s);
    recent.add(a);
    recent.add(b);
    CHECK(recent.files() == QStringList {b, a});
    // The same file by another spelling of its path is still the same file.
    recent.add(dir.path() + u"/./a.db"_s);
    CHECK(recent.files() == QStringList {a, b});

    // A second settings object on the same file sees the list: it survives a restart.
    settings->sync();
    QSettings again(dir.file(u"settings.ini"_s), QSettings::IniFormat);
    CHECK(RecentFiles(again).files() == QStringList {a, b});
}

TEST_CASE("the recent list keeps at most eight files", "[startup][recent]")
{
    test::TempDir dir;
    auto settings = test::testSettings(dir);
    RecentFiles recent(*settings);
    QStringList added;
    for (int i = 1; i <= 10; ++i) {
        added.prepend(touch(dir, u"file%1.db"_s.arg(i)));
        recent.add(added.first());
    }
    CHECK(recent.files().size() == RecentFiles::maximum);
    CHECK(RecentFiles::maximum == 8);
    CHECK(recent.files() == added.mid(0, 8));
}

TEST_CASE("files that no longer exist drop out of the recent list", "[startup][recent]")
{
    test::TempDir dir;
    auto settings = test::testSettings(dir);
    RecentFiles recent(*settings);
    const QString kept = touch(dir, u"kept.db"_s);
    const QString gone = touch(dir, u"gone.db"_s);
    recent.add(kept);
    recent.add(gone);
    REQUIRE(QFile::remove(gone));
    CHECK(recent.files() == QStringList {kept});
    // Forgotten for good, not only hidden: it does not come back with the same name.
    test::writeFile(gone, "x");
    CHECK(recent.files() == QStringList {kept});
}

TEST_CASE("clearing the recent list forgets every file", "[startup][recent]")
{
    test::TempDir dir;
    auto settings = test::testSettings(dir);
    RecentFiles recent(*settings);
    recent.add(touch(dir, u"a.db"_s));
    recent.add(touch(dir, u"b.db"_s));
    recent.clear();
    CHECK(recent.files().isEmpty());
    recent.add(touch(dir, u"c.db"_s));
    recent.remove(dir.file(u"c.db"_s));
    CHECK(recent.files().isEmpty());
}

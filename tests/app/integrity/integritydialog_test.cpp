#include "app/integrity/integritydialog.h"

#include "domain/seal.h"
#include "storage/database.h"
#include "support/sampledatabase.h"
#include "support/tempdir.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace tenet;

namespace {

// Shows the dialog and waits for the checks it starts on a worker thread.
bool runChecks(app::IntegrityDialog &dialog)
{
    QSignalSpy finished(&dialog, &app::IntegrityDialog::checkFinished);
    dialog.show();
    if (!finished.wait(20000))
        return false;
    return finished.first().first().toBool();
}

template<typename T> T *child(const QWidget &parent, const QString &name)
{
    auto *found = parent.findChild<T *>(name);
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("the integrity dialog shows that a sound database passed, with its seal",
          "[app][integrity]")
{
    test::TempDir dir;
    const QString path = dir.file(u"t.db"_s);
    const test::SampleDatabase sample = test::createSampleDatabase(path, true);

    app::IntegrityDialog dialog(path);
    REQUIRE(runChecks(dialog));
    CHECK(child<QLabel>(dialog, u"integrityHeadline"_s)->text().contains(u"passed every check"_s));
    CHECK_FALSE(child<QPlainTextEdit>(dialog, u"integrityProblems"_s)->isVisible());
    const QString shown = child<QPlainTextEdit>(dialog, u"sealText"_s)->toPlainText();
    CHECK(shown.startsWith(u"tenet-seal 1\n"_s));
    CHECK(shown.contains(u"\nversion "_s));
    CHECK(shown == dialog.sealText());
    const auto read = domain::readSeal(dialog.sealText().toUtf8(), u"dialog"_s);
    CHECK(read.ok());
}

TEST_CASE("Copy Seal puts the seal on the clipboard, and Save writes it byte for byte",
          "[app][integrity]")
{
    test::TempDir dir;
    const QString path = dir.file(u"t.db"_s);
    const test::SampleDatabase sample = test::createSampleDatabase(path, true);
    app::IntegrityDialog dialog(path);
    REQUIRE(runChecks(dialog));

    QApplication::clipboard()->clear();
    QPushButton *copy = child<QPushButton>(dialog, u"copySealButton"_s);
    REQUIRE(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    CHECK(QApplication::clipboard()->text() == dialog.sealText());
    CHECK(QApplication::clipboard()->text().startsWith(u"tenet-seal 1\n"_s));

    const QString saved = dir.file(u"seal.txt"_s);
    REQUIRE(dialog.saveSealTo(saved));
    QFile file(saved);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == dialog.sealText().toUtf8());
}

TEST_CASE("the integrity dialog lists what a tampered database failed, and offers no seal",
          "[app][integrity]")
{
    test::TempDir dir;
    const QString path = dir.file(u"t.db"_s);
    {
        const test::SampleDatabase sample = test::createSampleDatabase(path, true);
        QSqlQuery drop(sample.database->connection());
        REQUIRE(drop.exec(u"DROP TRIGGER audit_log_no_update"_s));
    }

    app::IntegrityDialog dialog(path);
    CHECK_FALSE(runChecks(dialog));
    CHECK(child<QLabel>(dialog, u"integrityHeadline"_s)->text().contains(u"failed"_s));
    QPlainTextEdit *problems = child<QPlainTextEdit>(dialog, u"integrityProblems"_s);
    CHECK(problems->isVisible());
    CHECK(problems->toPlainText().contains(u"audit_log_no_update"_s));
    CHECK(dialog.sealText().isEmpty());
    CHECK_FALSE(child<QPushButton>(dialog, u"copySealButton"_s)->isEnabled());
    CHECK_FALSE(child<QPushButton>(dialog, u"saveSealButton"_s)->isEnabled());
}

// Not run by default: `tenet_integrity_tests "[screenshots]"` writes the dialog as PNGs to
// $TENET_SCREENSHOT_DIR (or the current folder), to look at them.
TEST_CASE("the integrity dialog can be rendered for a look", "[.][screenshots]")
{
    const QString folder = qEnvironmentVariableIsSet("TENET_SCREENSHOT_DIR")
        ? qEnvironmentVariable("TENET_SCREENSHOT_DIR")
        : QDir::currentPath();
    test::TempDir dir;
    const QString path = dir.file(u"Code of Practice.db"_s);
    {
        const test::SampleDatabase sample = test::createSampleDatabase(path, true);
    }
    app::IntegrityDialog passed(path);
    REQUIRE(runChecks(passed));
    CHECK(passed.grab().save(folder + u"/integrity-passed.png"_s));

    {
        auto db = storage::Database::open(path, storage::OpenMode::ExistingOnly);
        REQUIRE(db.ok());
        QSqlQuery drop((*db)->connection());
        REQUIRE(drop.exec(u"DROP TRIGGER audit_log_no_update"_s));
    }
    app::IntegrityDialog failed(path);
    CHECK_FALSE(runChecks(failed));
    CHECK(failed.grab().save(folder + u"/integrity-failed.png"_s));
}

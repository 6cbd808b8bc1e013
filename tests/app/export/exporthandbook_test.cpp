#include "app/export/exportactions.h"
#include "app/export/exporthandbookdialog.h"
#include "app/export/handbookexport.h"
#include "app/session/session.h"
#include "render/handbookrenderer.h"
#include "storage/database.h"
#include "storage/staffstore.h"
#include "storage/versionstore.h"
#include "support/pdftext.h"
#include "support/sampledatabase.h"
#include "support/tempdir.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace tenet;
using namespace tenet::domain;
using namespace tenet::test;

namespace {

struct Fixture
{
    TempDir dir;
    app::Session session;
    qint64 versionId = 0;

    explicit Fixture(bool publish)
    {
        SampleDatabase sample = createSampleDatabase(dir.file(u"t.db"_s), publish);
        versionId = sample.versionId;
        session.setDatabase(std::move(sample.database));
        REQUIRE(session.code().has_value());
    }
};

} // namespace

TEST_CASE("exporting the published version writes a PDF of plausible length", "[export]")
{
    Fixture f(true);
    const QString path = f.dir.file(u"handbook.pdf"_s);
    int calls = 0;
    const Status status
        = app::exportHandbook(*f.session.database(), *f.session.code(), f.versionId,
                              render::PaperSize::A4, path, [&](int done, int total) {
                                  ++calls;
                                  CHECK(done <= total);
                                  return true;
                              });
    REQUIRE(status.ok());
    CHECK(calls > 0);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    const int pages = pdfInfo(path).value(u"Pages"_s).toInt();
    // Cover, contents, one page at least per section of the starter code, signature page.
    CHECK(pages >= 5);
    CHECK(pages < 200);
}

TEST_CASE("cancelling an export from its progress leaves no file behind", "[export]")
{
    Fixture f(true);
    const QString path = f.dir.file(u"cancelled.pdf"_s);
    const Status status
        = app::exportHandbook(*f.session.database(), *f.session.code(), f.versionId,
                              render::PaperSize::A4, path, [](int, int) { return false; });
    REQUIRE_FALSE(status.ok());
    CHECK(render::HandbookRenderer::isCancellation(status.error()));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("exporting to a folder that does not exist names the file in the error", "[export]")
{
    Fixture f(true);
    const QString path = f.dir.file(u"missing/handbook.pdf"_s);
    const Status status = app::exportHandbook(*f.session.database(), *f.session.code(), f.versionId,
                                              render::PaperSize::Letter, path);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().toString().contains(u"handbook.pdf"_s));
}

TEST_CASE("the export dialog offers the version in force first and the open draft", "[export]")
{
    Fixture f(true);
    auto manager = storage::StaffStore(*f.session.database()).find(u"M001"_s);
    REQUIRE(manager.ok());
    f.session.signIn(*manager);
    auto draft = storage::VersionStore(*f.session.database())
                     .startDraftFromInForce(f.session.code()->id, f.session.actor());
    REQUIRE(draft.ok());

    app::ExportHandbookDialog dialog(f.session);
    auto *combo = dialog.findChild<QComboBox *>(u"versionCombo"_s);
    REQUIRE(combo);
    REQUIRE(combo->count() == 2);
    CHECK(combo->itemData(0).toLongLong() == f.versionId);
    CHECK(combo->itemText(0).contains(u"in force"_s));
    CHECK(combo->itemData(1).toLongLong() == draft->id);
    CHECK(combo->itemText(1).contains(u"DRAFT"_s));
    CHECK(dialog.versionId() == f.versionId);
    CHECK(dialog.paper() == render::PaperSize::A4);

    combo->setCurrentIndex(1);
    CHECK(dialog.versionId() == draft->id);
}

TEST_CASE("printing paints the handbook into a PDF printer without error", "[export]")
{
    Fixture f(true);
    const QString path = f.dir.file(u"printed.pdf"_s);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    const Status status = app::ExportActions::printHandbook(
        *f.session.database(), *f.session.code(), f.versionId, printer);
    REQUIRE(status.ok());
    REQUIRE(QFileInfo::exists(path));
    CHECK(pdfInfo(path).value(u"Pages"_s).toInt() >= 5);
}

TEST_CASE("the export actions carry their shortcuts and follow the session", "[export]")
{
    app::Session session;
    QWidget window;
    app::ExportActions actions(session, &window);
    CHECK(actions.exportHandbookAction()->shortcut()
          == QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    CHECK(actions.printAction()->shortcut() == QKeySequence(QKeySequence::Print));
    CHECK_FALSE(actions.exportHandbookAction()->isEnabled());

    TempDir dir;
    SampleDatabase sample = createSampleDatabase(dir.file(u"t.db"_s), true);
    session.setDatabase(std::move(sample.database));
    CHECK(actions.exportHandbookAction()->isEnabled());
    CHECK(actions.printAction()->isEnabled());
}

TEST_CASE("the export action writes the chosen version through its dialog off the GUI thread",
          "[export]")
{
    Fixture f(true);
    QWidget window;
    app::ExportActions actions(f.session, &window);
    const QString path = f.dir.file(u"from dialog.pdf"_s);
    bool answered = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<app::ExportHandbookDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto *file = dialog->findChild<QLineEdit *>(u"fileEdit"_s);
        REQUIRE(file);
        file->selectAll();
        QTest::keyClicks(file, path);
        auto *open = dialog->findChild<QCheckBox *>(u"openCheck"_s);
        REQUIRE(open);
        open->setChecked(false); // no viewer to open offscreen
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        REQUIRE(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        answered = true;
    });
    actions.exportHandbookAction()->trigger();
    REQUIRE(answered);
    // While the worker renders, a second export cannot be started.
    CHECK_FALSE(actions.exportHandbookAction()->isEnabled());
    REQUIRE(QTest::qWaitFor([&] { return actions.exportHandbookAction()->isEnabled(); }, 30000));
    REQUIRE(QFileInfo::exists(path));
    CHECK(pdfInfo(path).value(u"Pages"_s).toInt() >= 5);
}

TEST_CASE("the print preview offers every version and prints the one chosen", "[export]")
{
    Fixture f(true);
    auto manager = storage::StaffStore(*f.session.database()).find(u"M001"_s);
    REQUIRE(manager.ok());
    f.session.signIn(*manager);
    auto draft = storage::VersionStore(*f.session.database())
                     .startDraftFromInForce(f.session.code()->id, f.session.actor());
    REQUIRE(draft.ok());
    QWidget window;
    app::ExportActions actions(f.session, &window);

    const QString inForcePath = f.dir.file(u"in force.pdf"_s);
    const QString draftPath = f.dir.file(u"draft.pdf"_s);
    QStringList offered;
    bool answered = false;
    QTimer::singleShot(0, [&] {
        auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        REQUIRE(preview);
        auto *versions = preview->findChild<QComboBox *>(u"versionCombo"_s);
        auto *pages = preview->findChild<QPrintPreviewWidget *>();
        REQUIRE((versions && pages));
        for (int i = 0; i < versions->count(); ++i)
            offered << versions->itemText(i);
        // Printing from the preview, to PDF files instead of paper: first what it shows at
        // first, then the draft the user picks.
        QPrinter *printer = preview->printer();
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(inForcePath);
        pages->print();
        versions->setCurrentIndex(1);
        printer->setOutputFileName(draftPath);
        pages->print();
        preview->reject();
        answered = true;
    });
    actions.printAction()->trigger();
    REQUIRE(answered);
    REQUIRE(offered.size() == 2);
    CHECK(offered[0].contains(u"in force"_s));
    CHECK(offered[1].contains(u"DRAFT"_s));
    // The watermark is spaced out; its letters are read together.
    CHECK_FALSE(
        pdfText(inForcePath, 0, TextMode::Raw).simplified().remove(u' ').contains(u"DRAFT"_s));
    CHECK(pdfText(draftPath, 1, TextMode::Raw).simplified().remove(u' ').startsWith(u"DRAFT"_s));
}

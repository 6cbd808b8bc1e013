#include "exportactions.h"

#include "exporthandbookdialog.h"
#include "handbookexport.h"
#include "handbookversions.h"
#include "usecases/handbooksource.h"

#include "app/session/session.h"
#include "render/handbookrenderer.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFutureWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressDialog>
#include <QToolBar>
#include <QUrl>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::app {

ExportActions::ExportActions(Session &session, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{
    m_exportAction = new QAction(tr("Export &Handbook…"), this);
    // Ctrl+Shift+E belongs to the dashboard.
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Write the handbook of a version of this code as a PDF"));
    connect(m_exportAction, &QAction::triggered, this, &ExportActions::exportHandbook);

    m_printAction = new QAction(tr("&Print Handbook…"), this);
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setStatusTip(
        tr("Preview and print the handbook of a version (the one in force first)"));
    connect(m_printAction, &QAction::triggered, this, &ExportActions::print);

    connect(&m_session, &Session::databaseChanged, this, &ExportActions::updateEnabled);
    connect(&m_session, &Session::codeChanged, this, &ExportActions::updateEnabled);
    connect(&m_session, &Session::versionsChanged, this, &ExportActions::updateEnabled);
    updateEnabled();
}

Status ExportActions::printHandbook(storage::Database &db, const Code &code, qint64 versionId,
                                    QPrinter &printer)
{
    auto source = usecases::loadHandbookSource(db, code, versionId);
    if (!source)
        return source.error();
    printer.setFullPage(true);
    auto painted = render::HandbookRenderer(std::move(*source)).paint(printer);
    if (!painted)
        return painted.error();
    return {};
}

void ExportActions::exportHandbook()
{
    if (m_exporting || !m_session.database() || !m_session.code())
        return;
    ExportHandbookDialog dialog(m_session, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = dialog.outputPath();
    const bool openWhenDone = dialog.openWhenDone();
    auto source = usecases::loadHandbookSource(*m_session.database(), *m_session.code(),
                                               dialog.versionId());
    if (!source) {
        showError(path, source.error());
        return;
    }
    // Built here because the renderer loads its fonts on the GUI thread; only the
    // rendering itself runs on the worker.
    auto renderer = std::make_shared<render::HandbookRenderer>(std::move(*source), dialog.paper());
    auto cancelled = std::make_shared<std::atomic<bool>>(false);

    auto *progress
        = new QProgressDialog(tr("Writing the handbook to %1…").arg(QDir::toNativeSeparators(path)),
                              tr("Cancel"), 0, 0, m_window);
    progress->setWindowTitle(tr("Export Handbook"));
    progress->setAccessibleName(tr("Handbook export progress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });

    QPointer<QProgressDialog> guard(progress);
    const render::RenderProgress report = [guard, cancelled](int done, int total) {
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, done, total] {
                if (!guard)
                    return;
                guard->setMaximum(total);
                guard->setValue(done);
            },
            Qt::QueuedConnection);
        return !cancelled->load();
    };

    m_exporting = true;
    updateEnabled();
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this,
            [this, watcher, progress, path, openWhenDone] {
                const Status status = watcher->result();
                watcher->deleteLater();
                progress->deleteLater();
                m_exporting = false;
                updateEnabled();
                if (!status) {
                    if (!render::HandbookRenderer::isCancellation(status.error()))
                        showError(path, status.error());
                    return;
                }
                if (openWhenDone)
                    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
            });
    watcher->setFuture(QtConcurrent::run(
        [renderer, path, report] { return writeHandbook(*renderer, path, report); }));
}

void ExportActions::print()
{
    if (!m_session.database() || !m_session.code())
        return;
    // The same versions as the export offers, the version in force first (the open draft
    // when none is in force).
    auto *versions = new QComboBox;
    versions->setObjectName(u"versionCombo"_s);
    versions->setAccessibleName(tr("Version to print"));
    versions->setToolTip(tr("Which version's handbook to preview and print"));
    fillHandbookVersions(*versions, m_session);
    if (versions->count() == 0) {
        delete versions;
        return;
    }

    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setDocName(m_session.code()->title);
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Print Handbook"));
    preview.setAccessibleName(tr("Handbook print preview"));
    // The chooser stands in the preview's own toolbar, so that the pages change in place.
    if (auto *toolBar = preview.findChild<QToolBar *>()) {
        toolBar->addSeparator();
        auto *label = new QLabel(tr("&Version:"));
        label->setBuddy(versions);
        label->setContentsMargins(4, 0, 4, 0);
        toolBar->addWidget(label);
        toolBar->addWidget(versions);
    } else {
        versions->setParent(&preview);
    }
    bool failed = false;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *device) {
        const Status status = printHandbook(*m_session.database(), *m_session.code(),
                                            versions->currentData().toLongLong(), *device);
        // Said once, not on every repaint of the preview.
        if (!status && !failed) {
            failed = true;
            showError(m_session.code()->title, status.error());
        }
    });
    if (auto *pages = preview.findChild<QPrintPreviewWidget *>())
        connect(versions, &QComboBox::currentIndexChanged, pages,
                &QPrintPreviewWidget::updatePreview);
    preview.exec();
}

void ExportActions::updateEnabled()
{
    const bool ready = m_session.database() && m_session.code();
    m_exportAction->setEnabled(ready && !m_exporting);
    m_printAction->setEnabled(ready);
}

void ExportActions::showError(const QString &file, const Error &error)
{
    QMessageBox::warning(m_window, tr("Export Handbook"),
                         tr("The handbook could not be written to %1.\n\n%2")
                             .arg(QDir::toNativeSeparators(file), error.toString()));
}

} // namespace tenet::app

#include "integritydialog.h"

#include "integritycheck.h"

#include "app/common/databasename.h"

#include <QApplication>
#include <QClipboard>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace tenet::app {

IntegrityDialog::IntegrityDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_headline(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_problems(new QPlainTextEdit(this))
    , m_sealLabel(new QLabel(this))
    , m_seal(new QPlainTextEdit(this))
{
    setObjectName(u"integrityDialog"_s);
    setWindowTitle(tr("Database Integrity"));

    m_headline->setObjectName(u"integrityHeadline"_s);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(u"integrityProgress"_s);
    m_progress->setRange(0, integritySteps);
    m_progress->setAccessibleName(tr("Integrity check progress"));
    m_problems->setObjectName(u"integrityProblems"_s);
    m_problems->setReadOnly(true);
    m_problems->setAccessibleName(tr("Problems found"));
    m_problems->hide();

    m_sealLabel->setObjectName(u"sealLabel"_s);
    m_sealLabel->setWordWrap(true);
    m_sealLabel->setTextFormat(Qt::PlainText);
    m_seal->setObjectName(u"sealText"_s);
    m_seal->setReadOnly(true);
    m_seal->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_seal->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_seal->setAccessibleName(tr("Seal of the database"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy Seal"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(u"copySealButton"_s);
    m_save = buttons->addButton(tr("&Save Seal As…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(u"saveSealButton"_s);
    m_again = buttons->addButton(tr("Check &Again"), QDialogButtonBox::ActionRole);
    m_again->setObjectName(u"checkAgainButton"_s);
    connect(m_copy, &QPushButton::clicked, this, &IntegrityDialog::copySeal);
    connect(m_save, &QPushButton::clicked, this, &IntegrityDialog::saveSealAs);
    connect(m_again, &QPushButton::clicked, this, &IntegrityDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_progress);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_sealLabel);
    layout->addWidget(m_seal, 2);
    layout->addWidget(buttons);
    resize(760, 560);
}

void IntegrityDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_started)
        start();
}

void IntegrityDialog::start()
{
    if (m_running)
        return;
    m_started = true;
    m_running = true;
    m_headline->setText(tr("Checking %1…").arg(DatabaseName::full(m_databasePath)));
    m_progress->setValue(0);
    m_progress->show();
    m_problems->hide();
    m_sealLabel->clear();
    m_sealText.clear();
    m_seal->clear();
    m_seal->hide();
    m_copy->setEnabled(false);
    m_save->setEnabled(false);
    m_again->setEnabled(false);

    // The worker reads through a read-only connection of its own; its steps reach the
    // dialog through the event loop, and not at all once the dialog is gone.
    QPointer<IntegrityDialog> guard(this);
    const auto step = [guard](IntegrityStep reached) {
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, reached] {
                if (guard)
                    guard->showStep(int(reached));
            },
            Qt::QueuedConnection);
    };
    auto *watcher = new QFutureWatcher<IntegrityOutcome>(this);
    connect(watcher, &QFutureWatcher<IntegrityOutcome>::finished, this, [this, watcher] {
        const IntegrityOutcome outcome = watcher->result();
        watcher->deleteLater();
        showOutcome(outcome);
    });
    watcher->setFuture(QtConcurrent::run(
        [path = m_databasePath, step] { return checkDatabaseIntegrity(path, step); }));
}

void IntegrityDialog::showStep(int step)
{
    if (!m_running)
        return;
    m_progress->setValue(step - 1);
    m_headline->setText(step == int(IntegrityStep::Sealing)
                            ? tr("Sealing %1…").arg(DatabaseName::full(m_databasePath))
                            : tr("Checking %1…").arg(DatabaseName::full(m_databasePath)));
}

void IntegrityDialog::showOutcome(const IntegrityOutcome &outcome)
{
    m_running = false;
    m_progress->setValue(integritySteps);
    m_progress->hide();
    m_again->setEnabled(true);
    const QString file = DatabaseName::full(m_databasePath);
    if (outcome.error) {
        m_headline->setText(
            tr("The checks of %1 could not run: %2").arg(file, outcome.error->toString()));
        emit checkFinished(false);
        return;
    }
    if (!outcome.problems.isEmpty()) {
        //: %1 is the database file. The problems are listed below, in English.
        m_headline->setText(tr("%1 failed the integrity check (%n problems, listed below). "
                               "Restore it from a backup, and keep this list for whoever looks "
                               "into it.",
                               nullptr, int(outcome.problems.size()))
                                .arg(file));
        m_problems->setPlainText(outcome.problems.join(u'\n'));
        m_problems->show();
        m_sealLabel->setText(tr("No seal is offered for a database that fails its checks: it "
                                "would vouch for the damage."));
        emit checkFinished(false);
        return;
    }
    //: %1 is the database file; %n the number of entries in its audit log.
    m_headline->setText(tr("%1 passed every check: the file, its guards, its stored content and "
                           "its hash chains (%n audit entries).",
                           nullptr, int(outcome.auditEntries))
                            .arg(file));
    m_sealLabel->setText(
        tr("The seal of the database as it is now. Keep it outside the file (print it, mail "
           "it, or save it on another share): tenetctl verify --seal proves later that nothing "
           "sealed was removed or rewritten."));
    m_sealText = outcome.sealText;
    m_seal->setPlainText(QString::fromUtf8(m_sealText));
    m_seal->show();
    m_copy->setEnabled(true);
    m_save->setEnabled(true);
    emit checkFinished(true);
}

QString IntegrityDialog::sealText() const
{
    return QString::fromUtf8(m_sealText);
}

void IntegrityDialog::copySeal() const
{
    if (!sealText().isEmpty())
        QApplication::clipboard()->setText(sealText());
}

void IntegrityDialog::saveSealAs()
{
    if (sealText().isEmpty())
        return;
    // Beside the file it seals; a database on a server has no folder, so the documents.
    const QString folder = DatabaseName::isOnServer(m_databasePath)
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : QFileInfo(m_databasePath).absolutePath();
    const QString suggested = QDir(folder).filePath(u"%1-seal-%2.txt"_s.arg(
        DatabaseName::stem(m_databasePath), QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Seal As"), suggested,
                                                      tr("Text files (*.txt);;All files (*)"));
    if (!path.isEmpty())
        saveSealTo(path);
}

bool IntegrityDialog::saveSealTo(const QString &path)
{
    // The seal's own bytes: its SHA-256 is over them.
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly)
        && file.write(m_sealText) == m_sealText.size() && file.commit();
    if (!written)
        QMessageBox::warning(this, tr("Save Seal As"),
                             tr("The seal could not be saved to %1: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
    return written;
}

} // namespace tenet::app

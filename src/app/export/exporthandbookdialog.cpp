#include "exporthandbookdialog.h"

#include "ui_export_handbookdialog.h"

#include "app/session/session.h"
#include "handbookversions.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::app {

ExportHandbookDialog::ExportHandbookDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportHandbookDialog>()), m_session(session)
{
    m_ui->setupUi(this);

    fillHandbookVersions(*m_ui->versionCombo, session);
    QString suggestedName = u"handbook.pdf"_s;
    if (session.code()) {
        // A title may hold characters that cannot stand in a file name.
        QString title = session.code()->title;
        title.replace(QRegularExpression(u"[/\\\\:*?\"<>|]"_s), u"-"_s);
        if (!title.trimmed().isEmpty())
            suggestedName = title.trimmed() + u".pdf"_s;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_ui->fileEdit->setText(QDir(documents).filePath(suggestedName));

    connect(m_ui->chooseButton, &QPushButton::clicked, this, &ExportHandbookDialog::chooseFile);
    connect(m_ui->fileEdit, &QLineEdit::textChanged, this, &ExportHandbookDialog::updateOk);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    updateOk();
}

ExportHandbookDialog::~ExportHandbookDialog() = default;

void ExportHandbookDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillHandbookVersions(*m_ui->versionCombo, m_session);
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    }
    QDialog::changeEvent(event);
}

qint64 ExportHandbookDialog::versionId() const
{
    return m_ui->versionCombo->currentData().toLongLong();
}

render::PaperSize ExportHandbookDialog::paper() const
{
    return m_ui->paperCombo->currentIndex() == 1 ? render::PaperSize::Letter
                                                 : render::PaperSize::A4;
}

QString ExportHandbookDialog::outputPath() const
{
    return m_ui->fileEdit->text().trimmed();
}

bool ExportHandbookDialog::openWhenDone() const
{
    return m_ui->openCheck->isChecked();
}

void ExportHandbookDialog::chooseFile()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export Handbook"), outputPath(),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    m_ui->fileEdit->setText(path);
}

void ExportHandbookDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(versionId() != 0 && !outputPath().isEmpty());
}

} // namespace tenet::app

#include "compliancereportdialog.h"

#include "ui_dashboard_reportdialog.h"

#include "app/session/session.h"
#include "render/outputlanguage.h"
#include "storage/versionstore.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::app {

ComplianceReportDialog::ComplianceReportDialog(Session &session, const QDate &today,
                                               QWidget *parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::ComplianceReportDialog>()),
      m_today(today),
      m_codeLanguage(session.code() ? session.code()->language : u"en"_s)
{
    m_ui->setupUi(this);

    if (session.database() && session.code()) {
        storage::VersionStore store(*session.database());
        const auto found = store.inForce(session.code()->id);
        const auto all = store.versions(session.code()->id);
        // Unread, no version is offered, so nothing can be reported from a failed read.
        m_inForce = found ? *found : std::nullopt;
        // Only published versions have signatures to report: the one in force first, then
        // the history from newest to oldest.
        if (all)
            for (auto it = all->crbegin(); it != all->crend(); ++it)
                if (wasPublished(it->state) && (!m_inForce || it->id != m_inForce->id))
                    m_history.append(*it);
    }
    fillVersions();
    fillFormats();
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_ui->fileEdit->setText(
        QDir(documents).filePath(u"compliance-report-%1.pdf"_s.arg(m_today.toString(Qt::ISODate))));

    connect(m_ui->chooseButton, &QPushButton::clicked, this, &ComplianceReportDialog::chooseFile);
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this,
            &ComplianceReportDialog::formatChanged);
    connect(m_ui->fileEdit, &QLineEdit::textChanged, this, &ComplianceReportDialog::updateOk);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Write Report"));
    updateOk();
}

ComplianceReportDialog::~ComplianceReportDialog() = default;

void ComplianceReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const int format = m_ui->formatCombo->currentIndex();
        m_ui->retranslateUi(this);
        fillFormats();
        m_ui->formatCombo->setCurrentIndex(format);
        fillVersions();
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Write Report"));
    }
    QDialog::changeEvent(event);
}

void ComplianceReportDialog::fillFormats()
{
    // CSV for Spanish and Lithuanian spreadsheets separates fields with semicolons (their
    // decimal mark is a comma); the code's language decides which kind is offered first.
    const QChar preferred
        = render::OutputLanguage(m_codeLanguage)
              .csvDelimiter();
    const QString semicolons = tr("CSV spreadsheet, fields separated by semicolons");
    const QString commas = tr("CSV spreadsheet, fields separated by commas");
    const QSignalBlocker blocker(m_ui->formatCombo);
    m_ui->formatCombo->clear();
    m_ui->formatCombo->addItem(tr("PDF document"), QVariant());
    m_ui->formatCombo->addItem(preferred == u';' ? semicolons : commas, QString(preferred));
    m_ui->formatCombo->addItem(preferred == u';' ? commas : semicolons,
                               QString(preferred == u';' ? u',' : u';'));
}

void ComplianceReportDialog::fillVersions()
{
    const int chosen = m_ui->versionCombo->currentIndex();
    m_ui->versionCombo->clear();
    if (m_inForce)
        m_ui->versionCombo->addItem(tr("Version %1 (in force)").arg(m_inForce->number),
                                    m_inForce->number);
    for (const VersionInfo &version : std::as_const(m_history))
        m_ui->versionCombo->addItem(
            //: A published version to report on; %2 is its state ("Superseded").
            tr("Version %1 (%2)")
                .arg(QString::number(version.number), versionStateLabel(version.state)),
            version.number);
    if (chosen >= 0 && chosen < m_ui->versionCombo->count())
        m_ui->versionCombo->setCurrentIndex(chosen);
}

ComplianceReportRequest ComplianceReportDialog::request() const
{
    ComplianceReportRequest request;
    const QString delimiter = m_ui->formatCombo->currentData().toString();
    request.format = delimiter.isEmpty() ? ReportFormat::Pdf : ReportFormat::Csv;
    if (!delimiter.isEmpty())
        request.delimiter = delimiter.front();
    if (m_ui->versionCombo->currentIndex() >= 0)
        request.versionNumber = m_ui->versionCombo->currentData().toInt();
    request.today = m_today;
    request.path = m_ui->fileEdit->text().trimmed();
    request.openWhenDone = m_ui->openCheck->isChecked();
    return request;
}

QString ComplianceReportDialog::extension() const
{
    return m_ui->formatCombo->currentData().toString().isEmpty() ? u".pdf"_s : u".csv"_s;
}

void ComplianceReportDialog::formatChanged()
{
    // The file name follows the format, unless the user typed an extension of their own.
    const QString path = m_ui->fileEdit->text().trimmed();
    for (const QString &known : {u".pdf"_s, u".csv"_s}) {
        if (path.endsWith(known, Qt::CaseInsensitive) && known != extension()) {
            m_ui->fileEdit->setText(path.chopped(known.size()) + extension());
            return;
        }
    }
}

void ComplianceReportDialog::chooseFile()
{
    const bool csv = extension() == u".csv"_s;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Compliance Report"), m_ui->fileEdit->text().trimmed(),
        csv ? tr("CSV files (*.csv)") : tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += extension();
    m_ui->fileEdit->setText(path);
}

void ComplianceReportDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(m_ui->versionCombo->count() > 0
                     && !m_ui->fileEdit->text().trimmed().isEmpty());
}

} // namespace tenet::app

#include "reviewdialog.h"

#include "ui_workflow_reviewdialog.h"

#include <QPushButton>

namespace tenet::app {

ReviewDialog::ReviewDialog(int versionInForce, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReviewDialog>())
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(
        tr("Record that you reviewed a section of version %1, the version in force. The "
           "review restarts the section's review interval.")
            .arg(versionInForce));
    for (domain::SectionKey key : domain::allSectionKeys) {
        m_ui->sectionCombo->addItem(
            QString::number(domain::sectionNumber(key)) + QLatin1Char(' ')
                + domain::defaultSectionTitle(key),
            static_cast<int>(key));
    }
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record Review"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ReviewDialog::~ReviewDialog() = default;

domain::SectionKey ReviewDialog::section() const
{
    return static_cast<domain::SectionKey>(m_ui->sectionCombo->currentData().toInt());
}

domain::ReviewOutcome ReviewDialog::outcome() const
{
    return m_ui->revisedButton->isChecked() ? domain::ReviewOutcome::Revised
                                            : domain::ReviewOutcome::Unchanged;
}

QString ReviewDialog::note() const
{
    return m_ui->noteEdit->toPlainText().trimmed();
}

} // namespace tenet::app

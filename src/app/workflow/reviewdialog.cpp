#include "reviewdialog.h"

#include "ui_workflow_reviewdialog.h"

#include <QEvent>
#include <QPushButton>

namespace tenet::app {

ReviewDialog::ReviewDialog(const domain::Version &inForce, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReviewDialog>())
    , m_versionNumber(inForce.info.number)
{
    m_ui->setupUi(this);
    // The sections as this version calls them, in the code's own language.
    for (const domain::Section &section : inForce.content.sections)
        m_sections.append({section.key, section.title});
    retranslate();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ReviewDialog::~ReviewDialog() = default;

void ReviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void ReviewDialog::retranslate()
{
    m_ui->introLabel->setText(
        tr("Record that you reviewed a section of version %1, the version in force. The "
           "review restarts the section's review interval.")
            .arg(m_versionNumber));
    const int chosen = m_ui->sectionCombo->currentIndex();
    m_ui->sectionCombo->clear();
    for (const auto &[key, title] : std::as_const(m_sections))
        //: A section to choose: its number and its own title, "3. Behaviour".
        m_ui->sectionCombo->addItem(tr("%1. %2").arg(domain::sectionNumber(key)).arg(title),
                                    static_cast<int>(key));
    m_ui->sectionCombo->setCurrentIndex(qMax(0, chosen));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record Review"));
}

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

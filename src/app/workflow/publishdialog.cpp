#include "publishdialog.h"

#include "ui_workflow_publishdialog.h"

#include <QEvent>
#include <QPushButton>

namespace tenet::app {

PublishDialog::PublishDialog(int versionNumber, bool hasPublishedBefore, int audienceSize,
                             QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PublishDialog>())
    , m_audienceSize(audienceSize)
    , m_versionNumber(versionNumber)
{
    m_ui->setupUi(this);
    m_ui->editorialButton->setEnabled(hasPublishedBefore);
    retranslate();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->summaryEdit, &QPlainTextEdit::textChanged, this, &PublishDialog::updateOk);
    connect(m_ui->materialButton, &QRadioButton::toggled, this, &PublishDialog::updateOk);
    updateOk();
}

PublishDialog::~PublishDialog() = default;

void PublishDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void PublishDialog::retranslate()
{
    setWindowTitle(tr("Publish version %1").arg(m_versionNumber));
    m_ui->introLabel->setText(
        tr("Publishing makes version %1 the code in force. It cannot be edited afterwards, "
           "and the version in force now is superseded.")
            .arg(m_versionNumber));
    if (!m_ui->editorialButton->isEnabled())
        m_ui->editorialButton->setToolTip(
            tr("The first publication must be material: nobody has signed an earlier version."));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Publish"));
    updateOk();
}

bool PublishDialog::isMaterial() const
{
    return m_ui->materialButton->isChecked();
}

QString PublishDialog::summary() const
{
    return m_ui->summaryEdit->toPlainText().trimmed();
}

void PublishDialog::updateOk()
{
    m_ui->warningLabel->setText(
        !isMaterial()           ? tr("Nobody is asked to sign again.")
        : m_audienceSize >= 0 ? tr("%n people in the code's audience will be asked to sign it.",
                                   nullptr, m_audienceSize)
                              : tr("Everyone in the code's audience will be asked to sign it."));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!summary().isEmpty());
}

} // namespace tenet::app

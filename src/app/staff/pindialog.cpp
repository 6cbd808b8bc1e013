#include "pindialog.h"

#include "ui_staff_pindialog.h"

#include <QEvent>
#include <QPushButton>

namespace tenet::app {

PinDialog::PinDialog(const QString &personName, Save save, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PinDialog>())
    , m_save(std::move(save))
    , m_personName(personName)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    retranslate();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PinDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PinDialog::~PinDialog() = default;

void PinDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void PinDialog::retranslate()
{
    setWindowTitle(tr("Reset PIN"));
    m_ui->promptLabel->setText(
        tr("Choose a new PIN for %1. Their old PIN stops working at once.").arg(m_personName));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Set PIN"));
}

void PinDialog::accept()
{
    const QString pin = m_ui->pinEdit->text();
    QString why;
    if (pin.size() < minimumLength)
        why = tr("The PIN must have at least %n characters.", nullptr, minimumLength);
    else if (pin != m_ui->repeatEdit->text())
        why = tr("The two PINs differ; type the same PIN twice.");
    else {
        const domain::Status saved = m_save ? m_save(pin) : domain::Status();
        if (saved.ok()) {
            QDialog::accept();
            return;
        }
        why = saved.error().toString();
    }
    m_ui->errorLabel->setText(why);
    m_ui->errorLabel->show();
}

} // namespace tenet::app

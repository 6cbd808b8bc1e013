#include "notedialog.h"

#include "ui_workflow_notedialog.h"

#include <QPushButton>

namespace tenet::app {

NoteDialog::NoteDialog(const QString &title, const QString &prompt, const QString &okText,
                       bool required, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NoteDialog>())
    , m_required(required)
{
    m_ui->setupUi(this);
    setWindowTitle(title);
    m_ui->promptLabel->setText(prompt);
    m_ui->noteEdit->setAccessibleDescription(prompt);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(okText);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->noteEdit, &QPlainTextEdit::textChanged, this, &NoteDialog::updateOk);
    updateOk();
}

NoteDialog::~NoteDialog() = default;

QString NoteDialog::text() const
{
    return m_ui->noteEdit->toPlainText().trimmed();
}

void NoteDialog::updateOk()
{
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_required || !text().isEmpty());
}

} // namespace tenet::app

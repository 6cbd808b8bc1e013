#include "newdatabasedialog.h"

#include "ui_startup_newdatabasedialog.h"

#include "demoorganisation.h"

#include <QDir>
#include <QFileInfo>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace tenet::app {

namespace {
constexpr int shortestPin = 4;
}

NewDatabaseDialog::NewDatabaseDialog(const QString &path, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NewDatabaseDialog>())
{
    m_ui->setupUi(this);
    const QFileInfo file(path);
    m_ui->fileLabel->setText(
        tr("What should <b>%1</b> start with?<br><small>The new database is saved in %2.</small>")
            .arg(file.fileName().toHtmlEscaped(),
                 QDir::toNativeSeparators(file.absolutePath()).toHtmlEscaped()));
    m_ui->fileLabel->setToolTip(QDir::toNativeSeparators(file.absoluteFilePath()));
    m_ui->demoLabel->setText(
        tr("Northwind Support, an example customer-support team in Vilnius, Madrid and Leeds: "
           "staff in every role, a published code and a draft in progress. Everyone's PIN is "
           "%1. Good for trying Tenet out.")
            .arg(demoPin()));
    m_ui->demoRadio->setToolTip(m_ui->demoLabel->text());
    m_ui->ownRadio->setToolTip(
        tr("An organisation of your own, with you as its first manager and a first draft of "
           "its code."));

    QPushButton *create = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    create->setText(tr("&Create"));
    create->setAccessibleName(tr("Create the database"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->demoRadio, &QRadioButton::toggled, this, &NewDatabaseDialog::update);
    for (QLineEdit *edit : {m_ui->organisationEdit, m_ui->managerNoEdit, m_ui->managerNameEdit,
                            m_ui->pinEdit, m_ui->repeatEdit})
        connect(edit, &QLineEdit::textChanged, this, &NewDatabaseDialog::update);
    update();
}

NewDatabaseDialog::~NewDatabaseDialog() = default;

std::optional<NewOrganisation> NewDatabaseDialog::organisation() const
{
    if (m_ui->demoRadio->isChecked())
        return std::nullopt;
    return NewOrganisation {m_ui->organisationEdit->text().trimmed(),
                            m_ui->managerNoEdit->text().trimmed(),
                            m_ui->managerNameEdit->text().trimmed(), m_ui->pinEdit->text(),
                            m_ui->starterCheck->isChecked()};
}

QString NewDatabaseDialog::problem() const
{
    if (m_ui->demoRadio->isChecked())
        return {};
    if (m_ui->organisationEdit->text().trimmed().isEmpty())
        return tr("Give your organisation's name.");
    if (m_ui->managerNoEdit->text().trimmed().isEmpty())
        return tr("Give your employee number: you become the first manager.");
    if (m_ui->managerNameEdit->text().trimmed().isEmpty())
        return tr("Give your full name.");
    if (m_ui->pinEdit->text().size() < shortestPin)
        return tr("Choose a PIN or password of at least %1 characters.").arg(shortestPin);
    if (m_ui->repeatEdit->text() != m_ui->pinEdit->text())
        return tr("Repeat the PIN or password exactly as above.");
    return {};
}

void NewDatabaseDialog::update()
{
    m_ui->ownForm->setEnabled(m_ui->ownRadio->isChecked());
    const QString why = problem();
    m_ui->problemLabel->setText(why);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace tenet::app

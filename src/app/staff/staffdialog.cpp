#include "staffdialog.h"
#include "app/i18n/interfacelanguage.h"
#include "domain/organisationdate.h"

#include "ui_staff_staffdialog.h"

#include <QEvent>
#include <QPushButton>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tenet::app {

namespace {

// The date edit cannot be empty, so its minimum stands for "no start date".
const QDate noDate(1900, 1, 1);

const domain::Role allRoles[] = {domain::Role::Agent, domain::Role::Supervisor,
                                 domain::Role::Manager, domain::Role::Quality,
                                 domain::Role::Trainer};

} // namespace

StaffDialog::StaffDialog(Save save, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StaffDialog>())
    , m_save(std::move(save))
{
    m_ui->setupUi(this);
    for (const domain::Role role : allRoles)
        m_ui->roleCombo->addItem(domain::roleLabel(role), int(role));
    // Each language in its own words, as View > Language offers them; the code is stored.
    for (const InterfaceLanguage::Offered &language : InterfaceLanguage::offered())
        m_ui->languageCombo->addItem(language.name, language.code);
    setLanguage(u"en"_s);
    m_ui->startEdit->setMinimumDate(noDate);
    m_ui->startEdit->setDate(domain::organisationToday());
    m_ui->errorLabel->hide();
    retranslate();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &StaffDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

StaffDialog::~StaffDialog() = default;

void StaffDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void StaffDialog::retranslate()
{
    for (int index = 0; index < m_ui->roleCombo->count(); ++index)
        m_ui->roleCombo->setItemText(
            index, domain::roleLabel(domain::Role(m_ui->roleCombo->itemData(index).toInt())));
    //: Shown in the start date field when no date is set.
    m_ui->startEdit->setSpecialValueText(tr("Not set"));
    if (m_editing) {
        setWindowTitle(tr("Edit %1").arg(m_editedName));
        m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
        m_ui->numberEdit->setToolTip(
            tr("The employee number identifies the person and cannot change."));
    } else {
        setWindowTitle(tr("Add Staff Member"));
        m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    }
}

void StaffDialog::setMember(const domain::StaffMember &member)
{
    m_editing = true;
    m_editedName = member.fullName;
    retranslate();
    m_ui->numberEdit->setText(member.employeeNo);
    m_ui->numberEdit->setReadOnly(true);
    m_ui->numberEdit->setFrame(false); // looks fixed, as it is
    m_ui->nameEdit->setText(member.fullName);
    m_ui->emailEdit->setText(member.email);
    m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(int(member.role)));
    m_ui->teamCombo->setCurrentText(member.team);
    m_ui->siteCombo->setCurrentText(member.site);
    setLanguage(member.language);
    m_ui->startEdit->setDate(member.startDate.isValid() ? member.startDate : noDate);
    m_ui->activeCheck->setChecked(member.active);
    m_ui->nameEdit->setFocus();
}

void StaffDialog::setLanguage(const QString &code)
{
    // A language Tenet does not speak (a roster import may bring one) stays as it is,
    // shown by its code, so that saving the entry does not change it behind the user's back.
    int index = m_ui->languageCombo->findData(code);
    if (index < 0 && !code.isEmpty()) {
        m_ui->languageCombo->addItem(code, code);
        index = m_ui->languageCombo->count() - 1;
    }
    m_ui->languageCombo->setCurrentIndex(std::max(index, 0));
}

void StaffDialog::setChoices(const QStringList &teams, const QStringList &sites)
{
    const QString team = m_ui->teamCombo->currentText();
    const QString site = m_ui->siteCombo->currentText();
    m_ui->teamCombo->clear();
    m_ui->teamCombo->addItems(teams);
    m_ui->teamCombo->setCurrentText(team);
    m_ui->siteCombo->clear();
    m_ui->siteCombo->addItems(sites);
    m_ui->siteCombo->setCurrentText(site);
}

domain::StaffMember StaffDialog::member() const
{
    domain::StaffMember member;
    member.employeeNo = m_ui->numberEdit->text().trimmed();
    member.fullName = m_ui->nameEdit->text().simplified();
    member.email = m_ui->emailEdit->text().trimmed();
    member.role = domain::Role(m_ui->roleCombo->currentData().toInt());
    member.team = m_ui->teamCombo->currentText().trimmed();
    member.site = m_ui->siteCombo->currentText().trimmed();
    member.language = m_ui->languageCombo->currentData().toString();
    const QDate start = m_ui->startEdit->date();
    member.startDate = start == noDate ? QDate() : start;
    member.active = m_ui->activeCheck->isChecked();
    return member;
}

QString StaffDialog::problem() const
{
    // The same shape the roster import accepts, so a person added here survives a re-import.
    static const QRegularExpression emailShape(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    const domain::StaffMember entry = member();
    if (entry.employeeNo.isEmpty())
        return tr("Enter the employee number.");
    if (entry.fullName.isEmpty())
        return tr("Enter the person's full name.");
    if (!entry.email.isEmpty() && !emailShape.match(entry.email).hasMatch())
        return tr("\"%1\" is not an e-mail address; enter one like name@example.com or leave "
                  "the field empty.")
            .arg(entry.email);
    return {};
}

void StaffDialog::accept()
{
    QString why = problem();
    if (why.isEmpty()) {
        const domain::Status saved = m_save ? m_save(member()) : domain::Status();
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

#include "newdatabasedialog.h"

#include "ui_startup_newdatabasedialog.h"

#include "demoorganisation.h"
#include "startercode.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QComboBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace tenet::app {

namespace {

constexpr int shortestPin = 4;

// Each language by its own name, as people who read it look for it: not translated.
QString languageName(const QString &language)
{
    if (language == u"es"_s)
        return u"Español"_s;
    if (language == u"lt"_s)
        return u"Lietuvių"_s;
    return u"English"_s;
}

// The interface's language (QLocale's default follows it), as a code's language.
QString interfaceLanguage()
{
    switch (QLocale().language()) {
    case QLocale::Spanish: return u"es"_s;
    case QLocale::Lithuanian: return u"lt"_s;
    default: return u"en"_s;
    }
}

// Offers the languages, the interface's selected when it is one of them.
void fillLanguages(QComboBox *combo, const QStringList &languages)
{
    for (const QString &language : languages)
        combo->addItem(languageName(language), language);
    const int preferred = combo->findData(interfaceLanguage());
    combo->setCurrentIndex(preferred >= 0 ? preferred : 0);
    // One choice is no choice, but it still says which language it will be.
    combo->setEnabled(combo->count() > 1);
}

} // namespace

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
    fillLanguages(m_ui->demoLanguageCombo, demoLanguages());
    describeDemo();
    fillLanguages(m_ui->codeLanguageCombo, starterCodeLanguages());
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
    connect(m_ui->demoLanguageCombo, &QComboBox::currentIndexChanged, this,
            &NewDatabaseDialog::describeDemo);
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
                            m_ui->managerNameEdit->text().trimmed(),
                            m_ui->pinEdit->text(),
                            m_ui->starterCheck->isChecked(),
                            m_ui->codeLanguageCombo->currentData().toString()};
}

QString NewDatabaseDialog::demoLanguage() const
{
    return m_ui->demoLanguageCombo->currentData().toString();
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

void NewDatabaseDialog::describeDemo()
{
    const QString text = demoLanguage() == u"es"_s
        ? tr("Northwind Support, an example customer-support team in Madrid, Sevilla and Bilbao "
             "that works in Spanish: staff in every role, eight months of history (two published "
             "editions, signatures, reviews and KPI figures) and a draft in progress. Everyone's "
             "PIN is %1. Good for trying Tenet out.")
        : tr("Northwind Support, an example customer-support team in Vilnius, Madrid and Leeds: "
             "staff in every role, eight months of history (two published editions, signatures, "
             "reviews and KPI figures) and a draft in progress. Everyone's PIN is %1. Good for "
             "trying Tenet out.");
    m_ui->demoLabel->setText(text.arg(demoPin()));
    m_ui->demoRadio->setToolTip(m_ui->demoLabel->text());
}

void NewDatabaseDialog::update()
{
    m_ui->ownForm->setEnabled(m_ui->ownRadio->isChecked());
    m_ui->demoLanguageLabel->setEnabled(m_ui->demoRadio->isChecked());
    m_ui->demoLanguageCombo->setEnabled(m_ui->demoRadio->isChecked()
                                        && m_ui->demoLanguageCombo->count() > 1);
    const QString why = problem();
    m_ui->problemLabel->setText(why);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace tenet::app

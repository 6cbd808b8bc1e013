#include "connectserverdialog.h"

#include "ui_startup_connectserverdialog.h"

#include "app/common/databasename.h"
#include "platform/paths.h"
#include "storage/database.h"
#include "storage/organisationstore.h"

#include <QFutureWatcher>
#include <QGuiApplication>
#include <QPushButton>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::app {

// What a try on the worker thread found: the organisation's name, or why it failed.
struct ConnectServerDialog::Outcome
{
    bool worked = false;
    Error error;
    QString organisation;
};

namespace {

// One name or address, or an absolute folder holding the server's socket; libpq would read a
// comma as a list of servers, and the rest would break the address.
bool isUsableHost(const QString &host)
{
    static const QRegularExpression name(u"^[^\\s,/@?#&]*$"_s);
    static const QRegularExpression folder(u"^/[^,?#&]*$"_s);
    return name.match(host).hasMatch() || folder.match(host).hasMatch();
}

bool isUsableService(const QString &service)
{
    static const QRegularExpression name(u"^[A-Za-z0-9_.-]*$"_s);
    return name.match(service).hasMatch();
}

} // namespace

ConnectServerDialog::ConnectServerDialog(PasswordPrompter ask, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConnectServerDialog>()), m_ask(std::move(ask))
{
    m_ui->setupUi(this);
    //: Shown in the empty User field: who the server takes you for when it is left empty.
    m_ui->userEdit->setPlaceholderText(
        tr("Your login name, %1").arg(platform::operatingSystemUser()));
    QPushButton *connectButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    connectButton->setText(tr("&Connect"));
    connectButton->setAccessibleName(tr("Connect to the database"));
    connectButton->setDefault(true);
    m_testButton = m_ui->buttonBox->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    m_testButton->setObjectName(u"testConnectionButton"_s);
    m_testButton->setToolTip(tr("Open the database read-only to see whether the server, the "
                                "database and the user are right"));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectServerDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectServerDialog::testConnection);
    for (QLineEdit *edit : {m_ui->hostEdit, m_ui->databaseEdit, m_ui->userEdit, m_ui->serviceEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectServerDialog::update);
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &ConnectServerDialog::update);
    update();
    m_ui->hostEdit->setFocus(Qt::OtherFocusReason);
}

ConnectServerDialog::~ConnectServerDialog()
{
    // Closed while a try ran: its answer is dropped with the watcher, the cursor restored.
    if (m_testing)
        QGuiApplication::restoreOverrideCursor();
}

storage::ConnectionSpec ConnectServerDialog::spec() const
{
    storage::ConnectionSpec spec;
    spec.backend = storage::ConnectionSpec::Backend::PostgreSql;
    spec.host = m_ui->hostEdit->text().trimmed();
    spec.port = m_ui->portSpin->value();
    spec.database = m_ui->databaseEdit->text().trimmed();
    spec.user = m_ui->userEdit->text().trimmed();
    spec.service = m_ui->serviceEdit->text().trimmed();
    spec.options = m_options;
    return spec;
}

void ConnectServerDialog::setSpec(const storage::ConnectionSpec &spec)
{
    if (!spec.isServer())
        return;
    m_options = spec.options;
    m_ui->hostEdit->setText(spec.host);
    m_ui->portSpin->setValue(spec.port);
    m_ui->databaseEdit->setText(spec.database);
    m_ui->userEdit->setText(spec.user);
    m_ui->serviceEdit->setText(spec.service);
    update();
}

QString ConnectServerDialog::problem() const
{
    const storage::ConnectionSpec wanted = spec();
    if (wanted.database.isEmpty() && wanted.service.isEmpty())
        return tr("Name the database, or a service that names it.");
    if (!isUsableHost(wanted.host))
        return tr("Give the server as one name or address (such as db.example.com), or as the "
                  "folder of its socket (such as /var/run/postgresql).");
    if (!isUsableService(wanted.service))
        return tr("A service name holds only letters, digits, “_”, “.” and “-”.");
    // The address must read back as these very fields, or Open Recent would reach another
    // database than the one tried.
    const auto readBack = storage::ConnectionSpec::parse(wanted.displayName());
    if (!readBack || !(*readBack == wanted))
        return tr("These fields do not make an address Tenet can use; look for unusual "
                  "characters in them.");
    return {};
}

QString ConnectServerDialog::message() const
{
    return m_ui->messageLabel->text();
}

void ConnectServerDialog::update()
{
    const QString why = problem();
    m_ui->addressLabel->setText(why.isEmpty() ? tr("Address: %1").arg(address()) : QString());
    showMessage(why);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty() && !m_testing);
    m_testButton->setEnabled(why.isEmpty() && !m_testing);
}

void ConnectServerDialog::showMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void ConnectServerDialog::accept()
{
    startTry(true);
}

void ConnectServerDialog::testConnection()
{
    startTry(false);
}

void ConnectServerDialog::startTry(bool thenAccept)
{
    if (m_testing || !problem().isEmpty())
        return;
    m_trying = spec();
    m_acceptWhenDone = thenAccept;
    m_passwordTyped = false;
    runTry();
}

void ConnectServerDialog::runTry()
{
    setTesting(true);
    showMessage(tr("Connecting to %1…").arg(DatabaseName::brief(m_trying)));
    // Test Connection only reads; Connect opens the database as the program will, bringing
    // its tables up to date if an earlier Tenet made them.
    const storage::OpenMode mode
        = m_acceptWhenDone ? storage::OpenMode::ExistingOnly : storage::OpenMode::ReadOnly;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        finishTry(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([spec = m_trying, mode] {
        Outcome outcome;
        auto opened = storage::Database::open(spec, mode);
        if (!opened) {
            outcome.error = opened.error();
            return outcome;
        }
        outcome.worked = true;
        if (const auto name = storage::OrganisationStore(**opened).organisationName())
            outcome.organisation = *name;
        return outcome;
    }));
}

void ConnectServerDialog::finishTry(const Outcome &outcome)
{
    setTesting(false);
    const QString database = DatabaseName::brief(m_trying);
    if (!outcome.worked && storage::Database::needsPassword(outcome.error)) {
        const std::optional<QString> password
            = m_ask ? m_ask(m_trying, m_passwordTyped) : std::nullopt;
        if (!password) {
            // A password the server refused is not kept for the next try.
            storage::Database::rememberPassword(m_trying, QString());
            showMessage(tr("No password was given, so Tenet did not connect to %1.").arg(database));
            emit connectionTested(false);
            return;
        }
        storage::Database::rememberPassword(m_trying, *password);
        m_passwordTyped = true;
        runTry();
        return;
    }
    if (!outcome.worked) {
        //: %1 is the database; %2 the reason, as the server or Tenet's storage gives it.
        showMessage(tr("Tenet could not connect to %1: %2").arg(database, outcome.error.message));
        emit connectionTested(false);
        return;
    }
    showMessage(outcome.organisation.isEmpty()
                    ? tr("The connection works: %1 holds a Tenet database.").arg(database)
                    : tr("The connection works: %1 holds the organisation “%2”.")
                          .arg(database, outcome.organisation));
    emit connectionTested(true);
    if (m_acceptWhenDone)
        QDialog::accept();
}

void ConnectServerDialog::setTesting(bool testing)
{
    if (testing == m_testing)
        return;
    m_testing = testing;
    if (testing) {
        m_focusBefore = focusWidget();
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    } else {
        QGuiApplication::restoreOverrideCursor();
    }
    for (QWidget *input :
         {static_cast<QWidget *>(m_ui->hostEdit), static_cast<QWidget *>(m_ui->portSpin),
          static_cast<QWidget *>(m_ui->databaseEdit), static_cast<QWidget *>(m_ui->userEdit),
          static_cast<QWidget *>(m_ui->serviceEdit)})
        input->setEnabled(!testing);
    const bool ready = !testing && problem().isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ready);
    m_testButton->setEnabled(ready);
    if (!testing && m_focusBefore)
        m_focusBefore->setFocus(Qt::OtherFocusReason);
}

} // namespace tenet::app

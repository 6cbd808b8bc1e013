#include "signindialog.h"

#include "ui_startup_signindialog.h"

#include "signinstaffmodel.h"

#include "app/session/session.h"
#include "domain/passwordhash.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/organisationstore.h"
#include "storage/staffstore.h"

#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace tenet::app {

namespace {

// StaffStore keeps the hash of a secret to itself; whether someone has one at all is
// recorded in the audit log each time it is set or cleared.
QSet<QString> staffWithoutSecret(storage::Database &db)
{
    const QString prefix = u"staff:"_s;
    QHash<QString, bool> hasSecret;
    // Unread, nobody is marked: the sign-in itself then says whether the file can be read.
    const auto entries = storage::AuditLog(db).entries();
    if (!entries)
        return {};
    for (const storage::AuditEntry &entry : *entries) {
        if (!entry.subject.startsWith(prefix)
            || (entry.action != u"staff.add"_s && entry.action != u"staff.secret"_s))
            continue;
        const QJsonObject detail = QJsonDocument::fromJson(entry.detail.toUtf8()).object();
        const QJsonValue value = detail.value(u"has_secret"_s);
        if (value.isBool())
            hasSecret.insert(entry.subject.mid(prefix.size()), value.toBool());
    }
    QSet<QString> without;
    for (auto it = hasSecret.cbegin(); it != hasSecret.cend(); ++it) {
        if (!it.value())
            without.insert(it.key());
    }
    return without;
}

} // namespace

SignInDialog::SignInDialog(storage::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_db(db)
    , m_model(new SignInStaffModel(this))
{
    m_ui->setupUi(this);

    const auto name = storage::OrganisationStore(db).organisationName();
    m_organisation = name ? *name : QString();
    m_ui->titleLabel->setTextFormat(Qt::PlainText);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_ui->titleLabel->setFont(titleFont);

    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);
    retranslateUi();

    m_ui->messageLabel->setFrameShape(QFrame::StyledPanel);
    m_ui->messageLabel->setMargin(6);
    m_ui->messageLabel->hide();

    m_withoutSecret = staffWithoutSecret(db);
    const auto staff = storage::StaffStore(db).list();
    m_model->setStaff(staff ? *staff : QList<domain::StaffMember>());
    if (!staff)
        showMessage(tr("The staff list could not be read: %1").arg(staff.error().toString()));
    m_ui->staffView->setModel(m_model);
    QHeaderView *header = m_ui->staffView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(SignInStaffModel::NameColumn, QHeaderView::Stretch);
    for (int column : {int(SignInStaffModel::NumberColumn), int(SignInStaffModel::RoleColumn),
                       int(SignInStaffModel::TeamColumn)})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_ui->searchEdit->installEventFilter(this);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &SignInDialog::filterStaff);
    connect(m_ui->staffView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SignInDialog::chosenChanged);
    // Choosing someone by double click or Enter leads straight on to the PIN.
    connect(m_ui->staffView, &QAbstractItemView::activated, this,
            [this] { m_ui->pinEdit->setFocus(Qt::OtherFocusReason); });
    connect(m_ui->pinEdit, &QLineEdit::textEdited, this, [this] {
        if (m_ui->pinEdit->isEnabled())
            showMessage({});
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::accept);

    // Nobody is chosen until the user types: Enter must never try a PIN on a stranger.
    chosenChanged();
    m_ui->searchEdit->setFocus(Qt::OtherFocusReason);
}

SignInDialog::~SignInDialog()
{
    // Closed while a check ran: its answer is dropped with the watcher, the cursor restored.
    if (m_checking)
        QGuiApplication::restoreOverrideCursor();
}

void SignInDialog::retranslateUi()
{
    m_ui->titleLabel->setText(m_organisation.isEmpty() ? tr("Sign in to Tenet")
                                                       : tr("Sign in to %1").arg(m_organisation));
    QPushButton *signInButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    signInButton->setText(tr("&Sign In"));
    signInButton->setAccessibleName(tr("Sign in"));
    signInButton->setToolTip(tr("Sign in as the person chosen (Enter)"));
    QPushButton *cancelButton = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancelButton->setAccessibleName(tr("Cancel"));
    cancelButton->setToolTip(tr("Close without signing in (Esc)"));
}

bool SignInDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    // After the base class: it passes the event on to the button box, which puts Qt's own
    // "OK" back on the button that reads "Sign In". A message already shown stays as said.
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    return handled;
}

void SignInDialog::preselect(const QString &employeeNo)
{
    const int row = m_model->rowOf(employeeNo);
    if (row < 0)
        return;
    choose(row);
    m_ui->pinEdit->setFocus(Qt::OtherFocusReason);
}

QString SignInDialog::message() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

bool SignInDialog::signIn(Session &session, QWidget *parent)
{
    if (!session.database())
        return false;
    SignInDialog dialog(*session.database(), parent);
    if (dialog.exec() != QDialog::Accepted || !dialog.member())
        return false;
    session.signIn(*dialog.member());
    return true;
}

void SignInDialog::accept()
{
    if (m_checking)
        return; // Enter pressed twice: the first check answers
    const auto member = chosen();
    if (!member) {
        showMessage(tr("Choose yourself in the list first: type part of your name or your "
                       "employee number."));
        m_ui->searchEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_withoutSecret.contains(member->employeeNo))
        return; // the message is already shown, and there is nothing to try
    const QString secret = m_ui->pinEdit->text();
    if (secret.isEmpty()) {
        // Enter in the search field chooses the person; the PIN comes next.
        if (m_ui->pinEdit->hasFocus())
            showMessage(tr("Type your PIN or password, then press Enter."));
        m_ui->pinEdit->setFocus(Qt::OtherFocusReason);
        return;
    }

    // Reading the stored hash is quick; checking the PIN against it is slow on purpose, so
    // it runs on a worker thread and the window keeps painting.
    const auto stored = storage::StaffStore(m_db).activeSecretHash(member->employeeNo);
    if (!stored) {
        showMessage(
            tr("Your PIN or password could not be checked: %1").arg(stored.error().toString()));
        return;
    }
    const std::optional<QString> hash = *stored;
    setChecking(true);
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, member = *member] {
        watcher->deleteLater();
        setChecking(false);
        finishCheck(member, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        [secret, hash] { return hash.has_value() && domain::verifySecret(secret, *hash); }));
}

void SignInDialog::setChecking(bool checking)
{
    if (checking == m_checking)
        return;
    m_checking = checking;
    if (checking)
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    else
        QGuiApplication::restoreOverrideCursor();
    for (QWidget *input :
         {static_cast<QWidget *>(m_ui->searchEdit), static_cast<QWidget *>(m_ui->staffView),
          static_cast<QWidget *>(m_ui->pinEdit),
          static_cast<QWidget *>(m_ui->buttonBox->button(QDialogButtonBox::Ok))})
        input->setEnabled(!checking);
}

void SignInDialog::finishCheck(const domain::StaffMember &member, bool matched)
{
    if (!matched) {
        m_ui->pinEdit->clear();
        m_ui->pinEdit->setFocus(Qt::OtherFocusReason);
        showMessage(tr("That PIN or password is not right for %1 (%2). Type it again; if you "
                       "have forgotten it, ask a manager to set a new one.")
                        .arg(member.fullName, member.employeeNo));
        emit secretChecked(false);
        return;
    }
    m_member = member;
    QDialog::accept();
    emit secretChecked(true);
}

bool SignInDialog::eventFilter(QObject *watched, QEvent *event)
{
    // The arrow keys move through the list while the cursor stays in the search field.
    if (watched == m_ui->searchEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp
            || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_ui->staffView, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SignInDialog::filterStaff(const QString &text)
{
    const auto before = chosen();
    m_model->setFilter(text);
    const int row = before ? m_model->rowOf(before->employeeNo) : -1;
    if (text.trimmed().isEmpty() && row < 0) {
        chosenChanged();
        return;
    }
    choose(row >= 0 ? row : 0);
    if (m_model->rowCount() == 0)
        showMessage(tr("Nobody on the staff list matches \u201c%1\u201d.").arg(text.trimmed()));
}

void SignInDialog::choose(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        chosenChanged();
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    // The selection model reports the change to chosenChanged().
    m_ui->staffView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->staffView->scrollTo(index);
}

void SignInDialog::chosenChanged()
{
    const auto member = chosen();
    // A PIN typed for one person is never tried for another.
    m_ui->pinEdit->clear();
    const bool hasSecret = member && !m_withoutSecret.contains(member->employeeNo);
    m_ui->pinEdit->setEnabled(hasSecret);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(hasSecret);
    if (member && !hasSecret)
        showMessage(tr("%1 has no PIN or password yet, so cannot sign in: ask a manager to set "
                       "your PIN.")
                        .arg(member->fullName));
    else
        showMessage({});
}

std::optional<domain::StaffMember> SignInDialog::chosen() const
{
    const QModelIndexList rows = m_ui->staffView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->member(rows.first().row());
}

void SignInDialog::showMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

} // namespace tenet::app

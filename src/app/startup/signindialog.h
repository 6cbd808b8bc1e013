#pragma once

#include "domain/staffmember.h"

#include <QDialog>
#include <QSet>

#include <memory>
#include <optional>

namespace Ui {
class SignInDialog;
}

namespace tenet::storage {
class Database;
}

namespace tenet::app {

class Session;
class SignInStaffModel;

// Asks who is at the computer: the user finds themselves among the active staff by name or
// employee number and proves it with their PIN or password. A wrong PIN keeps the dialog
// open with a message; Enter signs in and Esc cancels. The PIN is checked on a worker thread
// (it is a key-stretching hash, slow on purpose) while the dialog shows a busy cursor.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(storage::Database &db, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // The person who signed in, once the dialog was accepted.
    const std::optional<domain::StaffMember> &member() const { return m_member; }
    // Chooses this person in the list, for example whoever signed in last.
    void preselect(const QString &employeeNo);
    // What the dialog tells the user now (a wrong PIN, a missing one), or nothing.
    QString message() const;

    // Runs the dialog over the session's database and signs the chosen person in. False when
    // cancelled, or when no database is open.
    static bool signIn(Session &session, QWidget *parent = nullptr);

    // Whether a PIN is being checked now; the dialog takes no input meanwhile.
    bool isChecking() const { return m_checking; }

public slots:
    // Checks the PIN; signs in when it matches, otherwise says why not and stays open.
    void accept() override;

signals:
    // The PIN check finished, and the dialog acted on its answer (accepted, or said why not).
    void secretChecked(bool matched);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool event(QEvent *event) override;

private:
    // The texts set in code rather than in the .ui file.
    void retranslateUi();
    void filterStaff(const QString &text);
    void choose(int row);
    void chosenChanged();
    std::optional<domain::StaffMember> chosen() const;
    void showMessage(const QString &text);
    void setChecking(bool checking);
    void finishCheck(const domain::StaffMember &member, bool matched);

    std::unique_ptr<Ui::SignInDialog> m_ui;
    storage::Database &m_db;
    SignInStaffModel *m_model;
    QString m_organisation;
    // People the audit log shows without a PIN: they are told to ask a manager rather than
    // to try again.
    QSet<QString> m_withoutSecret;
    std::optional<domain::StaffMember> m_member;
    bool m_checking = false;
};

} // namespace tenet::app

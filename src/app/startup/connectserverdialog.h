#pragma once

#include "serverpassword.h"

#include "storage/connectionspec.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QPushButton;

namespace Ui {
class ConnectServerDialog;
}

namespace tenet::app {

// File > Connect to Server…: asks where the organisation's database lives on a PostgreSQL
// server (server, port, database, user, and optionally a service from pg_service.conf) and
// shows the address Tenet will remember for it, which never holds a password. Test
// Connection opens the database read-only and says in the dialog whether that worked, and
// why not; Connect does the same and closes the dialog once it worked. A password is asked
// for when the server wants one. The connection is tried on a worker thread, so a server that
// does not answer never freezes the window.
class ConnectServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectServerDialog(PasswordPrompter ask, QWidget *parent = nullptr);
    ~ConnectServerDialog() override;

    // What the fields name; the fields filled from a server address (a file is ignored).
    storage::ConnectionSpec spec() const;
    void setSpec(const storage::ConnectionSpec &spec);
    // The address of spec(), as Database::open and Open Recent take it.
    QString address() const { return spec().displayName(); }
    // Why the fields name no database yet, as a sentence; empty when they do.
    QString problem() const;
    // What the dialog says now: a problem, a connection being tried, or its outcome.
    QString message() const;
    QPushButton *testButton() const { return m_testButton; }
    // Whether a connection is being tried now; the dialog takes no input meanwhile.
    bool isTesting() const { return m_testing; }

public slots:
    // Tries the connection; closes the dialog when it works, otherwise says why and stays.
    void accept() override;
    // Tries the connection and says how it went.
    void testConnection();

signals:
    // A try finished (after any password prompts): whether the database could be opened.
    void connectionTested(bool worked);

private:
    struct Outcome;
    void update();
    void startTry(bool thenAccept);
    void runTry();
    void finishTry(const Outcome &outcome);
    void setTesting(bool testing);
    void showMessage(const QString &text);

    std::unique_ptr<Ui::ConnectServerDialog> m_ui;
    PasswordPrompter m_ask;
    // Options from a remembered address (sslmode...) that the fields do not show, kept.
    QList<QPair<QString, QString>> m_options;
    // The address being tried.
    storage::ConnectionSpec m_trying;
    // Where the keyboard was before a try disabled the fields; it goes back there after, so
    // that Enter does not fall to Cancel.
    QPointer<QWidget> m_focusBefore;
    QPushButton *m_testButton;
    bool m_testing = false;
    bool m_acceptWhenDone = false;
    // During one try: whether a password was typed, so that a refusal can say it was wrong.
    bool m_passwordTyped = false;
};

} // namespace tenet::app

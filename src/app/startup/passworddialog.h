#pragma once

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace tenet::storage {
struct ConnectionSpec;
}

namespace tenet::app {

// Asks for the password of a PostgreSQL server that wants one, with the typed characters
// hidden. It says which database and user the password is for, that Tenet keeps it only
// until the program closes, and, after the server refused one, that it did.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(const storage::ConnectionSpec &spec, bool refused, QWidget *parent = nullptr);

    QString password() const;
    QLineEdit *passwordEdit() const { return m_password; }
    // What the dialog says: the request, and the refusal when there was one.
    QString message() const;

    // The program's PasswordPrompter (see serverpassword.h): the dialog, modal over `parent`.
    static std::optional<QString> ask(QWidget *parent, const storage::ConnectionSpec &spec,
                                      bool refused);

private:
    QLabel *m_request;
    QLabel *m_refusal;
    QLineEdit *m_password;
};

} // namespace tenet::app

#pragma once

#include "domain/acknowledgement.h"
#include "domain/version.h"

#include <QByteArray>
#include <QDialog>

#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class SignDialog;
}

namespace tenet::app {

class Session;

// Signs the version in force for the person signed in: shows what the signature means in
// words, asks for their full name and PIN, and once the ledger holds the signature shows
// its receipt, which can be printed or copied. A refusal (a name that is not theirs, a wrong
// PIN, a signature they already hold) is shown in the dialog, which stays open.
class SignDialog : public QDialog
{
    Q_OBJECT

public:
    SignDialog(Session &session, const domain::VersionInfo &version, QWidget *parent = nullptr);
    ~SignDialog() override;

    // The signature, once the ledger holds it.
    const std::optional<domain::Acknowledgement> &acknowledgement() const { return m_ack; }
    // Why the last attempt was refused, or nothing.
    QString message() const;

public slots:
    // On the form: signs, or says why not and stays open. On the receipt: closes.
    void accept() override;

signals:
    void signedVersion(const domain::Acknowledgement &ack);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void sign();
    void showMessage(const QString &text);
    void showReceipt();

    std::unique_ptr<Ui::SignDialog> m_ui;
    Session &m_session;
    domain::VersionInfo m_version;
    std::optional<domain::Acknowledgement> m_ack;
    std::optional<QByteArray> m_hash;
    QPushButton *m_signButton = nullptr;
};

} // namespace tenet::app

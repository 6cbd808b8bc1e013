#include "signdialog.h"
#include "ui_reading_signdialog.h"

#include "app/session/session.h"
#include "receipt.h"
#include "storage/acknowledgementstore.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace tenet::app {

namespace {

// The store words its refusals as clauses for logs; the dialog shows them as sentences.
QString sentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    if (!text.endsWith(u'.'))
        text += u'.';
    return text;
}

} // namespace

SignDialog::SignDialog(Session &session, const domain::VersionInfo &version, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignDialog>())
    , m_session(session)
    , m_version(version)
{
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    m_signButton = m_ui->formButtons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signButton->setObjectName(u"signButton"_s);
    retranslate();
    QPushButton *signButton = m_signButton;
    signButton->setDefault(true);
    connect(m_ui->formButtons, &QDialogButtonBox::accepted, this, &SignDialog::accept);
    connect(m_ui->formButtons, &QDialogButtonBox::rejected, this, &SignDialog::reject);
    // Typing again means the user read the message: it no longer applies.
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this] { showMessage({}); });
    connect(m_ui->pinEdit, &QLineEdit::textEdited, this, [this] { showMessage({}); });

    connect(m_ui->printButton, &QPushButton::clicked, this,
            [this] { printReceipt(m_ui->receiptBrowser->toHtml(), this); });
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] {
        if (m_ack)
            QGuiApplication::clipboard()->setText(receiptText(*m_ack, m_hash, m_session.code()));
    });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &SignDialog::accept);

    m_ui->pages->setCurrentWidget(m_ui->formPage);
    m_ui->nameEdit->setFocus();
}

SignDialog::~SignDialog() = default;

void SignDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void SignDialog::retranslate()
{
    const QString title = m_session.code() ? m_session.code()->title : QString();
    // What the signature means, in the first person, so that nobody signs without knowing
    // what it says. The ledger records the same statement in English (domain::
    // acknowledgementMeaning); the person reads it in their own language.
    //: The statement a person confirms by signing; %1 is the version number, %2 the code's title.
    const QString meaning = tr("I have read and understood version %1 of %2.")
                                .arg(QString::number(m_version.number), title);
    m_ui->meaningLabel->setText(
        u"<p>"_s + tr("By signing you confirm:").toHtmlEscaped() + u"</p><p><b>&ldquo;"_s
        + meaning.toHtmlEscaped() + u"&rdquo;</b></p><p>"_s
        + tr("Your printed name, the date and time and this meaning are kept in the "
             "acknowledgement ledger, which nobody can change afterwards.")
              .toHtmlEscaped()
        + u"</p>"_s);
    m_signButton->setText(tr("&Sign"));
    m_signButton->setAccessibleName(tr("Sign"));
    m_signButton->setToolTip(tr("Record your signature of version %1.").arg(m_version.number));
    if (m_ack) {
        setWindowTitle(tr("Signed"));
        m_ui->receiptBrowser->setHtml(receiptHtml(*m_ack, m_hash, m_session.code()));
    }
}

QString SignDialog::message() const
{
    return m_ui->messageLabel->text();
}

void SignDialog::accept()
{
    if (m_ack) {
        QDialog::accept();
        return;
    }
    sign();
}

void SignDialog::sign()
{
    if (!m_session.database() || !m_session.user()) {
        showMessage(tr("Nobody is signed in, so nobody can sign."));
        return;
    }
    const QString typedName = m_ui->nameEdit->text().trimmed();
    if (typedName.isEmpty()) {
        showMessage(tr("Type your full name to sign."));
        m_ui->nameEdit->setFocus();
        return;
    }
    if (m_ui->pinEdit->text().isEmpty()) {
        showMessage(tr("Enter your PIN to sign."));
        m_ui->pinEdit->setFocus();
        return;
    }
    storage::SignRequest request;
    request.employeeNo = m_session.user()->employeeNo;
    request.versionId = m_version.id;
    request.typedName = typedName;
    request.pin = m_ui->pinEdit->text();
    storage::AcknowledgementStore store(*m_session.database());
    auto signedAck = store.sign(request, m_session.actor());
    if (!signedAck) {
        m_ui->pinEdit->clear();
        showMessage(sentence(signedAck.error().message));
        return;
    }
    m_ack = signedAck.value();
    m_hash = ledgerRowHash(*m_session.database(), *m_ack);
    showReceipt();
    emit signedVersion(*m_ack);
}

void SignDialog::showMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void SignDialog::showReceipt()
{
    setWindowTitle(tr("Signed"));
    m_ui->receiptBrowser->setHtml(receiptHtml(*m_ack, m_hash, m_session.code()));
    m_ui->pages->setCurrentWidget(m_ui->receiptPage);
    m_ui->closeButton->setFocus();
}

} // namespace tenet::app

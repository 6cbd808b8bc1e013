#include "passworddialog.h"

#include "app/common/databasename.h"
#include "platform/paths.h"
#include "storage/connectionspec.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tenet::app {

PasswordDialog::PasswordDialog(const storage::ConnectionSpec &spec, bool refused, QWidget *parent)
    : QDialog(parent)
    , m_request(new QLabel(this))
    , m_refusal(new QLabel(this))
    , m_password(new QLineEdit(this))
{
    setObjectName(u"passwordDialog"_s);
    setWindowTitle(tr("Server Password"));

    m_request->setObjectName(u"passwordRequest"_s);
    m_request->setWordWrap(true);
    m_request->setTextFormat(Qt::PlainText);
    // libpq signs in as the operating system's user when the address names none.
    const QString user = spec.user.isEmpty() ? platform::operatingSystemUser() : spec.user;
    //: %1 is a database on a server ("tenet on db.example.com"), %2 a user name.
    m_request->setText(tr("The server asks for a password to open %1 as %2. Tenet keeps it in "
                          "memory until you quit and never saves it.")
                           .arg(DatabaseName::brief(spec), user));
    m_request->setToolTip(spec.displayName());

    m_refusal->setObjectName(u"passwordRefusal"_s);
    m_refusal->setWordWrap(true);
    m_refusal->setTextFormat(Qt::PlainText);
    m_refusal->setFrameShape(QFrame::StyledPanel);
    m_refusal->setMargin(6);
    m_refusal->setText(tr("The server did not accept that password. Type it again."));
    m_refusal->setVisible(refused);

    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_request);
    layout->addWidget(m_refusal);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_password->setFocus(Qt::OtherFocusReason);
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

QString PasswordDialog::message() const
{
    return m_refusal->isVisibleTo(this) ? m_request->text() + u' ' + m_refusal->text()
                                        : m_request->text();
}

std::optional<QString> PasswordDialog::ask(QWidget *parent, const storage::ConnectionSpec &spec,
                                           bool refused)
{
    PasswordDialog dialog(spec, refused, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.password();
}

} // namespace tenet::app

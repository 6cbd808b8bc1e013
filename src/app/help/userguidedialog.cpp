#include "userguidedialog.h"

#include "userguide.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tenet::app {

UserGuideDialog::UserGuideDialog(const QString &language, QWidget *parent)
    : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(u"userGuideDialog"_s);
    setWindowTitle(tr("Tenet User Guide"));
    resize(900, 700);
    m_browser->setObjectName(u"guideBrowser"_s);
    m_browser->setOpenExternalLinks(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    QPushButton *contents = buttons->addButton(tr("&Contents"), QDialogButtonBox::ActionRole);
    QPushButton *external
        = buttons->addButton(tr("Open in &Browser"), QDialogButtonBox::ActionRole);
    back->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QWidget::setEnabled);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(contents, &QPushButton::clicked, m_browser, &QTextBrowser::home);
    connect(external, &QPushButton::clicked, this, &UserGuideDialog::openInBrowser);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);

    const QString index = UserGuide::indexPage(language);
    if (index.isEmpty()) {
        m_browser->setHtml(tr("<p>The user guide is not installed. It is expected in the folder "
                              "%1.</p>")
                               .arg(UserGuide::folder().toHtmlEscaped()));
        contents->setEnabled(false);
        external->setEnabled(false);
        return;
    }
    m_home = QUrl::fromLocalFile(index);
    m_browser->setSource(m_home);
}

QUrl UserGuideDialog::source() const
{
    return m_home.isEmpty() ? QUrl() : m_browser->source();
}

void UserGuideDialog::openInBrowser()
{
    QDesktopServices::openUrl(m_browser->source());
}

} // namespace tenet::app

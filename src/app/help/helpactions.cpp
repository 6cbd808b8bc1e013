#include "helpactions.h"

#include "aboutdialog.h"
#include "userguide.h"
#include "userguidedialog.h"

#include <QAction>
#include <QMenu>

namespace tenet::app {

HelpActions::HelpActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_userGuide(new QAction(tr("&User Guide"), this))
    , m_about(new QAction(tr("&About Tenet"), this))
{
    m_userGuide->setShortcut(QKeySequence::HelpContents);
    m_userGuide->setToolTip(tr("How to write, approve, read and sign the code, step by step"));
    connect(m_userGuide, &QAction::triggered, this, &HelpActions::showUserGuide);
    connect(m_about, &QAction::triggered, this, &HelpActions::showAbout);
}

void HelpActions::addTo(QMenu *helpMenu) const
{
    helpMenu->addAction(m_userGuide);
    helpMenu->addSeparator();
    helpMenu->addAction(m_about);
}

void HelpActions::showUserGuide()
{
    // Not modal: the guide stays open beside the window while the user follows its steps.
    auto *dialog = new UserGuideDialog(UserGuide::language(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void HelpActions::showAbout()
{
    AboutDialog dialog(m_window);
    dialog.exec();
}

} // namespace tenet::app

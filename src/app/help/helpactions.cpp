#include "helpactions.h"

#include "aboutdialog.h"
#include "userguide.h"
#include "userguidedialog.h"

#include "app/integrity/integritydialog.h"
#include "app/session/session.h"
#include "storage/database.h"

#include <QAction>
#include <QMenu>

namespace tenet::app {

HelpActions::HelpActions(Session &session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_userGuide(new QAction(tr("&User Guide"), this))
    , m_integrity(new QAction(tr("Database &Integrity…"), this))
    , m_about(new QAction(tr("&About Tenet"), this))
{
    m_integrity->setToolTip(tr("Check the database and show its seal, to keep outside the file"));
    m_integrity->setEnabled(m_session.database() != nullptr);
    connect(m_integrity, &QAction::triggered, this, &HelpActions::showIntegrity);
    connect(&m_session, &Session::databaseChanged, this,
            [this] { m_integrity->setEnabled(m_session.database() != nullptr); });
    m_userGuide->setShortcut(QKeySequence::HelpContents);
    m_userGuide->setToolTip(tr("How to write, approve, read and sign the code, step by step"));
    connect(m_userGuide, &QAction::triggered, this, &HelpActions::showUserGuide);
    connect(m_about, &QAction::triggered, this, &HelpActions::showAbout);
}

void HelpActions::addTo(QMenu *helpMenu) const
{
    helpMenu->addAction(m_userGuide);
    helpMenu->addAction(m_integrity);
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

void HelpActions::showIntegrity()
{
    if (!m_session.database())
        return;
    // Not modal: the checks run on a worker thread, and the user may carry on meanwhile.
    auto *dialog = new IntegrityDialog(m_session.database()->path(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void HelpActions::showAbout()
{
    AboutDialog dialog(m_window);
    dialog.exec();
}

} // namespace tenet::app

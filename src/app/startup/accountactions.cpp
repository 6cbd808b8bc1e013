#include "accountactions.h"

#include "signindialog.h"

#include "app/i18n/languagechangewatcher.h"
#include "app/session/session.h"

#include <QAction>
#include <QMenu>

namespace tenet::app {

AccountActions::AccountActions(Session &session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_signInAction(new QAction(this))
    , m_signOutAction(new QAction(this))
{
    m_signInAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    connect(m_signInAction, &QAction::triggered, this, &AccountActions::requestSignIn);
    connect(m_signOutAction, &QAction::triggered, &m_session, &Session::signOut);
    connect(&m_session, &Session::userChanged, this, &AccountActions::update);
    connect(&m_session, &Session::databaseChanged, this, &AccountActions::update);
    new LanguageChangeWatcher(window, this, [this] { update(); });
    update();
}

void AccountActions::addTo(QMenu *menu) const
{
    menu->addAction(m_signInAction);
    menu->addAction(m_signOutAction);
}

bool AccountActions::requestSignIn()
{
    return SignInDialog::signIn(m_session, m_window);
}

void AccountActions::update()
{
    const bool signedIn = m_session.isSignedIn();
    m_signOutAction->setText(tr("Sign O&ut"));
    m_signOutAction->setStatusTip(tr("Sign out, so that nobody can act in your name"));
    m_signInAction->setText(signedIn ? tr("S&witch User…") : tr("Si&gn In…"));
    const QString shortcut = m_signInAction->shortcut().toString(QKeySequence::NativeText);
    m_signInAction->setToolTip(signedIn
                                   ? tr("Sign in as someone else (%1)").arg(shortcut)
                                   : tr("Sign in with your PIN or password (%1)").arg(shortcut));
    m_signInAction->setStatusTip(m_signInAction->toolTip());
    m_signInAction->setEnabled(m_session.database() != nullptr);
    m_signOutAction->setEnabled(signedIn);
    m_signOutAction->setToolTip(signedIn ? tr("Sign out %1").arg(m_session.user()->fullName)
                                         : tr("Nobody is signed in"));
}

} // namespace tenet::app

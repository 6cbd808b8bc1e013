#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace tenet::app {

class Session;

// Signing in and out: "Sign In..." (which reads "Switch User..." while someone is signed in)
// runs the SignInDialog and signs the chosen person in to the Session; "Sign Out" signs out.
// Their texts follow the interface language of `window`.
class AccountActions : public QObject
{
    Q_OBJECT

public:
    // `window` parents the dialog.
    AccountActions(Session &session, QWidget *window);

    QAction *signInAction() const { return m_signInAction; }
    QAction *signOutAction() const { return m_signOutAction; }
    void addTo(QMenu *menu) const;

    // Shows the sign-in dialog; true when someone signed in. Cancelling keeps whoever was
    // signed in before.
    bool requestSignIn();

private:
    // Texts and enabled states, for who is signed in and in the interface language.
    void update();

    Session &m_session;
    QWidget *m_window;
    QAction *m_signInAction;
    QAction *m_signOutAction;
};

} // namespace tenet::app

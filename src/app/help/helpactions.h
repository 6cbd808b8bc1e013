#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace tenet::app {

class Session;

// The Help menu: User Guide (F1) in the interface's language, Database Integrity… for the
// open database, and About.
class HelpActions : public QObject
{
    Q_OBJECT

public:
    // `window` parents the dialogs.
    HelpActions(Session &session, QWidget *window);

    QAction *userGuideAction() const { return m_userGuide; }
    QAction *integrityAction() const { return m_integrity; }
    QAction *aboutAction() const { return m_about; }
    void addTo(QMenu *helpMenu) const;

    void showUserGuide();
    void showIntegrity();
    void showAbout();

private:
    Session &m_session;
    QWidget *m_window;
    QAction *m_userGuide;
    QAction *m_integrity;
    QAction *m_about;
};

} // namespace tenet::app

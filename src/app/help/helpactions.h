#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace tenet::app {

// The Help menu: User Guide (F1) in the interface's language, and About.
class HelpActions : public QObject
{
    Q_OBJECT

public:
    // `window` parents the dialogs.
    explicit HelpActions(QWidget *window);

    QAction *userGuideAction() const { return m_userGuide; }
    QAction *aboutAction() const { return m_about; }
    void addTo(QMenu *helpMenu) const;

    void showUserGuide();
    void showAbout();

private:
    QWidget *m_window;
    QAction *m_userGuide;
    QAction *m_about;
};

} // namespace tenet::app

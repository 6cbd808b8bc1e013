#pragma once

#include <QMenu>

class QActionGroup;

namespace tenet::app {

class InterfaceLanguage;

// View > Language: one checkable item per language Tenet speaks, each named in its own
// language so that anyone finds theirs whatever the interface speaks now. Choosing one
// switches at once and is remembered for the next start.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    LanguageMenu(InterfaceLanguage &language, QWidget *parent = nullptr);

    // The item for this language code ("en", "es", "lt"), or null.
    QAction *actionFor(const QString &code) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void choose(QAction *action);
    void checkCurrent();
    void retranslateUi();

    InterfaceLanguage &m_language;
    QActionGroup *m_group;
};

} // namespace tenet::app

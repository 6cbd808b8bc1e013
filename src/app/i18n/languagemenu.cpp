#include "languagemenu.h"

#include "interfacelanguage.h"

#include <QActionGroup>
#include <QEvent>
#include <QMessageBox>

namespace tenet::app {

LanguageMenu::LanguageMenu(InterfaceLanguage &language, QWidget *parent)
    : QMenu(parent), m_language(language), m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
    for (const InterfaceLanguage::Offered &offered : InterfaceLanguage::offered()) {
        QAction *action = addAction(offered.name);
        action->setCheckable(true);
        action->setData(offered.code);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this, &LanguageMenu::choose);
    connect(&m_language, &InterfaceLanguage::changed, this, &LanguageMenu::checkCurrent);
    checkCurrent();
    retranslateUi();
}

QAction *LanguageMenu::actionFor(const QString &code) const
{
    const QList<QAction *> items = m_group->actions();
    for (QAction *action : items) {
        if (action->data().toString() == code)
            return action;
    }
    return nullptr;
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void LanguageMenu::choose(QAction *action)
{
    const QString code = action->data().toString();
    if (!m_language.choose(code)) {
        checkCurrent();
        //: %1 is the language's own name: "Español", "Lietuvių".
        QMessageBox::warning(parentWidget(), tr("Language"),
                             tr("Tenet cannot switch to %1: its translation is missing from this "
                                "installation.")
                                 .arg(action->text()));
    }
}

void LanguageMenu::checkCurrent()
{
    if (QAction *action = actionFor(m_language.current()))
        action->setChecked(true);
}

void LanguageMenu::retranslateUi()
{
    //: The View menu's submenu that switches the interface language.
    setTitle(tr("&Language"));
    menuAction()->setStatusTip(tr("The language of Tenet's menus, windows and messages"));
}

} // namespace tenet::app

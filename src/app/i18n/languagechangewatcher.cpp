#include "languagechangewatcher.h"

#include <QEvent>
#include <QWidget>

namespace tenet::app {

LanguageChangeWatcher::LanguageChangeWatcher(QWidget *window, QObject *owner,
                                             std::function<void()> retranslate)
    : QObject(owner), m_retranslate(std::move(retranslate))
{
    if (window)
        window->installEventFilter(this);
}

bool LanguageChangeWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace tenet::app

#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace tenet::app {

// Calls a function each time the interface language changes, for objects that hold actions
// but are not widgets (FileActions, AccountActions, WorkflowController...) and so receive no
// QEvent::LanguageChange of their own: it watches the window they belong to. Parented to
// the owner, it stops with it.
class LanguageChangeWatcher : public QObject
{
    Q_OBJECT

public:
    // Watches `window` (nothing happens when it is null) and calls `retranslate` on behalf
    // of `owner`, which becomes this object's parent.
    LanguageChangeWatcher(QWidget *window, QObject *owner, std::function<void()> retranslate);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void()> m_retranslate;
};

} // namespace tenet::app

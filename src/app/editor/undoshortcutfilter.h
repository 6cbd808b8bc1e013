#pragma once

#include <QObject>

namespace tenet::app {

// Hands Ctrl+Z and Ctrl+Shift+Z typed in a text field to the document's undo actions, so
// that the field's private undo history never competes with the one undo stack.
class UndoShortcutFilter : public QObject
{
    Q_OBJECT

public:
    explicit UndoShortcutFilter(QObject *parent = nullptr);
    // Installs the filter on the widget and, for plain-text editors, turns their own undo off.
    void watch(QObject *editor);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace tenet::app

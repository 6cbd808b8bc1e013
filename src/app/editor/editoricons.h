#pragma once

#include <QIcon>

namespace tenet::app {

enum class EditorIcon
{
    Add,
    Duplicate,
    Delete,
    MoveUp,
    MoveDown
};

// Small line icons for the editor's actions, drawn in the palette's text colour so that they
// match any platform style and stay sharp at any scale (no icon theme is guaranteed).
QIcon editorIcon(EditorIcon which);

} // namespace tenet::app

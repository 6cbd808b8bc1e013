#pragma once

class QWidget;

namespace tenet::app {

// Gives a text field or spin box the window's background while it is read-only, so that a
// field that cannot be typed in does not look as if it could.
void setReadOnlyLook(QWidget *field, bool readOnly);

} // namespace tenet::app

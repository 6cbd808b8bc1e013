#pragma once

#include <QColor>

namespace tenet::app {

// The dashboard's two signal colours, shared by its figures, lists and charts so that
// "on track" and "needs action" look the same everywhere on the page.
inline const QColor dashboardBadColour {0xb0, 0x1c, 0x1c};
inline const QColor dashboardGoodColour {0x1b, 0x6e, 0x2a};

} // namespace tenet::app

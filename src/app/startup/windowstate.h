#pragma once

class QMainWindow;
class QSettings;

namespace tenet::app {

// Remembers how the user left a main window: its geometry, its tool bars and docks, and the
// position of every splitter in it that has an object name.
class WindowState
{
public:
    static void save(const QMainWindow &window, QSettings &settings);
    // Puts back what save() stored; false when nothing was stored yet (first start), so that
    // the caller can choose a default size.
    static bool restore(QMainWindow &window, QSettings &settings);
};

} // namespace tenet::app

#include "windowstate.h"

#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

using namespace Qt::StringLiterals;

namespace tenet::app {

namespace {

// One group per window class, so that a second kind of main window keeps its own layout.
QString groupOf(const QMainWindow &window)
{
    const QString name = window.objectName();
    return u"window/"_s + (name.isEmpty() ? u"main"_s : name);
}

} // namespace

void WindowState::save(const QMainWindow &window, QSettings &settings)
{
    settings.beginGroup(groupOf(window));
    settings.setValue(u"geometry"_s, window.saveGeometry());
    settings.setValue(u"state"_s, window.saveState());
    settings.beginGroup(u"splitters"_s);
    const QList<QSplitter *> splitters = window.findChildren<QSplitter *>();
    for (const QSplitter *splitter : splitters) {
        if (!splitter->objectName().isEmpty())
            settings.setValue(splitter->objectName(), splitter->saveState());
    }
    settings.endGroup();
    settings.endGroup();
}

bool WindowState::restore(QMainWindow &window, QSettings &settings)
{
    settings.beginGroup(groupOf(window));
    const QByteArray geometry = settings.value(u"geometry"_s).toByteArray();
    const bool known = !geometry.isEmpty() && window.restoreGeometry(geometry);
    window.restoreState(settings.value(u"state"_s).toByteArray());
    settings.beginGroup(u"splitters"_s);
    const QList<QSplitter *> splitters = window.findChildren<QSplitter *>();
    for (QSplitter *splitter : splitters) {
        const QByteArray state = settings.value(splitter->objectName()).toByteArray();
        if (!splitter->objectName().isEmpty() && !state.isEmpty())
            splitter->restoreState(state);
    }
    settings.endGroup();
    settings.endGroup();
    return known;
}

} // namespace tenet::app

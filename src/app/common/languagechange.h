#pragma once

class QAbstractItemModel;
class QEvent;

namespace tenet::app {

// Tells the views of `model` that every header and cell text may have changed, as after a
// switch of the interface language: headerDataChanged in both orientations and dataChanged
// over every row of every level, so that views and proxies show the new words without a
// reset (which would lose the selection and the expanded branches).
void announceTextsChanged(QAbstractItemModel &model);

// A model that is a child of a widget receives the widget's LanguageChange event (QWidget
// passes it on to all its children); models call this from event() to follow it:
//     bool event(QEvent *e) override { announceTextsOnLanguageChange(*this, e); return ...; }
void announceTextsOnLanguageChange(QAbstractItemModel &model, const QEvent *event);

} // namespace tenet::app

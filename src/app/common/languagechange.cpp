#include "languagechange.h"

#include <QAbstractItemModel>
#include <QEvent>

namespace tenet::app {

namespace {

void announceRows(QAbstractItemModel &model, const QModelIndex &parent)
{
    const int rows = model.rowCount(parent);
    const int columns = model.columnCount(parent);
    if (rows == 0 || columns == 0)
        return;
    // Signals are public in Qt: the model's own views listen to them, whoever emits.
    emit model.dataChanged(model.index(0, 0, parent), model.index(rows - 1, columns - 1, parent));
    for (int row = 0; row < rows; ++row) {
        const QModelIndex child = model.index(row, 0, parent);
        if (model.hasChildren(child))
            announceRows(model, child);
    }
}

} // namespace

void announceTextsChanged(QAbstractItemModel &model)
{
    if (const int columns = model.columnCount(); columns > 0)
        emit model.headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (const int rows = model.rowCount(); rows > 0)
        emit model.headerDataChanged(Qt::Vertical, 0, rows - 1);
    announceRows(model, QModelIndex());
}

void announceTextsOnLanguageChange(QAbstractItemModel &model, const QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        announceTextsChanged(model);
}

} // namespace tenet::app

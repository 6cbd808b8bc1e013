#pragma once

#include "app/editor/sectionitems.h"
#include "domain/itemlimits.h"
#include "itemtablemodel.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace tenet::app {

// The columns of one kind of structured item, for the generic ItemTableModel: their
// headings and editors, how a cell reads and writes its item, and what a new row holds.
// One subclass per ItemKind; ItemColumns::of() picks it.
class ItemColumns
{
    // The model's context, so that the columns' words translate as the model's.
    Q_DECLARE_TR_FUNCTIONS(tenet::app::ItemTableModel)

public:
    using CellEditor = ItemTableModel::CellEditor;

    struct Column
    {
        QString header;
        QString toolTip;
        CellEditor editor;
        std::optional<domain::ItemField> field = std::nullopt; // numeric columns: their limits
    };

    static std::unique_ptr<ItemColumns> of(ItemKind kind);

    explicit ItemColumns(QList<Column> columns);
    virtual ~ItemColumns();

    const QList<Column> &columns() const { return m_columns; }

    // A cell's value for the role (display, edit, tool tip, check state); none for others.
    virtual QVariant value(const SectionItems &items, int row, int column, int role) const = 0;
    // Writes a value that passed its column's format check into the item; a sentence
    // saying why not when the item itself refuses it.
    virtual QString apply(SectionItems &items, int row, int column,
                          const QVariant &value) const = 0;
    // Inserts a new item, with a free key and sensible values, at the row.
    virtual void insertNew(SectionItems &items, int row) const = 0;
    virtual void removeRow(SectionItems &items, int row) const = 0;
    // False when either row is out of range or they are the same.
    virtual bool moveRow(SectionItems &items, int from, int to) const = 0;

protected:
    // Text for the display, edit and tool-tip roles.
    static QVariant text(const QString &value, int role);
    // A number: short text to show, the number itself to edit.
    static QVariant number(double value, int role);
    static QString numberText(double value);
    // The first free `prefix` + n among the keys.
    static QString freeKey(const QString &prefix, const QStringList &taken);

    template<typename T> static bool moveWithin(QList<T> &list, int from, int to)
    {
        if (from < 0 || from >= list.size() || to < 0 || to >= list.size() || from == to)
            return false;
        list.move(from, to);
        return true;
    }

private:
    QList<Column> m_columns;
};

} // namespace tenet::app

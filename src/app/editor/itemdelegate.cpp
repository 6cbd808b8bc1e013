#include "itemdelegate.h"

#include "app/editor/models/itemtablemodel.h"
#include "domain/itemlimits.h"
#include "domain/role.h"
#include "domain/structureditems.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>

#include <limits>

using namespace Qt::StringLiterals;

namespace tenet::app {

using CellEditor = ItemTableModel::CellEditor;

namespace {

CellEditor cellEditor(const QModelIndex &index)
{
    return CellEditor(index.data(ItemTableModel::CellEditorRole).toInt());
}

// The limits of a numeric cell; a column without any leaves the spin box unbounded.
domain::ItemLimit limitOf(const QModelIndex &index)
{
    const QVariant field = index.data(ItemTableModel::ItemFieldRole);
    if (!field.isValid())
        return {};
    return domain::itemLimit(domain::ItemField(field.toInt()));
}

// A spin box's range for the limit. An optional field starts at 0, which shows "none".
template<typename Spin, typename Number>
void setRange(Spin *spin, const domain::ItemLimit &limit, Number lowest, Number highest)
{
    Number minimum = limit.minimum ? Number(*limit.minimum) : lowest;
    if (limit.mayBeAbsent) {
        minimum = 0;
        spin->setSpecialValueText(ItemDelegate::tr("none"));
    }
    spin->setRange(minimum, limit.maximum ? Number(*limit.maximum) : highest);
}

const QList<domain::Role> &allRoles()
{
    static const QList<domain::Role> roles
        = {domain::Role::Agent, domain::Role::Supervisor, domain::Role::Manager,
           domain::Role::Quality, domain::Role::Trainer};
    return roles;
}

} // namespace

ItemDelegate::ItemDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

QWidget *ItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const QString header = index.model()->headerData(index.column(), Qt::Horizontal).toString();
    QWidget *editor = nullptr;
    switch (cellEditor(index)) {
    case CellEditor::LongText:
    case CellEditor::Lines: {
        auto *text = new QPlainTextEdit(parent);
        text->setTabChangesFocus(true);
        text->setFrameShape(QFrame::Box);
        if (cellEditor(index) == CellEditor::Lines)
            text->setPlaceholderText(tr("One per line"));
        editor = text;
        break;
    }
    case CellEditor::Tier:
    case CellEditor::Months: {
        auto *spin = new QSpinBox(parent);
        setRange(spin, limitOf(index), std::numeric_limits<int>::lowest(),
                 std::numeric_limits<int>::max());
        if (cellEditor(index) == CellEditor::Months)
            spin->setSuffix(tr(" months"));
        editor = spin;
        break;
    }
    case CellEditor::Hours:
    case CellEditor::Number:
    case CellEditor::Percent: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setDecimals(2);
        // A double spin box sizes itself to its widest value: a billion is wide enough.
        setRange(spin, limitOf(index), -1e9, 1e9);
        if (cellEditor(index) == CellEditor::Hours)
            spin->setSuffix(tr(" h"));
        else if (cellEditor(index) == CellEditor::Percent)
            spin->setSuffix(tr(" %"));
        editor = spin;
        break;
    }
    case CellEditor::Role: {
        auto *combo = new QComboBox(parent);
        combo->setEditable(true); // a team may take a tier as well as a role
        for (domain::Role role : allRoles())
            combo->addItem(domain::roleName(role));
        editor = combo;
        break;
    }
    case CellEditor::Direction: {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("at most: lower is better"),
                       domain::kpiDirectionName(domain::KpiDirection::AtMost));
        combo->addItem(tr("at least: higher is better"),
                       domain::kpiDirectionName(domain::KpiDirection::AtLeast));
        editor = combo;
        break;
    }
    case CellEditor::RoleSet: {
        auto *list = new QListWidget(parent);
        list->setFrameShape(QFrame::Box);
        for (domain::Role role : allRoles()) {
            auto *item = new QListWidgetItem(domain::roleName(role), list);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        editor = list;
        break;
    }
    case CellEditor::Check:
        return nullptr;
    default:
        editor = QStyledItemDelegate::createEditor(parent, option, index);
        break;
    }
    if (editor) {
        editor->setAccessibleName(header);
        editor->setToolTip(
            index.model()->headerData(index.column(), Qt::Horizontal, Qt::ToolTipRole).toString());
    }
    return editor;
}

void ItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        text->setPlainText(value.typeId() == QMetaType::QStringList
                               ? value.toStringList().join(u'\n')
                               : value.toString());
        text->selectAll();
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(value.toInt());
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->setValue(value.toDouble());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->isEditable()) {
            combo->setCurrentText(value.toString());
        } else {
            combo->setCurrentIndex(qMax(0, combo->findData(value.toString())));
        }
    } else if (auto *list = qobject_cast<QListWidget *>(editor)) {
        const QStringList picked = value.toStringList();
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            item->setCheckState(picked.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
        }
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void ItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                const QModelIndex &index) const
{
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        if (cellEditor(index) == CellEditor::Lines)
            model->setData(index, text->toPlainText().split(u'\n'));
        else
            model->setData(index, text->toPlainText());
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value());
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(
            index, combo->isEditable() ? combo->currentText() : combo->currentData().toString());
    } else if (auto *list = qobject_cast<QListWidget *>(editor)) {
        QStringList picked;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                picked.append(list->item(i)->text());
        }
        model->setData(index, picked);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

void ItemDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    const CellEditor kind = cellEditor(index);
    if (kind != CellEditor::LongText && kind != CellEditor::Lines && kind != CellEditor::RoleSet) {
        QStyledItemDelegate::updateEditorGeometry(editor, option, index);
        return;
    }
    // Paragraphs, lists and tick lists need more room than a row: grow the editor over the
    // rows below, within the visible part of the table.
    QRect rect = option.rect;
    const int lineHeight = option.fontMetrics.height();
    rect.setHeight(
        qMax(rect.height(), kind == CellEditor::RoleSet ? lineHeight * 6 + 8 : lineHeight * 6));
    rect.setWidth(qMax(rect.width(), kind == CellEditor::RoleSet ? 160 : 320));
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget)) {
        const QRect area = view->viewport()->rect();
        if (rect.bottom() > area.bottom())
            rect.moveBottom(qMax(area.top() + rect.height() - 1, area.bottom()));
        if (rect.right() > area.right())
            rect.moveRight(qMax(area.left() + rect.width() - 1, area.right()));
    }
    editor->setGeometry(rect);
}

} // namespace tenet::app

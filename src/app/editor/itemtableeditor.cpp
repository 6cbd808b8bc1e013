#include "itemtableeditor.h"

#include "app/editor/models/itemtablemodel.h"
#include "editoricons.h"
#include "itemdelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tenet::app {

namespace {

QString heading(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Escalation:
        return ItemTableEditor::tr("Escalation tiers");
    case ItemKind::FollowUp:
        return ItemTableEditor::tr("Follow-up steps");
    case ItemKind::Stage:
        return ItemTableEditor::tr("Complaint stages");
    case ItemKind::Programme:
        return ItemTableEditor::tr("Training programmes");
    case ItemKind::Kpi:
        return ItemTableEditor::tr("Key performance indicators");
    }
    return {};
}

QToolButton *toolButton(QWidget *parent, EditorIcon icon, const QString &name,
                        const QString &toolTip)
{
    auto *button = new QToolButton(parent);
    button->setIcon(editorIcon(icon));
    button->setAutoRaise(true);
    button->setAccessibleName(name);
    button->setToolTip(toolTip);
    return button;
}

} // namespace

ItemTableEditor::ItemTableEditor(ItemKind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_model(new ItemTableModel(kind, this))
    , m_view(new QTableView(this))
    , m_error(new QLabel(this))
{
    const QString noun = itemNoun(kind);
    setObjectName(u"itemTable_"_s + itemListKey(kind));
    setAccessibleName(heading(kind));

    auto *title = new QLabel(heading(kind), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_add = toolButton(this, EditorIcon::Add, tr("Add %1").arg(noun),
                       tr("Add a %1 below the selected row (Insert in the table)").arg(noun));
    m_delete = toolButton(this, EditorIcon::Delete, tr("Delete %1").arg(noun),
                          tr("Delete the selected %1 (Ctrl+Delete in the table)").arg(noun));
    m_up = toolButton(this, EditorIcon::MoveUp, tr("Move %1 up").arg(noun),
                      tr("Move the selected %1 up").arg(noun));
    m_down = toolButton(this, EditorIcon::MoveDown, tr("Move %1 down").arg(noun),
                        tr("Move the selected %1 down").arg(noun));

    auto *header = new QHBoxLayout;
    header->setSpacing(2);
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_add);
    header->addWidget(m_delete);
    header->addWidget(m_up);
    header->addWidget(m_down);

    m_view->setObjectName(u"itemTableView_"_s + itemListKey(kind));
    m_view->setAccessibleName(heading(kind));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ItemDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_error->setObjectName(u"itemTableError_"_s + itemListKey(kind));
    m_error->setAccessibleName(
        tr("Why the last edit of the %1 was refused").arg(itemTableName(kind)));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"QLabel { background: rgba(200, 40, 40, 0.10); "
                           "border: 1px solid rgba(200, 40, 40, 0.5); border-radius: 3px; "
                           "padding: 4px 8px; }"_s);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);

    // Keys for the rows while the table has focus; Del alone stays with the cell.
    auto *insertKey
        = new QShortcut(QKeySequence(Qt::Key_Insert), m_view, nullptr, nullptr, Qt::WidgetShortcut);
    auto *deleteKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete), m_view, nullptr,
                                    nullptr, Qt::WidgetShortcut);
    connect(insertKey, &QShortcut::activated, this, [this] {
        if (m_add->isEnabled())
            addRow();
    });
    connect(deleteKey, &QShortcut::activated, this, [this] {
        if (m_delete->isEnabled())
            deleteRow();
    });
    connect(m_add, &QToolButton::clicked, this, &ItemTableEditor::addRow);
    connect(m_delete, &QToolButton::clicked, this, &ItemTableEditor::deleteRow);
    connect(m_up, &QToolButton::clicked, this, [this] { moveRow(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveRow(1); });
    connect(m_model, &ItemTableModel::editRefused, this, &ItemTableEditor::showError);
    connect(m_model, &ItemTableModel::editAccepted, this, [this] { showError({}); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ItemTableEditor::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ItemTableEditor::updateButtons);
    updateButtons();
}

QString ItemTableEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ItemTableEditor::setDocument(DraftDocument *document)
{
    m_model->setDocument(document);
    showError({});
    // Paragraphs share the width; short values keep to their content.
    QHeaderView *header = m_view->horizontalHeader();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const ItemTableModel::CellEditor editor = m_model->columnEditor(c);
        const bool wide = editor == ItemTableModel::CellEditor::LongText
            || editor == ItemTableModel::CellEditor::Lines || m_model->columnCount() == 1;
        header->setSectionResizeMode(c,
                                     wide ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    }
}

void ItemTableEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_view->setEditTriggers(
        readOnly ? QAbstractItemView::NoEditTriggers
                 : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    if (readOnly)
        showError({});
    updateButtons();
}

void ItemTableEditor::addRow()
{
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? current.row() + 1 : m_model->rowCount();
    if (m_model->addRow(row)) {
        m_view->setCurrentIndex(m_model->index(row, 0));
        m_view->setFocus();
    }
}

void ItemTableEditor::deleteRow()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    const int column = current.column();
    if (m_model->deleteRow(row) && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), column));
}

void ItemTableEditor::moveRow(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const int to = current.row() + delta;
    if (m_model->moveRow(current.row(), to))
        m_view->setCurrentIndex(m_model->index(to, current.column()));
}

void ItemTableEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ItemTableEditor::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    const bool editable = !m_readOnly && m_model->sectionIndex() >= 0;
    m_add->setEnabled(editable);
    m_delete->setEnabled(editable && current.isValid());
    m_up->setEnabled(editable && current.isValid() && current.row() > 0);
    m_down->setEnabled(editable && current.isValid() && current.row() < m_model->rowCount() - 1);
}

} // namespace tenet::app

#include "itemtableeditor.h"

#include "app/editor/models/itemtablemodel.h"
#include "editoricons.h"
#include "itemdelegate.h"

#include <QEvent>
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

// The buttons' names and tool tips, whole for each kind of item: in Spanish and Lithuanian
// the words around the noun change with it. In the order of ItemKind.
struct ButtonTexts
{
    const char *add, *addTip, *remove, *removeTip, *up, *upTip, *down, *downTip, *error;
};
const ButtonTexts buttonTexts[] = {
    {QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor", "Add escalation tier"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor",
                       "Add an escalation tier below the selected row (Insert in the table)"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor", "Delete escalation tier"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor",
                       "Delete the selected escalation tier (Ctrl+Delete in the table)"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor", "Move escalation tier up"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor", "Move the selected escalation tier up"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor", "Move escalation tier down"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor", "Move the selected escalation tier down"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor",
                       "Why the last edit of the escalation tiers was refused")},
    {QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor", "Add follow-up step"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor",
                       "Add a follow-up step below the selected row (Insert in the table)"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor", "Delete follow-up step"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor",
                       "Delete the selected follow-up step (Ctrl+Delete in the table)"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor", "Move follow-up step up"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor", "Move the selected follow-up step up"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor", "Move follow-up step down"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor", "Move the selected follow-up step down"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor",
                       "Why the last edit of the follow-up steps was refused")},
    {QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor", "Add complaint stage"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor",
                       "Add a complaint stage below the selected row (Insert in the table)"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor", "Delete complaint stage"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor",
                       "Delete the selected complaint stage (Ctrl+Delete in the table)"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor", "Move complaint stage up"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor", "Move the selected complaint stage up"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor", "Move complaint stage down"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor", "Move the selected complaint stage down"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor",
                       "Why the last edit of the complaint stages was refused")},
    {QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor", "Add training programme"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor",
                       "Add a training programme below the selected row (Insert in the table)"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor", "Delete training programme"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor",
                       "Delete the selected training programme (Ctrl+Delete in the table)"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor", "Move training programme up"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor", "Move the selected training programme up"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor", "Move training programme down"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor", "Move the selected training programme down"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor",
                       "Why the last edit of the training programmes was refused")},
    {QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor", "Add KPI"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor",
                       "Add a KPI below the selected row (Insert in the table)"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor", "Delete KPI"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor",
                       "Delete the selected KPI (Ctrl+Delete in the table)"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor", "Move KPI up"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor", "Move the selected KPI up"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor", "Move KPI down"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor", "Move the selected KPI down"),
     QT_TRANSLATE_NOOP("tenet::app::ItemTableEditor", "Why the last edit of the KPIs was refused")},
};

const ButtonTexts &textsOf(ItemKind kind)
{
    return buttonTexts[static_cast<int>(kind)];
}

QToolButton *toolButton(QWidget *parent, EditorIcon icon)
{
    auto *button = new QToolButton(parent);
    button->setIcon(editorIcon(icon));
    button->setAutoRaise(true);
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
    setObjectName(u"itemTable_"_s + itemListKey(kind));

    m_title = new QLabel(this);
    QLabel *title = m_title;
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_add = toolButton(this, EditorIcon::Add);
    m_delete = toolButton(this, EditorIcon::Delete);
    m_up = toolButton(this, EditorIcon::MoveUp);
    m_down = toolButton(this, EditorIcon::MoveDown);

    auto *header = new QHBoxLayout;
    header->setSpacing(2);
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_add);
    header->addWidget(m_delete);
    header->addWidget(m_up);
    header->addWidget(m_down);

    m_view->setObjectName(u"itemTableView_"_s + itemListKey(kind));
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
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"QLabel { background: rgba(200, 40, 40, 0.10); "
                           "border: 1px solid rgba(200, 40, 40, 0.5); border-radius: 3px; "
                           "padding: 4px 8px; }"_s);
    m_error->hide();
    retranslate();

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

void ItemTableEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ItemTableEditor::retranslate()
{
    const ButtonTexts &texts = textsOf(m_kind);
    setAccessibleName(heading(m_kind));
    m_title->setText(heading(m_kind));
    m_view->setAccessibleName(heading(m_kind));
    const auto set = [](QToolButton *button, const char *name, const char *toolTip) {
        button->setAccessibleName(tr(name));
        button->setToolTip(tr(toolTip));
    };
    set(m_add, texts.add, texts.addTip);
    set(m_delete, texts.remove, texts.removeTip);
    set(m_up, texts.up, texts.upTip);
    set(m_down, texts.down, texts.downTip);
    m_error->setAccessibleName(tr(texts.error));
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

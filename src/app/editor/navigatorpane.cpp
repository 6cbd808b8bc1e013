#include "navigatorpane.h"

#include "codetreedelegate.h"
#include "models/codetreemodel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tenet::app {

namespace {

QToolButton *navigatorButton(QWidget *parent, QAction *action)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    // Named after its action, also when the action's text changes with the language.
    const auto name = [button, action] {
        button->setAccessibleName(action->text().remove(u'&'));
    };
    name();
    QObject::connect(action, &QAction::changed, button, name);
    return button;
}

} // namespace

NavigatorPane::NavigatorPane(QWidget *parent)
    : QWidget(parent), m_model(new CodeTreeModel(this)), m_tree(new QTreeView(this))
{
    setObjectName(u"navigatorPane"_s);
    m_title = new QLabel(this);
    QLabel *title = m_title;
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_bar = new QHBoxLayout;
    m_bar->setContentsMargins(6, 0, 0, 0);
    m_bar->setSpacing(0);
    m_bar->addWidget(title);
    m_bar->addStretch(1);

    m_tree->setObjectName(u"navigatorTree"_s);
    retranslate();
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new CodeTreeDelegate(m_tree));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    m_tree->setAnimated(false);
    m_tree->setIndentation(14);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CodeTreeModel::TitleColumn, QHeaderView::Stretch);
    // A fixed mark column: measuring 300 rows on every keystroke would cost a frame.
    m_tree->header()->setSectionResizeMode(CodeTreeModel::MarkColumn, QHeaderView::Fixed);
    QFont pill = m_tree->font();
    pill.setPointSizeF(pill.pointSizeF() * 0.85);
    m_tree->header()->resizeSection(
        CodeTreeModel::MarkColumn,
        QFontMetrics(pill).horizontalAdvance(CodeTreeModel::tr("review due")) + 24);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(m_bar);
    layout->addWidget(m_tree, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { emit currentChanged(current); });
}

void NavigatorPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NavigatorPane::retranslate()
{
    m_title->setText(tr("Contents"));
    m_tree->setAccessibleName(tr("Sections and clauses"));
    m_tree->setToolTip(tr("Select a section or clause to edit it. Drag clauses to reorder them, "
                          "or use Alt+Up and Alt+Down; F2 renames a clause."));
}

void NavigatorPane::setClauseActions(const QList<QAction *> &buttons, const QList<QAction *> &menu,
                                     QAction *deleteAction)
{
    for (QAction *action : buttons)
        m_bar->addWidget(navigatorButton(this, action));
    m_tree->addActions(menu);
    auto *deleteKey
        = new QShortcut(QKeySequence::Delete, m_tree, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, deleteAction, &QAction::trigger);
}

QModelIndex NavigatorPane::currentIndex() const
{
    return m_tree->currentIndex();
}

void NavigatorPane::select(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void NavigatorPane::selectClause(const QString &clauseId)
{
    select(m_model->indexOfClause(clauseId));
}

void NavigatorPane::selectSection(int section)
{
    select(m_model->sectionIndex(section));
}

void NavigatorPane::restoreSelection(const QString &clauseId, int section)
{
    QModelIndex index = clauseId.isEmpty() ? QModelIndex() : m_model->indexOfClause(clauseId);
    if (!index.isValid())
        index = m_model->sectionIndex(qBound(0, section, m_model->rowCount() - 1));
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void NavigatorPane::setReadOnly(bool readOnly)
{
    m_tree->setDragEnabled(!readOnly);
    m_tree->setAcceptDrops(!readOnly);
    m_tree->viewport()->setAcceptDrops(!readOnly);
    m_tree->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::EditKeyPressed);
}

} // namespace tenet::app

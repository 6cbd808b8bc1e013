#include "historyview.h"

#include "ui_history_view.h"

#include "app/session/session.h"
#include "comparisonmodel.h"
#include "render/changetext.h"
#include "render/redlinehtml.h"
#include "storage/versionstore.h"
#include "versionlistmodel.h"

#include "domain/comparison.h"

#include <QAction>
#include <QDataStream>
#include <QEvent>
#include <QHeaderView>
#include <QIODevice>
#include <QSortFilterProxyModel>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace tenet::domain;
using tenet::render::ChangeText;
using tenet::render::redlineHtml;

namespace tenet::app {

namespace {

// Marks the layout of saveState()'s bytes, so a future layout can refuse an old one.
constexpr quint32 stateMagic = 0x54484953; // "THIS"
constexpr quint32 stateVersion = 1;

} // namespace

HistoryView::HistoryView(Session &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::HistoryView>()), m_session(session)
{
    m_ui->setupUi(this);

    QFont headingFont = m_ui->headingLabel->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_ui->headingLabel->setFont(headingFont);
    QFont titleFont = m_ui->comparisonTitle->font();
    titleFont.setBold(true);
    m_ui->comparisonTitle->setFont(titleFont);

    // Before the model connects to the same signals: what was shown belongs to the old code,
    // and must be gone before the new versions arrive.
    connect(&m_session, &Session::databaseChanged, this, &HistoryView::forgetComparison);
    connect(&m_session, &Session::codeChanged, this, &HistoryView::forgetComparison);
    m_versions = new VersionListModel(m_session, this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_versions);
    m_sorted->setSortRole(VersionListModel::SortRole);
    QTableView *table = m_ui->versionTable;
    table->setModel(m_sorted);
    table->sortByColumn(VersionListModel::NumberColumn, Qt::DescendingOrder);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->resizeSection(VersionListModel::NumberColumn,
                          fontMetrics().horizontalAdvance(u"Version 000"_s));
    header->resizeSection(VersionListModel::StateColumn,
                          fontMetrics().horizontalAdvance(u"Superseded 000"_s));
    header->resizeSection(VersionListModel::AuthorColumn,
                          fontMetrics().horizontalAdvance(u"Firstname Lastname 00"_s));
    header->resizeSection(VersionListModel::ApproverColumn,
                          fontMetrics().horizontalAdvance(u"Firstname Lastname 00"_s));
    header->resizeSection(VersionListModel::CreatedColumn,
                          fontMetrics().horizontalAdvance(u"00/00/0000 000"_s));
    header->resizeSection(VersionListModel::PublishedColumn,
                          fontMetrics().horizontalAdvance(u"00/00/0000 000"_s));
    header->resizeSection(VersionListModel::KindColumn,
                          fontMetrics().horizontalAdvance(u"Editorial 000"_s));

    m_changes = new ComparisonModel(this);
    QTreeView *tree = m_ui->changesTree;
    tree->setModel(m_changes);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(ComparisonModel::NumberColumn,
                                         QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(ComparisonModel::TitleColumn, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(ComparisonModel::ChangeColumn,
                                         QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(ComparisonModel::FieldsColumn,
                                         QHeaderView::ResizeToContents);

    m_ui->redlineBrowser->document()->setDocumentMargin(14);

    // The comparison is what people read: it gets most of the room, and any room added.
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({fontMetrics().height() * 10, fontMetrics().height() * 40});
    m_ui->comparisonSplitter->setStretchFactor(0, 2);
    m_ui->comparisonSplitter->setStretchFactor(1, 3);
    m_ui->comparisonSplitter->setSizes({2000, 3000});

    m_compareAction = new QAction(this);
    m_compareAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_compareAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_compareInForceAction = new QAction(this);
    m_compareInForceAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
                                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter)});
    m_compareInForceAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_openAction = new QAction(this);
    m_openAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_openAction->setShortcutContext(Qt::WidgetShortcut);
    retranslateActions();
    addAction(m_compareAction);
    addAction(m_compareInForceAction);
    // Enter opens only while the table has the focus, not while reading the redline.
    table->addAction(m_openAction);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    table->addAction(separator);
    table->addAction(m_compareAction);
    table->addAction(m_compareInForceAction);
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ui->compareButton->setDefaultAction(m_compareAction);
    m_ui->compareInForceButton->setDefaultAction(m_compareInForceAction);
    m_ui->openButton->setDefaultAction(m_openAction);

    connect(m_compareAction, &QAction::triggered, this, &HistoryView::compareSelection);
    connect(m_compareInForceAction, &QAction::triggered, this,
            &HistoryView::compareSelectionWithVersionInForce);
    connect(m_openAction, &QAction::triggered, this, &HistoryView::openSelection);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        rememberSelection();
        updateActions();
    });
    connect(table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        compareWithPrevious(index.data(VersionListModel::VersionIdRole).toLongLong());
    });
    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &HistoryView::scrollToChange);
    connect(m_sorted, &QAbstractItemModel::modelReset, this, &HistoryView::afterVersionsReloaded);

    showFirstMessage();
    afterVersionsReloaded();
}

HistoryView::~HistoryView() = default;

void HistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateActions();
        showHeading();
        // A comparison is drawn again in the new words; a passing message gives way to the
        // first hint.
        if (m_shownFrom && m_shownTo)
            compare(m_shownFrom->id, m_shownTo->id);
        else
            showFirstMessage();
    }
    QWidget::changeEvent(event);
}

void HistoryView::retranslateActions()
{
    m_compareAction->setText(tr("&Compare"));
    m_compareAction->setToolTip(tr("Compare the two selected versions, or the selected version "
                                   "with the one before it (Ctrl+Return)"));
    m_compareInForceAction->setText(tr("Compare with version in &force"));
    m_compareInForceAction->setToolTip(tr("Show what the selected version changes against the "
                                          "version in force (Ctrl+Shift+Return)"));
    m_openAction->setText(tr("&Open"));
    m_openAction->setToolTip(tr("Open the selected version (Enter)"));
}

void HistoryView::showFirstMessage()
{
    showMessage(tr("No comparison yet"),
                tr("Select two versions above and press Compare (Ctrl+Return), or double-click "
                   "a version to see what it changed against the one before it."));
}

void HistoryView::showHeading()
{
    if (!m_versions->readError().isEmpty())
        m_ui->headingLabel->setText(
            tr("The versions could not be read: %1").arg(m_versions->readError()));
    else if (const auto &code = m_session.code())
        m_ui->headingLabel->setText(tr("Versions of %1").arg(code->title));
    else
        m_ui->headingLabel->setText(tr("Versions"));
}

void HistoryView::reload()
{
    m_versions->reload();
}

std::optional<std::pair<qint64, qint64>> HistoryView::comparedVersions() const
{
    if (!m_shownFrom || !m_shownTo)
        return std::nullopt;
    return std::make_pair(m_shownFrom->id, m_shownTo->id);
}

QList<VersionInfo> HistoryView::selectedVersions() const
{
    QList<VersionInfo> selected;
    const QModelIndexList rows = m_ui->versionTable->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (const auto v
            = m_versions->version(row.data(VersionListModel::VersionIdRole).toLongLong()))
            selected << *v;
    }
    std::sort(selected.begin(), selected.end(),
              [](const VersionInfo &a, const VersionInfo &b) { return a.number < b.number; });
    return selected;
}

void HistoryView::updateActions()
{
    const QList<VersionInfo> selected = selectedVersions();
    const auto inForce = m_versions->versionInForce();
    m_compareAction->setEnabled(
        selected.size() == 2
        || (selected.size() == 1 && m_versions->previousVersion(selected.first().id)));
    m_compareInForceAction->setEnabled(selected.size() == 1 && inForce
                                       && inForce->id != selected.first().id);
    m_openAction->setEnabled(selected.size() == 1);
}

void HistoryView::compareSelection()
{
    const QList<VersionInfo> selected = selectedVersions();
    if (selected.size() == 2)
        compare(selected.at(0).id, selected.at(1).id);
    else if (selected.size() == 1)
        compareWithPrevious(selected.first().id);
}

void HistoryView::compareSelectionWithVersionInForce()
{
    const QList<VersionInfo> selected = selectedVersions();
    if (selected.size() == 1)
        compareWithVersionInForce(selected.first().id);
}

void HistoryView::openSelection()
{
    const QList<VersionInfo> selected = selectedVersions();
    if (selected.size() == 1)
        emit openVersionRequested(selected.first().id);
}

void HistoryView::rememberSelection()
{
    if (m_restoringSelection)
        return;
    m_selectedIds.clear();
    const QModelIndexList rows = m_ui->versionTable->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        m_selectedIds << row.data(VersionListModel::VersionIdRole).toLongLong();
}

void HistoryView::selectVersions(const QList<qint64> &ids)
{
    QItemSelection selection;
    QModelIndex first;
    for (qint64 id : ids) {
        const int sourceRow = m_versions->rowOf(id);
        if (sourceRow < 0)
            continue;
        const QModelIndex index = m_sorted->mapFromSource(m_versions->index(sourceRow, 0));
        selection.select(index, index);
        if (!first.isValid())
            first = index;
    }
    QItemSelectionModel *model = m_ui->versionTable->selectionModel();
    if (first.isValid())
        model->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void HistoryView::restoreSelection()
{
    m_restoringSelection = true;
    selectVersions(m_selectedIds);
    m_restoringSelection = false;
    rememberSelection();
}

void HistoryView::afterVersionsReloaded()
{
    restoreSelection();
    updateActions();
    showHeading();

    // Drop what changed since it was loaded: a draft saved meanwhile, a version published.
    for (auto it = m_cache.begin(); it != m_cache.end();) {
        const auto now = m_versions->version(it.key());
        if (!now || *now != it->info)
            it = m_cache.erase(it);
        else
            ++it;
    }
    if (!m_shownFrom || !m_shownTo)
        return;
    const auto from = m_versions->version(m_shownFrom->id);
    const auto to = m_versions->version(m_shownTo->id);
    if (!from || !to) {
        m_shownFrom.reset();
        m_shownTo.reset();
        m_changes->clear();
        showMessage(tr("No comparison"), tr("The versions compared are no longer listed."));
    } else if (*from != *m_shownFrom || *to != *m_shownTo) {
        compare(from->id, to->id);
    }
}

void HistoryView::forgetComparison()
{
    m_cache.clear();
    m_selectedIds.clear();
    if (m_shownFrom || m_shownTo) {
        m_shownFrom.reset();
        m_shownTo.reset();
        m_changes->clear();
        showMessage(tr("No comparison yet"),
                    tr("Select two versions above and press Compare (Ctrl+Return)."));
    }
}

Result<Version> HistoryView::loadVersion(qint64 versionId)
{
    const auto cached = m_cache.constFind(versionId);
    if (cached != m_cache.cend())
        return *cached;
    if (!m_session.database())
        return Error::refused(tr("No database is open."));
    auto loaded = storage::VersionStore(*m_session.database()).load(versionId);
    if (loaded)
        m_cache.insert(versionId, *loaded);
    return loaded;
}

void HistoryView::compare(qint64 fromVersionId, qint64 toVersionId)
{
    const auto from = loadVersion(fromVersionId);
    const auto to = from ? loadVersion(toVersionId) : from;
    if (!from || !to) {
        m_shownFrom.reset();
        m_shownTo.reset();
        m_changes->clear();
        showMessage(
            tr("Cannot compare"),
            tr("The versions could not be read: %1").arg((from ? to : from).error().toString()));
        return;
    }
    const Comparison comparison = compareContent(from->content, to->content);
    m_shownFrom = from->info;
    m_shownTo = to->info;
    m_changes->setComparison(comparison, from->content, to->content);
    m_ui->changesTree->expandAll();
    // The list, the heading, the summary and the redline all speak the interface's language.
    const render::OutputLanguage &language = m_changes->language();
    m_ui->comparisonTitle->setText(tr("Changes from %1 to %2")
                                       .arg(ChangeText::versionLabel(from->info, language),
                                            ChangeText::versionLabel(to->info, language)));
    m_ui->summaryLabel->setText(comparison.isEmpty()
                                    ? tr("No changes: the two versions have the same content.")
                                    : ChangeText::summary(comparison, language));
    m_ui->redlineBrowser->setHtml(redlineHtml(comparison, *from, *to, language));

    m_restoringSelection = true;
    selectVersions({fromVersionId, toVersionId});
    m_restoringSelection = false;
    rememberSelection();
    updateActions();
    emit comparisonShown(fromVersionId, toVersionId);
}

void HistoryView::compareWithVersionInForce(qint64 versionId)
{
    const auto inForce = m_versions->versionInForce();
    if (!inForce) {
        showMessage(tr("Nothing to compare with"),
                    tr("No version of this code has been published yet, so there is no "
                       "version in force to compare with."));
        return;
    }
    if (inForce->id == versionId) {
        showMessage(tr("Nothing to compare with"),
                    tr("Version %1 is the version in force itself.").arg(inForce->number));
        return;
    }
    const auto other = m_versions->version(versionId);
    // The older one first, so that what the newer one brings reads as insertions.
    if (other && other->number < inForce->number)
        compare(versionId, inForce->id);
    else
        compare(inForce->id, versionId);
}

void HistoryView::compareWithPrevious(qint64 versionId)
{
    const auto previous = m_versions->previousVersion(versionId);
    if (!previous) {
        const auto v = m_versions->version(versionId);
        showMessage(
            tr("Nothing to compare with"),
            v ? tr("Version %1 is the first version: there is none before it.").arg(v->number)
              : tr("That version is not listed."));
        return;
    }
    compare(previous->id, versionId);
}

void HistoryView::scrollToChange(const QModelIndex &current)
{
    const QString anchor = current.data(ComparisonModel::AnchorRole).toString();
    if (!anchor.isEmpty())
        m_ui->redlineBrowser->scrollToAnchor(anchor);
}

void HistoryView::showMessage(const QString &title, const QString &message)
{
    m_shownFrom.reset();
    m_shownTo.reset();
    m_changes->clear();
    m_ui->comparisonTitle->setText(title);
    m_ui->summaryLabel->clear();
    m_ui->redlineBrowser->setHtml(u"<p style=\"color: #5f6b76;\">"_s + message.toHtmlEscaped()
                                  + u"</p>"_s);
}

QByteArray HistoryView::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << stateMagic << stateVersion << m_ui->mainSplitter->saveState()
        << m_ui->comparisonSplitter->saveState()
        << m_ui->versionTable->horizontalHeader()->saveState();
    return state;
}

bool HistoryView::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 magic = 0;
    quint32 version = 0;
    QByteArray main;
    QByteArray comparison;
    QByteArray columns;
    in >> magic >> version >> main >> comparison >> columns;
    if (in.status() != QDataStream::Ok || magic != stateMagic || version != stateVersion)
        return false;
    return m_ui->mainSplitter->restoreState(main)
        && m_ui->comparisonSplitter->restoreState(comparison)
        && m_ui->versionTable->horizontalHeader()->restoreState(columns);
}

} // namespace tenet::app

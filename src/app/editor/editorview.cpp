#include "editorview.h"
#include "domain/organisationdate.h"

#include "app/commands/addclausecommand.h"
#include "app/commands/deleteclausecommand.h"
#include "app/commands/editcheckcommand.h"
#include "app/commands/moveclausecommand.h"
#include "app/models/codetreemodel.h"
#include "app/session/session.h"
#include "checkeditordialog.h"
#include "clauseform.h"
#include "codetreedelegate.h"
#include "editoricons.h"
#include "messagebar.h"
#include "sectionform.h"
#include "storage/versionstore.h"
#include "undoshortcutfilter.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tenet::app {

using domain::VersionState;
using SaveState = DraftDocument::SaveState;

namespace {

QString stateTitle(VersionState state)
{
    switch (state) {
    case VersionState::Draft:
        return EditorView::tr("Draft");
    case VersionState::InReview:
        return EditorView::tr("In review");
    case VersionState::Approved:
        return EditorView::tr("Approved");
    case VersionState::Published:
        return EditorView::tr("Published");
    case VersionState::Superseded:
        return EditorView::tr("Superseded");
    case VersionState::Withdrawn:
        return EditorView::tr("Withdrawn");
    }
    return {};
}

QToolButton *navigatorButton(QWidget *parent, QAction *action)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    button->setAccessibleName(action->text().remove(u'&'));
    return button;
}

} // namespace

EditorView::EditorView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_sessionGuard(&session)
    , m_treeModel(new CodeTreeModel(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_undoFilter(new UndoShortcutFilter(this))
{
    setObjectName(u"editorView"_s);
    setAccessibleName(tr("Editor"));
    buildActions();
    buildLayout();

    connect(&m_session, &Session::databaseChanged, this, &EditorView::sessionDatabaseChanged);
    connect(&m_session, &Session::userChanged, this, &EditorView::sessionUserChanged);
    connect(&m_session, &Session::codeChanged, this, &EditorView::sessionCodeChanged);
    connect(&m_session, &Session::versionsChanged, this, &EditorView::sessionVersionsChanged);
    openDefaultVersion();
}

EditorView::~EditorView()
{
    // Save only into a database that is still open: the session may have gone first.
    if (m_sessionGuard && m_document && &m_document->database() == m_sessionGuard->database())
        m_document->flush();
    // The models and forms let go of the document before it goes.
    setDocument(nullptr);
}

void EditorView::buildActions()
{
    m_undoAction = m_undoGroup->createUndoAction(this);
    m_undoAction->setObjectName(u"undoAction"_s);
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_undoAction->setShortcutContext(Qt::WindowShortcut);
    m_undoAction->setToolTip(tr("Undo the last edit of the draft (Ctrl+Z)"));
    m_redoAction = m_undoGroup->createRedoAction(this);
    m_redoAction->setObjectName(u"redoAction"_s);
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redoAction->setShortcutContext(Qt::WindowShortcut);
    m_redoAction->setToolTip(tr("Redo the edit last undone (Ctrl+Shift+Z)"));
    m_separator = new QAction(this);
    m_separator->setSeparator(true);

    const auto action = [this](const QString &name, const QString &text, EditorIcon icon,
                               const QKeySequence &shortcut, const QString &toolTip) {
        auto *a = new QAction(editorIcon(icon), text, this);
        a->setObjectName(name);
        if (!shortcut.isEmpty()) {
            a->setShortcut(shortcut);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        a->setToolTip(toolTip);
        a->setStatusTip(toolTip);
        addAction(a);
        return a;
    };
    m_addClauseAction = action(u"addClauseAction"_s, tr("&Add Clause"), EditorIcon::Add,
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                               tr("Add a clause below the selected one (Ctrl+Shift+N)"));
    m_duplicateAction
        = action(u"duplicateClauseAction"_s, tr("D&uplicate Clause"), EditorIcon::Duplicate,
                 QKeySequence(Qt::CTRL | Qt::Key_D), tr("Duplicate the selected clause (Ctrl+D)"));
    // Del only in the navigator: in a text field it deletes text.
    m_deleteAction = action(u"deleteClauseAction"_s, tr("&Delete Clause"), EditorIcon::Delete, {},
                            tr("Delete the selected clause (Del in the navigator)"));
    m_moveUpAction = action(u"moveClauseUpAction"_s, tr("Move Clause &Up"), EditorIcon::MoveUp,
                            QKeySequence(Qt::ALT | Qt::Key_Up),
                            tr("Move the selected clause up, into the section above at the top "
                               "(Alt+Up)"));
    m_moveDownAction = action(u"moveClauseDownAction"_s, tr("Move Clause Do&wn"),
                              EditorIcon::MoveDown, QKeySequence(Qt::ALT | Qt::Key_Down),
                              tr("Move the selected clause down, into the section below at the "
                                 "bottom (Alt+Down)"));
    m_checkSeparator = new QAction(this);
    m_checkSeparator->setSeparator(true);
    m_checkAction = new QAction(tr("Comprehension &Questions…"), this);
    m_checkAction->setObjectName(u"editCheckAction"_s);
    m_checkAction->setToolTip(tr("The multiple-choice questions people answer before they sign "
                                 "this version, and the pass mark"));
    m_checkAction->setStatusTip(m_checkAction->toolTip());
    m_startDraftAction = new QAction(tr("&Start a Draft"), this);
    m_startDraftAction->setObjectName(u"startDraftAction"_s);
    m_startDraftAction->setToolTip(
        tr("Continue the open draft, or start a new draft from the version in force"));
    m_reloadAction = new QAction(tr("&Reload Their Version"), this);
    m_reloadAction->setObjectName(u"reloadAction"_s);
    m_reloadAction->setToolTip(tr("Show the draft as the database holds it now; your unsaved "
                                  "edits are dropped (copy them first)"));
    m_copyEditsAction = new QAction(tr("&Copy My Edits"), this);
    m_copyEditsAction->setObjectName(u"copyEditsAction"_s);
    m_copyEditsAction->setToolTip(tr("Copy the content on screen to the clipboard as a "
                                     "tenet.code/1 file, so that nothing of it is lost"));
    addAction(m_undoAction);
    addAction(m_redoAction);

    connect(m_addClauseAction, &QAction::triggered, this, &EditorView::addClause);
    connect(m_duplicateAction, &QAction::triggered, this, &EditorView::duplicateClause);
    connect(m_deleteAction, &QAction::triggered, this, &EditorView::deleteClause);
    connect(m_moveUpAction, &QAction::triggered, this, [this] { moveClause(-1); });
    connect(m_moveDownAction, &QAction::triggered, this, [this] { moveClause(1); });
    connect(m_checkAction, &QAction::triggered, this, &EditorView::editCheck);
    connect(m_startDraftAction, &QAction::triggered, this,
            &EditorView::startDraftFromVersionInForce);
    connect(m_reloadAction, &QAction::triggered, this, &EditorView::reloadAfterConflict);
    connect(m_copyEditsAction, &QAction::triggered, this, &EditorView::copyLocalEdits);
}

void EditorView::buildLayout()
{
    // The navigator: a title with the clause actions, over the tree.
    auto *navigator = new QWidget(this);
    navigator->setObjectName(u"navigatorPane"_s);
    auto *navigatorTitle = new QLabel(tr("Contents"), navigator);
    QFont titleFont = navigatorTitle->font();
    titleFont.setBold(true);
    navigatorTitle->setFont(titleFont);
    auto *navigatorBar = new QHBoxLayout;
    navigatorBar->setContentsMargins(6, 0, 0, 0);
    navigatorBar->setSpacing(0);
    navigatorBar->addWidget(navigatorTitle);
    navigatorBar->addStretch(1);
    for (QAction *a :
         {m_addClauseAction, m_duplicateAction, m_deleteAction, m_moveUpAction, m_moveDownAction})
        navigatorBar->addWidget(navigatorButton(navigator, a));

    m_tree = new QTreeView(navigator);
    m_tree->setObjectName(u"navigatorTree"_s);
    m_tree->setAccessibleName(tr("Sections and clauses"));
    m_tree->setToolTip(tr("Select a section or clause to edit it. Drag clauses to reorder them, "
                          "or use Alt+Up and Alt+Down; F2 renames a clause."));
    m_tree->setModel(m_treeModel);
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
    m_tree->header()->resizeSection(CodeTreeModel::MarkColumn,
                                    QFontMetrics(pill).horizontalAdvance(tr("review due")) + 24);
    auto *treeSeparator = new QAction(m_tree);
    treeSeparator->setSeparator(true);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addActions({m_addClauseAction, m_duplicateAction, m_deleteAction, treeSeparator,
                        m_moveUpAction, m_moveDownAction});
    auto *deleteKey
        = new QShortcut(QKeySequence::Delete, m_tree, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, m_deleteAction, &QAction::trigger);

    auto *navigatorLayout = new QVBoxLayout(navigator);
    navigatorLayout->setContentsMargins(0, 8, 0, 0);
    navigatorLayout->setSpacing(4);
    navigatorLayout->addLayout(navigatorBar);
    navigatorLayout->addWidget(m_tree, 1);

    // The form pane: message, heading, and the form of the selected item.
    auto *formPane = new QWidget(this);
    formPane->setObjectName(u"formPane"_s);
    m_messageBar = new MessageBar(formPane);
    m_heading = new QLabel(formPane);
    m_heading->setObjectName(u"editorHeading"_s);
    m_heading->setAccessibleName(tr("What is being edited"));
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.45);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    m_subheading = new QLabel(formPane);
    m_subheading->setObjectName(u"editorSubheading"_s);
    m_subheading->setForegroundRole(QPalette::PlaceholderText);
    m_saveLabel = new QLabel(formPane);
    m_saveLabel->setObjectName(u"saveStateLabel"_s);
    m_saveLabel->setAccessibleName(tr("Version and save state"));
    m_saveLabel->setForegroundRole(QPalette::PlaceholderText);
    m_saveLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *headingRow = new QHBoxLayout;
    headingRow->setSpacing(12);
    auto *headingText = new QVBoxLayout;
    headingText->setSpacing(2);
    headingText->addWidget(m_heading);
    headingText->addWidget(m_subheading);
    headingRow->addLayout(headingText, 1);
    headingRow->addWidget(m_saveLabel, 0, Qt::AlignTop);

    m_stack = new QStackedWidget(formPane);
    m_stack->setObjectName(u"editorStack"_s);
    m_emptyPage = new QWidget(m_stack);
    m_emptyLabel = new QLabel(m_emptyPage);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *emptyButton = new QToolButton(m_emptyPage);
    emptyButton->setDefaultAction(m_startDraftAction);
    emptyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addWidget(emptyButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_sectionForm = new SectionForm(m_undoFilter, m_stack);
    m_sectionForm->setObjectName(u"sectionForm"_s);
    m_clauseForm = new ClauseForm(m_undoFilter, m_stack);
    m_clauseForm->setObjectName(u"clauseForm"_s);
    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(m_sectionForm);
    m_stack->addWidget(m_clauseForm);

    auto *formLayout = new QVBoxLayout(formPane);
    formLayout->setContentsMargins(16, 10, 12, 10);
    formLayout->setSpacing(12);
    formLayout->addWidget(m_messageBar);
    formLayout->addLayout(headingRow);
    formLayout->addWidget(m_stack, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"editorSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(navigator);
    m_splitter->addWidget(formPane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({340, 940});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { currentChanged(current); });
}

QUndoStack *EditorView::undoStack() const
{
    return m_document ? m_document->undoStack() : nullptr;
}

QList<QAction *> EditorView::editActions() const
{
    return {m_undoAction,      m_redoAction,   m_separator,    m_addClauseAction,
            m_duplicateAction, m_deleteAction, m_moveUpAction, m_moveDownAction,
            m_checkSeparator,  m_checkAction};
}

bool EditorView::flush()
{
    if (!m_document)
        return true;
    // Never write through a database the session has let go of.
    if (&m_document->database() != m_session.database())
        return false;
    return m_document->flush();
}

// ---- Opening versions -------------------------------------------------------------------

void EditorView::openVersion(qint64 versionId)
{
    storage::Database *db = m_session.database();
    if (!db)
        return;
    QString clauseId;
    int section = 0;
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid()) {
        clauseId = current.data(CodeTreeModel::ClauseIdRole).toString();
        section = current.data(CodeTreeModel::SectionIndexRole).toInt();
    }
    // Edits that cannot be saved stay on screen until the user has seen why: a conflict or
    // failure that this very save brought up stops the switch once.
    const bool toldBefore
        = !m_lastError.isEmpty() || (m_document && m_document->saveState() == SaveState::Conflict);
    if (!flush() && !toldBefore)
        return;
    auto loaded = DraftDocument::load(*db, m_session.actor(), versionId);
    if (!loaded) {
        m_lastError = tr("The version could not be opened: %1").arg(loaded.error().toString());
        updateMessage();
        return;
    }
    m_lastError.clear();
    setDocument(std::move(loaded).value());
    restoreSelection(clauseId, section);
    emit versionOpened(m_document->info());
}

void EditorView::openDefaultVersion()
{
    storage::Database *db = m_session.database();
    if (!db || !m_session.code()) {
        setDocument(nullptr);
        return;
    }
    const storage::VersionStore store(*db);
    const qint64 codeId = m_session.code()->id;
    // The open version, else the one in force, else the latest.
    auto version = store.openVersion(codeId);
    if (version && !*version)
        version = store.inForce(codeId);
    if (version && !*version) {
        const auto all = store.versions(codeId);
        version = !all ? decltype(version)(all.error())
                       : std::optional<domain::VersionInfo>(
                           all->isEmpty() ? std::nullopt : std::optional(all->last()));
    }
    if (!version) {
        setDocument(nullptr);
        m_lastError = tr("The code could not be read: %1").arg(version.error().toString());
        updateMessage();
    } else if (*version) {
        openVersion((*version)->id);
    } else {
        setDocument(nullptr);
    }
}

void EditorView::startDraftFromVersionInForce()
{
    storage::Database *db = m_session.database();
    if (!db || !m_session.code())
        return;
    flush();
    storage::VersionStore store(*db);
    const qint64 codeId = m_session.code()->id;
    const auto open = store.openVersion(codeId);
    const auto inForce = open ? store.inForce(codeId) : open;
    if (!inForce) {
        m_lastError = tr("No draft was started: %1").arg(inForce.error().toString());
        updateMessage();
        return;
    }
    if (*open) {
        openVersion((*open)->id);
        return;
    }
    auto created = *inForce
        ? store.startDraftFromInForce(codeId, m_session.actor())
        : store.createDraft(codeId,
                            domain::CodeContent::withEmptySections(m_session.code()->language),
                            m_session.actor());
    if (!created) {
        m_lastError = tr("No draft was started: %1").arg(created.error().toString());
        updateMessage();
        return;
    }
    openVersion(created->id);
    m_session.notifyVersionsChanged();
}

void EditorView::setDocument(std::unique_ptr<DraftDocument> document)
{
    m_treeModel->setDocument(nullptr);
    m_sectionForm->setDocument(nullptr);
    m_clauseForm->setDocument(nullptr);
    m_document = std::move(document);
    DraftDocument *d = m_document.get();
    // The models connect first: by the time the view hears of a change, the tree has
    // already moved its rows and its current index.
    m_treeModel->setDocument(d);
    m_sectionForm->setDocument(d);
    m_clauseForm->setDocument(d);
    if (d) {
        m_undoGroup->addStack(d->undoStack());
        m_undoGroup->setActiveStack(d->undoStack());
        connect(d, &DraftDocument::saveStateChanged, this, [this](SaveState state) {
            updateStatus();
            emit saveStateChanged(state);
        });
        connect(d, &DraftDocument::infoChanged, this, &EditorView::updateStatus);
        connect(d, &DraftDocument::readOnlyChanged, this, [this] {
            applyReadOnly();
            updateMessage();
        });
        connect(d, &DraftDocument::saveFailed, this, [this](const QString &message) {
            m_lastError
                = tr("The last changes are not saved yet: %1. Tenet will try again.").arg(message);
            updateMessage();
        });
        connect(d, &DraftDocument::saveStateChanged, this, [this](SaveState state) {
            if (state == SaveState::Saved && !m_lastError.isEmpty()) {
                m_lastError.clear();
                updateMessage();
            }
        });
        // Numbers shift when clauses come, go or move; the heading shows them.
        for (auto signal : {&DraftDocument::clauseInserted, &DraftDocument::clauseRemoved}) {
            connect(d, signal, this, [this] {
                updateHeading();
                updateActions();
            });
        }
        connect(d, &DraftDocument::clauseMoved, this, [this] {
            updateHeading();
            updateActions();
        });
        connect(d, &DraftDocument::clauseChanged, this, &EditorView::updateHeading);
        connect(d, &DraftDocument::sectionChanged, this, &EditorView::updateHeading);
        connect(d, &DraftDocument::contentAboutToBeReset, this, [this] {
            // The forms know what was shown; the tree is already resetting.
            const bool onClause = m_stack->currentWidget() == m_clauseForm;
            m_resetClause = onClause ? m_clauseForm->clauseId() : QString();
            m_resetSection = onClause ? 0 : qMax(0, m_sectionForm->section());
        });
        connect(d, &DraftDocument::contentReset, this, [this] {
            m_tree->expandAll();
            restoreSelection(m_resetClause, m_resetSection);
        });
    }
    if (d) {
        QDate publishedOn;
        const auto inForce = storage::VersionStore(d->database()).inForce(d->info().codeId);
        if (inForce && *inForce)
            publishedOn = domain::organisationDate((*inForce)->publishedAt);
        m_treeModel->setReviewBasis(publishedOn, domain::organisationToday());
        m_sectionForm->setReviewBasis(publishedOn);
        m_tree->expandAll();
    }
    applyReadOnly();
    showCurrent();
    updateMessage();
    updateStatus();
}

void EditorView::restoreSelection(const QString &clauseId, int section)
{
    if (!m_document)
        return;
    QModelIndex index = clauseId.isEmpty() ? QModelIndex() : m_treeModel->indexOfClause(clauseId);
    if (!index.isValid())
        index = m_treeModel->sectionIndex(qBound(0, section, m_document->sectionCount() - 1));
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    showCurrent();
}

void EditorView::selectClause(const QString &clauseId)
{
    const QModelIndex index = m_treeModel->indexOfClause(clauseId);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void EditorView::selectSection(int section)
{
    const QModelIndex index = m_treeModel->sectionIndex(section);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

// ---- Following the session --------------------------------------------------------------

void EditorView::sessionDatabaseChanged()
{
    // The database the document wrote to is already closed: nothing can be saved now (the
    // window flushes before it replaces the database).
    setDocument(nullptr);
}

void EditorView::sessionUserChanged()
{
    // Edits made so far belong to the person who made them: save them as that person, then
    // open the version again as whoever is signed in now.
    if (m_document && &m_document->database() == m_session.database()) {
        const qint64 id = m_document->info().id;
        flush();
        openVersion(id);
        return;
    }
    openDefaultVersion();
}

void EditorView::sessionCodeChanged()
{
    if (m_document && m_session.code() && &m_document->database() == m_session.database()
        && m_document->info().codeId == m_session.code()->id)
        return;
    flush();
    openDefaultVersion();
}

void EditorView::sessionVersionsChanged()
{
    if (!m_document || &m_document->database() != m_session.database()) {
        openDefaultVersion();
        return;
    }
    // A conflict keeps the user's edits on screen until they choose what to do.
    if (m_document->saveState() == SaveState::Conflict)
        return;
    const auto stored = storage::VersionStore(m_document->database()).info(m_document->info().id);
    if (!stored) {
        openDefaultVersion();
        return;
    }
    if (stored->state == m_document->info().state
        && stored->revision == m_document->info().revision)
        return;
    openVersion(m_document->info().id);
}

// ---- Showing the selection --------------------------------------------------------------

void EditorView::currentChanged(const QModelIndex &)
{
    showCurrent();
}

void EditorView::showCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!m_document || !current.isValid()) {
        m_stack->setCurrentWidget(m_emptyPage);
    } else if (m_treeModel->isClause(current)) {
        m_clauseForm->showClause(current.data(CodeTreeModel::ClauseIdRole).toString());
        m_stack->setCurrentWidget(m_clauseForm);
    } else {
        m_sectionForm->showSection(current.row());
        m_stack->setCurrentWidget(m_sectionForm);
    }
    updateHeading();
    updateActions();
}

void EditorView::updateHeading()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!m_document || !current.isValid()) {
        m_heading->setText(m_document ? tr("Nothing selected") : tr("No version open"));
        m_subheading->clear();
        m_emptyLabel->setText(
            !m_session.code() ? tr("This database holds no code of practice yet.")
                : m_document  ? tr("Select a section or a clause in the contents.")
                              : tr("This code has no versions yet. Start a draft to write it."));
        return;
    }
    const int section = current.data(CodeTreeModel::SectionIndexRole).toInt();
    const domain::Section &s = m_document->section(section);
    if (m_treeModel->isClause(current)) {
        const domain::Clause &clause = m_document->clause(section, current.row());
        m_heading->setText(m_document->clauseNumber(section, current.row()) + u"  "_s
                           + clause.title);
        m_subheading->setText(tr("%1  ·  %2  ·  id %3")
                                  .arg(s.title,
                                       clause.strength == domain::Strength::Must
                                           ? tr("must, a firm rule")
                                           : tr("should, guidance"),
                                       clause.id));
    } else {
        m_heading->setText(QString::number(m_document->sectionNumber(section)) + u"  "_s + s.title);
        const int count = int(s.clauses.size());
        m_subheading->setText(tr("Section %1  ·  %2")
                                  .arg(QString::number(m_document->sectionNumber(section)),
                                       count == 1 ? tr("1 clause") : tr("%1 clauses").arg(count)));
    }
}

void EditorView::applyReadOnly()
{
    const bool readOnly = !m_document || m_document->isReadOnly();
    m_sectionForm->setReadOnly(readOnly);
    m_clauseForm->setReadOnly(readOnly);
    m_tree->setDragEnabled(!readOnly);
    m_tree->setAcceptDrops(!readOnly);
    m_tree->viewport()->setAcceptDrops(!readOnly);
    m_tree->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::EditKeyPressed);
    updateActions();
}

void EditorView::updateActions()
{
    const bool editable = m_document && !m_document->isReadOnly();
    const QModelIndex current = m_tree->currentIndex();
    const bool onClause = m_treeModel->isClause(current);
    const bool onItem = current.isValid();
    int section = -1;
    int row = -1;
    if (onClause) {
        section = current.data(CodeTreeModel::SectionIndexRole).toInt();
        row = current.row();
    }
    const bool hasAbove = onClause && (row > 0 || section > 0);
    const bool hasBelow = onClause
        && (row < m_document->clauseCount(section) - 1 || section < m_document->sectionCount() - 1);
    m_addClauseAction->setEnabled(editable && onItem);
    m_duplicateAction->setEnabled(editable && onClause);
    m_deleteAction->setEnabled(editable && onClause);
    m_moveUpAction->setEnabled(editable && hasAbove);
    m_moveDownAction->setEnabled(editable && hasBelow);
    // Open on any version: read-only, it shows what a published version asked.
    m_checkAction->setEnabled(m_document != nullptr);

    bool canStart = false;
    if (m_session.database() && m_session.code() && m_session.actor().role
        && domain::canAuthor(*m_session.actor().role)) {
        canStart = !m_document || m_document->info().state != VersionState::Draft;
    }
    m_startDraftAction->setEnabled(canStart);
}

void EditorView::editCheck()
{
    if (!m_document)
        return;
    auto *dialog = new CheckEditorDialog(m_document->content().check, m_document->isReadOnly(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_document && !m_document->isReadOnly()
            && dialog->check() != m_document->content().check)
            m_document->undoStack()->push(new EditCheckCommand(m_document.get(), dialog->check()));
    });
    dialog->open();
}

void EditorView::updateMessage()
{
    if (!m_lastError.isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Warning, m_lastError);
        return;
    }
    if (!m_document) {
        m_messageBar->clearMessage();
        return;
    }
    if (m_document->saveState() == SaveState::Conflict) {
        m_messageBar->showMessage(
            MessageBar::Kind::Error,
            tr("<b>Your latest changes were not saved</b>, because someone else saved this "
               "draft in the meantime: %1<br>Nothing of theirs was overwritten. Your version "
               "stays on screen, read-only: copy it before you reload theirs.")
                .arg(m_document->conflictMessage().toHtmlEscaped()),
            {m_copyEditsAction, m_reloadAction});
        return;
    }
    const QString reason = m_document->readOnlyReason();
    if (reason.isEmpty()) {
        m_messageBar->clearMessage();
        return;
    }
    QList<QAction *> actions;
    if (m_startDraftAction->isEnabled() && m_document->info().state != VersionState::Draft)
        actions.append(m_startDraftAction);
    m_messageBar->showMessage(MessageBar::Kind::Information, reason.toHtmlEscaped(), actions);
}

QString EditorView::statusText() const
{
    if (!m_document)
        return tr("No version open");
    const domain::VersionInfo &info = m_document->info();
    const QString version = tr("%1 v%2").arg(stateTitle(info.state)).arg(info.number);
    if (m_document->saveState() == SaveState::Conflict)
        return tr("%1  ·  Not saved: conflict").arg(version);
    if (m_document->isReadOnly())
        return tr("%1  ·  Read-only").arg(version);
    switch (m_document->saveState()) {
    case SaveState::Saved:
        return tr("%1  ·  All changes saved").arg(version);
    case SaveState::Saving:
        return tr("%1  ·  Saving…").arg(version);
    case SaveState::Unsaved:
        return tr("%1  ·  Unsaved changes").arg(version);
    case SaveState::Conflict:
        break;
    }
    return version;
}

void EditorView::updateStatus()
{
    const QString text = statusText();
    m_saveLabel->setText(text);
    m_saveLabel->setToolTip(m_document && !m_document->isReadOnly()
                                ? tr("Edits are saved automatically, about two seconds after "
                                     "you stop typing.")
                                : QString());
    emit statusTextChanged(text);
}

// ---- Clause actions ---------------------------------------------------------------------

void EditorView::addClause()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    const int section = current.data(CodeTreeModel::SectionIndexRole).toInt();
    const int index
        = m_treeModel->isClause(current) ? current.row() + 1 : m_document->clauseCount(section);
    domain::Clause clause;
    clause.id = m_document->newClauseId(section);
    clause.title = tr("New clause");
    clause.strength = domain::Strength::Must;
    m_document->undoStack()->push(new AddClauseCommand(m_document.get(), section, index, clause));
    selectClause(clause.id);
    // Ready for the title to be typed over.
    if (auto *title = m_clauseForm->findChild<QLineEdit *>(u"clauseTitleEdit"_s)) {
        title->setFocus();
        title->selectAll();
    }
}

void EditorView::duplicateClause()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!m_document || m_document->isReadOnly() || !m_treeModel->isClause(current))
        return;
    auto *command = AddClauseCommand::duplicate(
        m_document.get(), current.data(CodeTreeModel::ClauseIdRole).toString());
    if (!command)
        return;
    const QString id = command->clauseId();
    m_document->undoStack()->push(command);
    selectClause(id);
}

void EditorView::deleteClause()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!m_document || m_document->isReadOnly() || !m_treeModel->isClause(current))
        return;
    m_document->undoStack()->push(new DeleteClauseCommand(
        m_document.get(), current.data(CodeTreeModel::SectionIndexRole).toInt(), current.row()));
}

void EditorView::moveClause(int delta)
{
    const QModelIndex current = m_tree->currentIndex();
    if (!m_document || m_document->isReadOnly() || !m_treeModel->isClause(current))
        return;
    const QString id = current.data(CodeTreeModel::ClauseIdRole).toString();
    const int section = current.data(CodeTreeModel::SectionIndexRole).toInt();
    const int row = current.row();
    int toSection = section;
    int toRow = row + delta;
    // Past the first or last clause, the clause crosses into the neighbouring section.
    if (toRow < 0) {
        if (section == 0)
            return;
        toSection = section - 1;
        toRow = m_document->clauseCount(toSection);
    } else if (toRow >= m_document->clauseCount(section)) {
        if (section >= m_document->sectionCount() - 1)
            return;
        toSection = section + 1;
        toRow = 0;
    }
    m_document->undoStack()->push(
        new MoveClauseCommand(m_document.get(), section, row, toSection, toRow));
    selectClause(id);
}

// ---- Conflict ---------------------------------------------------------------------------

void EditorView::reloadAfterConflict()
{
    if (!m_document)
        return;
    if (domain::Status status = m_document->reload(); !status) {
        m_lastError = tr("The draft could not be reloaded: %1").arg(status.error().toString());
        updateMessage();
        return;
    }
    applyReadOnly();
    updateMessage();
    updateStatus();
    showCurrent();
}

void EditorView::copyLocalEdits()
{
    if (!m_document)
        return;
    QApplication::clipboard()->setText(QString::fromUtf8(m_document->contentAsCodeFile()));
}

// ---- Layout state -----------------------------------------------------------------------

QByteArray EditorView::layoutState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << quint32(1) << m_splitter->saveState() << m_clauseForm->splitterState();
    return state;
}

void EditorView::restoreLayoutState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 format = 0;
    QByteArray main;
    QByteArray clause;
    in >> format >> main >> clause;
    if (in.status() != QDataStream::Ok || format != 1)
        return;
    m_splitter->restoreState(main);
    m_clauseForm->restoreSplitterState(clause);
}

} // namespace tenet::app

#include "editorview.h"
#include "domain/organisationdate.h"

#include "app/session/session.h"
#include "checkeditordialog.h"
#include "clauseactions.h"
#include "clauseform.h"
#include "commands/editcheckcommand.h"
#include "draftmessagebar.h"
#include "editorformpane.h"
#include "editorheader.h"
#include "editorversions.h"
#include "models/codetreemodel.h"
#include "navigatorpane.h"
#include "sectionform.h"
#include "storage/versionstore.h"
#include "undoactions.h"
#include "usecases/startdraft.h"

#include <QAction>
#include <QDataStream>
#include <QEvent>
#include <QIODevice>
#include <QSplitter>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tenet::app {

using domain::VersionState;
using SaveState = DraftDocument::SaveState;

EditorView::EditorView(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_sessionGuard(&session), m_undo(new UndoActions(this))
{
    setObjectName(u"editorView"_s);
    buildActions();
    buildLayout();
    retranslate();

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
    m_separator = new QAction(this);
    m_separator->setSeparator(true);

    // The navigator comes first: the clause actions work on its current item.
    m_navigator = new NavigatorPane(this);
    m_treeModel = m_navigator->model();
    m_clauseActions = new ClauseActions(this, m_navigator);
    m_navigator->setClauseActions(m_clauseActions->actions(), m_clauseActions->contextMenu(),
                                  m_clauseActions->deleteAction());
    connect(m_clauseActions, &ClauseActions::clauseAdded, this,
            [this] { m_formPane->focusClauseTitle(); });

    m_checkSeparator = new QAction(this);
    m_checkSeparator->setSeparator(true);
    m_checkAction = new QAction(this);
    m_checkAction->setObjectName(u"editCheckAction"_s);
    m_startDraftAction = new QAction(this);
    m_startDraftAction->setObjectName(u"startDraftAction"_s);
    addAction(m_undo->undo());
    addAction(m_undo->redo());

    connect(m_checkAction, &QAction::triggered, this, &EditorView::editCheck);
    connect(m_startDraftAction, &QAction::triggered, this,
            &EditorView::startDraftFromVersionInForce);
}

void EditorView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showCurrent();
        updateStatus();
    }
    QWidget::changeEvent(event);
}

void EditorView::retranslate()
{
    setAccessibleName(tr("Editor"));
    m_checkAction->setText(tr("Comprehension &Questions…"));
    m_checkAction->setToolTip(tr("The multiple-choice questions people answer before they sign "
                                 "this version, and the pass mark"));
    m_checkAction->setStatusTip(m_checkAction->toolTip());
    m_startDraftAction->setText(tr("&Start a Draft"));
    m_startDraftAction->setToolTip(
        tr("Continue the open draft, or start a new draft from the version in force"));
}

void EditorView::buildLayout()
{
    m_formPane = new EditorFormPane(m_undo->filter(), m_startDraftAction, this);
    m_messageBar = m_formPane->messageBar();
    m_sectionForm = m_formPane->sectionForm();

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"editorSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_formPane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({340, 940});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_navigator, &NavigatorPane::currentChanged, this, &EditorView::showCurrent);
    connect(m_messageBar, &DraftMessageBar::reloaded, this, [this] {
        applyReadOnly();
        m_messageBar->refresh();
        updateStatus();
        showCurrent();
    });
}

QUndoStack *EditorView::undoStack() const
{
    return m_document ? m_document->undoStack() : nullptr;
}

QUndoGroup *EditorView::undoGroup() const
{
    return m_undo->group();
}

QList<QAction *> EditorView::editActions() const
{
    return QList<QAction *> {m_undo->undo(), m_undo->redo(), m_separator}
    + m_clauseActions->actions() + QList<QAction *> {m_checkSeparator, m_checkAction};
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
    const QModelIndex current = m_navigator->currentIndex();
    if (current.isValid()) {
        clauseId = current.data(CodeTreeModel::ClauseIdRole).toString();
        section = current.data(CodeTreeModel::SectionIndexRole).toInt();
    }
    // Edits that cannot be saved stay on screen until the user has seen why: a conflict or
    // failure that this very save brought up stops the switch once.
    const bool toldBefore = m_messageBar->hasError()
        || (m_document && m_document->saveState() == SaveState::Conflict);
    if (!flush() && !toldBefore)
        return;
    auto loaded = DraftDocument::load(*db, m_session.actor(), versionId);
    if (!loaded) {
        m_messageBar->setError(
            tr("The version could not be opened: %1").arg(loaded.error().toString()));
        return;
    }
    m_messageBar->clearError();
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
    const auto id = defaultVersionId(*db, m_session.code()->id);
    if (!id) {
        setDocument(nullptr);
        m_messageBar->setError(tr("The code could not be read: %1").arg(id.error().toString()));
    } else if (*id) {
        openVersion(**id);
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
    auto started = usecases::startDraft(*db, *m_session.code(), m_session.actor());
    if (!started) {
        m_messageBar->setError(tr("No draft was started: %1").arg(started.error().toString()));
        return;
    }
    openVersion(started->version.id);
    if (!started->continued)
        m_session.notifyVersionsChanged();
}

void EditorView::setDocument(std::unique_ptr<DraftDocument> document)
{
    m_treeModel->setDocument(nullptr);
    m_formPane->setDocument(nullptr);
    m_document = std::move(document);
    DraftDocument *d = m_document.get();
    m_clauseActions->setDocument(d);
    // The models connect first: by the time the view hears of a change, the tree has
    // already moved its rows and its current index.
    m_treeModel->setDocument(d);
    m_formPane->setDocument(d);
    if (d) {
        m_undo->follow(d->undoStack());
        connect(d, &DraftDocument::saveStateChanged, this, [this](SaveState state) {
            updateStatus();
            emit saveStateChanged(state);
        });
        connect(d, &DraftDocument::infoChanged, this, &EditorView::updateStatus);
        connect(d, &DraftDocument::readOnlyChanged, this, [this] {
            applyReadOnly();
            m_messageBar->refresh();
        });
        // Numbers shift when clauses come, go or move; the heading shows them.
        const auto numbersShifted = [this] {
            updateHeading();
            updateActions();
        };
        connect(d, &DraftDocument::clauseInserted, this, numbersShifted);
        connect(d, &DraftDocument::clauseRemoved, this, numbersShifted);
        connect(d, &DraftDocument::clauseMoved, this, numbersShifted);
        connect(d, &DraftDocument::clauseChanged, this, &EditorView::updateHeading);
        connect(d, &DraftDocument::sectionChanged, this, &EditorView::updateHeading);
        connect(d, &DraftDocument::contentAboutToBeReset, this, [this] {
            // The forms know what was shown; the tree is already resetting.
            m_resetClause = m_formPane->shownClause();
            m_resetSection = m_formPane->shownSection();
        });
        connect(d, &DraftDocument::contentReset, this, [this] {
            m_navigator->tree()->expandAll();
            restoreSelection(m_resetClause, m_resetSection);
        });
    }
    updateReviewBasis();
    if (d)
        m_navigator->tree()->expandAll();
    applyReadOnly();
    showCurrent();
    m_messageBar->refresh();
    updateStatus();
}

void EditorView::updateReviewBasis()
{
    domain::ReviewBasis basis;
    if (m_document) {
        auto read = reviewBasisOf(m_document->database(), m_document->info().codeId);
        if (read)
            basis = std::move(*read);
        else
            m_messageBar->setError(
                tr("The section reviews could not be read: %1").arg(read.error().toString()));
    }
    const QDate today = m_today.isValid() ? m_today : domain::organisationToday();
    m_treeModel->setReviewBasis(basis, today);
    m_sectionForm->setReviewBasis(basis, today);
}

void EditorView::setToday(const QDate &today)
{
    m_today = today;
    updateReviewBasis();
}

void EditorView::restoreSelection(const QString &clauseId, int section)
{
    if (!m_document)
        return;
    m_navigator->restoreSelection(clauseId, section);
    showCurrent();
}

void EditorView::selectClause(const QString &clauseId)
{
    m_navigator->selectClause(clauseId);
}

void EditorView::selectSection(int section)
{
    m_navigator->selectSection(section);
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
    // A review recorded or a version published moves the review badges.
    updateReviewBasis();
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

void EditorView::showCurrent()
{
    const QModelIndex current = m_navigator->currentIndex();
    m_formPane->showItem(current, m_treeModel->isClause(current));
    updateHeading();
    updateActions();
}

void EditorView::updateHeading()
{
    m_formPane->updateHeading(m_navigator->currentIndex(), m_session.code().has_value());
}

void EditorView::applyReadOnly()
{
    const bool readOnly = !m_document || m_document->isReadOnly();
    m_formPane->setReadOnly(readOnly);
    m_navigator->setReadOnly(readOnly);
    updateActions();
}

void EditorView::updateActions()
{
    m_clauseActions->update();
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
    auto *dialog
        = new CheckEditorDialog(m_document->content().check, m_document->isReadOnly(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_document && !m_document->isReadOnly()
            && dialog->check() != m_document->content().check)
            m_document->undoStack()->push(new EditCheckCommand(m_document.get(), dialog->check()));
    });
    dialog->open();
}

QString EditorView::statusText() const
{
    return EditorHeader::statusText(m_document.get());
}

void EditorView::updateStatus()
{
    m_formPane->header()->showStatus(m_document.get());
    emit statusTextChanged(statusText());
}

// ---- Layout state -----------------------------------------------------------------------

QByteArray EditorView::layoutState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << quint32(1) << m_splitter->saveState() << m_formPane->clauseForm()->splitterState();
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
    m_formPane->clauseForm()->restoreSplitterState(clause);
}

} // namespace tenet::app

#include "draftdocument.h"

#include "exchange/codefile.h"
#include "storage/database.h"
#include "storage/versionstore.h"

#include <QUndoStack>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tenet::app {

using domain::Clause;
using domain::VersionState;

DraftDocument::DraftDocument(storage::Database &db, const domain::Actor &actor,
                             domain::Version version, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_actor(actor)
    , m_version(std::move(version))
    , m_undoStack(new QUndoStack(this))
    , m_autosaveTimer(this)
{
    m_autosaveTimer.setObjectName(u"autosaveTimer"_s);
    m_autosaveTimer.setSingleShot(true);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &DraftDocument::save);
    updateEditable();
}

// Unsaved edits are not saved here: the database may already be gone (a view flushes
// before it lets go of a document whose database is still open).
DraftDocument::~DraftDocument() = default;

domain::Result<std::unique_ptr<DraftDocument>>
DraftDocument::load(storage::Database &db, const domain::Actor &actor, qint64 versionId)
{
    auto version = storage::VersionStore(db).load(versionId);
    if (!version)
        return version.error();
    return std::make_unique<DraftDocument>(db, actor, std::move(version).value());
}

const domain::Section &DraftDocument::section(int section) const
{
    return m_version.content.sections.at(section);
}

int DraftDocument::clauseCount(int section) const
{
    return int(m_version.content.sections.at(section).clauses.size());
}

const Clause &DraftDocument::clause(int section, int index) const
{
    return m_version.content.sections.at(section).clauses.at(index);
}

std::optional<domain::ClausePosition> DraftDocument::findClause(const QString &clauseId) const
{
    return m_version.content.findClause(clauseId);
}

QString DraftDocument::clauseNumber(int section, int index) const
{
    return domain::clauseNumber(this->section(section).key, index);
}

int DraftDocument::sectionNumber(int section) const
{
    return domain::sectionNumber(this->section(section).key);
}

QString DraftDocument::newClauseId(int section) const
{
    // Follow the section's own style ("eth-honesty" gives "eth-"); the random part keeps an
    // id from coming back after its clause was deleted, which comparisons would misread.
    QString prefix = domain::sectionKeyName(this->section(section).key).left(3);
    const QList<Clause> &clauses = this->section(section).clauses;
    if (!clauses.isEmpty()) {
        const QString first = clauses.first().id;
        const qsizetype dash = first.indexOf(u'-');
        if (dash > 0)
            prefix = first.left(dash);
    }
    for (;;) {
        const QString id = prefix + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(8);
        if (!m_version.content.findClause(id))
            return id;
    }
}

bool DraftDocument::isReadOnly() const
{
    return !m_editable || m_saveState == SaveState::Conflict;
}

QString DraftDocument::readOnlyReason() const
{
    const domain::VersionInfo &info = m_version.info;
    if (m_saveState == SaveState::Conflict)
        return tr("Your changes could not be saved: %1").arg(m_conflictMessage);
    if (m_editable)
        return {};
    switch (info.state) {
    case VersionState::Draft:
        if (!m_actor.isStaff())
            return tr("Sign in to edit draft version %1.").arg(info.number);
        return tr("You can read draft version %1, but only supervisors, managers, quality "
                  "staff and trainers can edit it.")
            .arg(info.number);
    case VersionState::InReview:
        return tr("Version %1 is in review. It can be edited again only if a manager sends it "
                  "back.")
            .arg(info.number);
    case VersionState::Approved:
        return tr("Version %1 is approved and waiting to be published; it can no longer be "
                  "edited.")
            .arg(info.number);
    case VersionState::Published:
        return tr("Version %1 is the published version in force and cannot be changed. Start "
                  "a draft from it to revise the code.")
            .arg(info.number);
    case VersionState::Superseded:
        return tr("Version %1 was published and has since been superseded; it is shown "
                  "read-only.")
            .arg(info.number);
    case VersionState::Withdrawn:
        return tr("Version %1 was withdrawn; it is shown read-only.").arg(info.number);
    }
    return {};
}

QByteArray DraftDocument::contentAsCodeFile() const
{
    exchange::CodeDocument document;
    if (auto code = storage::VersionStore(m_db).code(m_version.info.codeId))
        document.code = *code;
    document.version = m_version.info;
    document.content = m_version.content;
    return exchange::serializeCodeDocument(document);
}

bool DraftDocument::flush()
{
    m_autosaveTimer.stop();
    return save();
}

domain::Status DraftDocument::reload()
{
    m_autosaveTimer.stop();
    auto version = storage::VersionStore(m_db).load(m_version.info.id);
    if (!version)
        return version.error();
    emit contentAboutToBeReset();
    m_version = std::move(version).value();
    m_undoStack->clear();
    m_dirty = false;
    m_unsavedSince.invalidate();
    m_conflictMessage.clear();
    updateEditable();
    emit contentReset();
    emit infoChanged(m_version.info);
    setSaveState(SaveState::Saved);
    emit readOnlyChanged(isReadOnly());
    return {};
}

void DraftDocument::setSectionFields(int section, const SectionFields &fields)
{
    fields.applyTo(m_version.content.sections[section]);
    emit sectionChanged(section);
    contentChanged();
}

void DraftDocument::setSectionItems(int section, const SectionItems &items)
{
    items.applyTo(m_version.content.sections[section]);
    emit itemsChanged(section);
    contentChanged();
}

void DraftDocument::setCheck(const domain::ComprehensionCheck &check)
{
    m_version.content.check = check;
    emit checkChanged();
    contentChanged();
}

void DraftDocument::setClause(int section, int index, const Clause &clause)
{
    m_version.content.sections[section].clauses[index] = clause;
    emit clauseChanged(section, index);
    contentChanged();
}

void DraftDocument::insertClause(int section, int index, const Clause &clause)
{
    emit clauseAboutToBeInserted(section, index);
    m_version.content.sections[section].clauses.insert(index, clause);
    emit clauseInserted(section, index);
    contentChanged();
}

void DraftDocument::removeClause(int section, int index)
{
    emit clauseAboutToBeRemoved(section, index);
    m_version.content.sections[section].clauses.removeAt(index);
    emit clauseRemoved(section, index);
    contentChanged();
}

void DraftDocument::moveClause(int fromSection, int fromIndex, int toSection, int toIndex)
{
    if (fromSection == toSection && fromIndex == toIndex)
        return;
    emit clauseAboutToBeMoved(fromSection, fromIndex, toSection, toIndex);
    QList<domain::Section> &sections = m_version.content.sections;
    if (fromSection == toSection) {
        sections[fromSection].clauses.move(fromIndex, toIndex);
    } else {
        const Clause clause = sections[fromSection].clauses.takeAt(fromIndex);
        sections[toSection].clauses.insert(toIndex, clause);
    }
    emit clauseMoved(fromSection, fromIndex, toSection, toIndex);
    contentChanged();
}

void DraftDocument::contentChanged()
{
    if (m_saveState == SaveState::Conflict)
        return;
    if (!m_dirty) {
        m_dirty = true;
        m_unsavedSince.start();
    }
    setSaveState(SaveState::Unsaved);
    // Restarting on every change saves once after a burst of typing, but a long burst
    // still saves within maxSaveDelayMs of its first keystroke.
    const qint64 left = maxSaveDelayMs - m_unsavedSince.elapsed();
    m_autosaveTimer.start(int(std::clamp<qint64>(left, 0, autosaveDelayMs)));
}

bool DraftDocument::save()
{
    if (m_saveState == SaveState::Conflict)
        return false;
    if (!m_dirty)
        return true;
    setSaveState(SaveState::Saving);
    auto saved = storage::VersionStore(m_db).saveDraft(m_version.info.id, m_version.content,
                                                       m_version.info.revision, m_actor);
    if (saved) {
        m_version.info = *saved;
        m_dirty = false;
        m_unsavedSince.invalidate();
        setSaveState(SaveState::Saved);
        emit infoChanged(m_version.info);
        return true;
    }
    if (saved.error().kind == domain::ErrorKind::Refused) {
        // Someone else saved or moved the version on since we loaded it. Their work stays;
        // ours stays on screen, read-only, until the user reloads.
        m_conflictMessage = saved.error().toString();
        m_undoStack->clear();
        setSaveState(SaveState::Conflict);
        emit readOnlyChanged(true);
        emit conflict(m_conflictMessage);
        return false;
    }
    setSaveState(SaveState::Unsaved);
    m_autosaveTimer.start(autosaveDelayMs);
    emit saveFailed(saved.error().toString());
    return false;
}

void DraftDocument::setSaveState(SaveState state)
{
    if (m_saveState == state)
        return;
    m_saveState = state;
    emit saveStateChanged(state);
}

void DraftDocument::updateEditable()
{
    // The desktop program edits only as a named person; checkWorkflowAction alone would let
    // an unnamed operating-system user (a script) write a draft.
    m_editable = m_version.info.state == VersionState::Draft && m_actor.isStaff()
        && domain::checkWorkflowAction(domain::WorkflowAction::Edit, m_version.info, m_actor).ok();
}

} // namespace tenet::app

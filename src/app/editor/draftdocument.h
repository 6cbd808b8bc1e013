#pragma once

#include "domain/result.h"
#include "domain/version.h"
#include "domain/workflow.h"
#include "sectionfields.h"
#include "sectionitems.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QUndoStack;

namespace tenet::storage {
class Database;
}

namespace tenet::app {

// One version of a code opened for editing: its content, the one undo stack for it, and
// the autosave that keeps the database at most about two seconds behind the screen. It is
// the only place that changes the content, and announces every change in detail.
class DraftDocument : public QObject
{
    Q_OBJECT

public:
    enum class SaveState
    {
        Saved, // the database holds what is on screen
        Saving,
        Unsaved, // changes wait for the autosave
        Conflict, // someone else saved first; nothing more is saved
    };
    Q_ENUM(SaveState)

    // Autosave waits this long after the last change, but never lets the first unsaved
    // change wait longer than maxSaveDelayMs.
    static constexpr int autosaveDelayMs = 1500;
    static constexpr int maxSaveDelayMs = 2000;

    DraftDocument(storage::Database &db, const domain::Actor &actor, domain::Version version,
                  QObject *parent = nullptr);
    ~DraftDocument() override;

    static domain::Result<std::unique_ptr<DraftDocument>>
    load(storage::Database &db, const domain::Actor &actor, qint64 versionId);

    storage::Database &database() const { return m_db; }
    const domain::Actor &actor() const { return m_actor; }
    const domain::VersionInfo &info() const { return m_version.info; }
    const domain::CodeContent &content() const { return m_version.content; }

    int sectionCount() const { return int(m_version.content.sections.size()); }
    const domain::Section &section(int section) const;
    int clauseCount(int section) const;
    const domain::Clause &clause(int section, int index) const;
    std::optional<domain::ClausePosition> findClause(const QString &clauseId) const;
    QString clauseNumber(int section, int index) const; // "3.2"
    int sectionNumber(int section) const; // 3
    // An id no clause of this code uses, in the section's style ("eth-5f3a9c1e").
    QString newClauseId(int section) const;

    QUndoStack *undoStack() const { return m_undoStack; }

    // True unless this is a draft the actor may edit and no conflict stopped the editing.
    bool isReadOnly() const;
    // Why the document is read-only, as a sentence for the user; empty when it is not.
    QString readOnlyReason() const;

    SaveState saveState() const { return m_saveState; }
    bool isDirty() const { return m_dirty; }
    QString conflictMessage() const { return m_conflictMessage; }
    // The content on screen as a tenet.code/1 file, so that edits a conflict kept from the
    // database can still be rescued.
    QByteArray contentAsCodeFile() const;

    // Saves now what the autosave would save later; true when nothing is left unsaved.
    bool flush();
    // Replaces the content with what the database holds, dropping the undo history and a
    // conflict; for the "Reload" answer to a conflict.
    domain::Status reload();

    // The changes themselves, for the undo commands in src/app/editor/commands only: a view
    // pushes a command, and the command calls one of these.
    void setSectionFields(int section, const SectionFields &fields);
    void setSectionItems(int section, const SectionItems &items);
    void setClause(int section, int index, const domain::Clause &clause);
    void insertClause(int section, int index, const domain::Clause &clause);
    void removeClause(int section, int index);
    // toIndex is where the clause ends up, counted after it has left its old place.
    void moveClause(int fromSection, int fromIndex, int toSection, int toIndex);
    void setCheck(const domain::ComprehensionCheck &check);

signals:
    void sectionChanged(int section);
    void itemsChanged(int section);
    void clauseChanged(int section, int index);
    void clauseAboutToBeInserted(int section, int index);
    void clauseInserted(int section, int index);
    void clauseAboutToBeRemoved(int section, int index);
    void clauseRemoved(int section, int index);
    void clauseAboutToBeMoved(int fromSection, int fromIndex, int toSection, int toIndex);
    void clauseMoved(int fromSection, int fromIndex, int toSection, int toIndex);
    void checkChanged();
    void contentAboutToBeReset();
    void contentReset();

    void infoChanged(const tenet::domain::VersionInfo &info);
    void readOnlyChanged(bool readOnly);
    void saveStateChanged(tenet::app::DraftDocument::SaveState state);
    void conflict(const QString &message);
    // A save failed for a reason other than a conflict (a busy or damaged file); the
    // autosave tries again.
    void saveFailed(const QString &message);

private:
    void contentChanged();
    bool save();
    void setSaveState(SaveState state);
    void updateEditable();

    storage::Database &m_db;
    domain::Actor m_actor;
    domain::Version m_version;
    QUndoStack *m_undoStack = nullptr;
    QTimer m_autosaveTimer;
    QElapsedTimer m_unsavedSince;
    bool m_editable = false;
    bool m_dirty = false;
    SaveState m_saveState = SaveState::Saved;
    QString m_conflictMessage;
};

} // namespace tenet::app

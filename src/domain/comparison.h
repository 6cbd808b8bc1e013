#pragma once

#include "codecontent.h"
#include "worddiff.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tenet::domain {

enum class ChangeKind {
    Unchanged,
    Added,
    Removed,
    Changed,
};

QString changeKindName(ChangeKind kind);

// How one clause, matched by its id, differs between two versions. A clause is moved
// when it changed section or its order among the clauses both versions share; a number
// that shifts only because a clause was inserted above it is not a move.
struct ClauseComparison
{
    QString clauseId;
    ChangeKind kind = ChangeKind::Unchanged;
    bool moved = false;
    std::optional<Clause> before;
    std::optional<Clause> after;
    QString numberBefore; // "3.2"; empty when added
    QString numberAfter;  // empty when removed
    QStringList changedFields; // among: title, body, strength, references
    QList<DiffSegment> titleDiff;
    QList<DiffSegment> bodyDiff;

    bool isChange() const { return kind != ChangeKind::Unchanged || moved; }
};

// One structured item (an escalation tier, a follow-up step, a complaint stage, a training
// programme, a KPI) matched by its key across two versions.
struct ItemComparison
{
    QString itemKind; // "escalation", "follow_up", "stage", "programme" or "kpi"
    QString key;
    ChangeKind kind = ChangeKind::Unchanged;
    QStringList changedFields;
    QString before; // a one-line description of the item; empty when added
    QString after;  // empty when removed
};

struct SectionComparison
{
    SectionKey key = SectionKey::Ethics;
    QString title;             // as in the newer version
    QStringList changedFields; // among: title, purpose, owner, review_interval_days
    QList<DiffSegment> purposeDiff;
    // The clauses of the newer version in order, with removed ones where they used to be.
    QList<ClauseComparison> clauses;
    QList<ItemComparison> items; // only those that differ

    bool hasChanges() const;
};

struct Comparison
{
    QList<SectionComparison> sections; // all seven, in order
    int added = 0;
    int removed = 0;
    int changed = 0;
    int moved = 0;
    int itemChanges = 0;
    int sectionFieldChanges = 0;

    bool isEmpty() const;
};

// Compares two versions of a code clause by clause, and their structured items row by row.
Comparison compareContent(const CodeContent &before, const CodeContent &after);

} // namespace tenet::domain

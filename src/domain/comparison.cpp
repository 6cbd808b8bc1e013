#include "comparison.h"

#include <dtl/dtl.hpp>

#include <QHash>
#include <QSet>

#include <vector>

using namespace Qt::StringLiterals;

namespace tenet::domain {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

QString describe(const EscalationTier &t)
{
    return QStringLiteral("tier %1: %2 within %3 h: %4")
        .arg(QString::number(t.tier), t.role, number(t.withinHours), t.action);
}

QString describe(const ComplaintStage &s)
{
    return QStringLiteral("%1 (%2) within %3 h").arg(s.name, s.key, number(s.withinHours));
}

QString describe(const TrainingProgramme &p)
{
    QString text = QStringLiteral("%1: %2 h").arg(p.title, number(p.hours));
    if (p.finalTest)
        text += QStringLiteral(", final test") + (p.passMark ? u" "_s + number(*p.passMark) + u'%' : QString());
    if (!p.roles.isEmpty())
        text += u", for "_s + p.roles.join(u", "_s);
    if (p.refresherMonths)
        text += QStringLiteral(", refresher every %1 months").arg(*p.refresherMonths);
    return text;
}

QString describe(const Kpi &k)
{
    return QStringLiteral("%1: %2 %3 %4, alert at %5 %4")
        .arg(k.name, kpiDirectionName(k.direction), number(k.target), k.unit, number(k.alert));
}

QStringList fieldChanges(const EscalationTier &a, const EscalationTier &b)
{
    QStringList f;
    if (a.role != b.role) f << QStringLiteral("role");
    if (a.withinHours != b.withinHours) f << QStringLiteral("within_hours");
    if (a.action != b.action) f << QStringLiteral("action");
    return f;
}

QStringList fieldChanges(const ComplaintStage &a, const ComplaintStage &b)
{
    QStringList f;
    if (a.name != b.name) f << QStringLiteral("name");
    if (a.withinHours != b.withinHours) f << QStringLiteral("within_hours");
    return f;
}

QStringList fieldChanges(const TrainingProgramme &a, const TrainingProgramme &b)
{
    QStringList f;
    if (a.title != b.title) f << QStringLiteral("title");
    if (a.hours != b.hours) f << QStringLiteral("hours");
    if (a.objectives != b.objectives) f << QStringLiteral("objectives");
    if (a.finalTest != b.finalTest) f << QStringLiteral("final_test");
    if (a.passMark != b.passMark) f << QStringLiteral("pass_mark");
    if (a.roles != b.roles) f << QStringLiteral("roles");
    if (a.refresherMonths != b.refresherMonths) f << QStringLiteral("refresher_months");
    return f;
}

QStringList fieldChanges(const Kpi &a, const Kpi &b)
{
    QStringList f;
    if (a.name != b.name) f << QStringLiteral("name");
    if (a.definition != b.definition) f << QStringLiteral("definition");
    if (a.unit != b.unit) f << QStringLiteral("unit");
    if (a.direction != b.direction) f << QStringLiteral("direction");
    if (a.target != b.target) f << QStringLiteral("target");
    if (a.alert != b.alert) f << QStringLiteral("alert");
    if (a.action != b.action) f << QStringLiteral("action");
    return f;
}

// Matches two lists of items by key, newer order first, then the removed ones.
template<typename Item, typename KeyOf>
void compareItems(const QString &itemKind, const QList<Item> &before, const QList<Item> &after,
                  KeyOf keyOf, QList<ItemComparison> &out)
{
    QHash<QString, const Item *> old;
    for (const Item &item : before)
        old.insert(keyOf(item), &item);
    QSet<QString> seen;
    for (const Item &item : after) {
        const QString key = keyOf(item);
        seen.insert(key);
        const auto match = old.constFind(key);
        if (match == old.cend()) {
            out.append({itemKind, key, ChangeKind::Added, {}, {}, describe(item)});
        } else if (!(**match == item)) {
            out.append({itemKind, key, ChangeKind::Changed, fieldChanges(**match, item),
                        describe(**match), describe(item)});
        }
    }
    for (const Item &item : before) {
        if (!seen.contains(keyOf(item)))
            out.append({itemKind, keyOf(item), ChangeKind::Removed, {}, describe(item), {}});
    }
}

// Follow-up steps are plain sentences: a step reworded is one removed and one added.
void compareSteps(const QStringList &before, const QStringList &after, QList<ItemComparison> &out)
{
    std::vector<QString> a(before.cbegin(), before.cend());
    std::vector<QString> b(after.cbegin(), after.cend());
    dtl::Diff<QString, std::vector<QString>> diff(a, b);
    diff.compose();
    for (const auto &[step, info] : diff.getSes().getSequence()) {
        if (info.type == dtl::SES_ADD)
            out.append({QStringLiteral("follow_up"), step, ChangeKind::Added, {}, {}, step});
        else if (info.type == dtl::SES_DELETE)
            out.append({QStringLiteral("follow_up"), step, ChangeKind::Removed, {}, step, {}});
    }
}

void compareStructuredItems(const Section &before, const Section &after,
                            QList<ItemComparison> &out)
{
    compareItems(QStringLiteral("escalation"), before.escalation, after.escalation,
                 [](const EscalationTier &t) { return QString::number(t.tier); }, out);
    compareSteps(before.followUp, after.followUp, out);
    compareItems(QStringLiteral("stage"), before.stages, after.stages,
                 [](const ComplaintStage &s) { return s.key; }, out);
    compareItems(QStringLiteral("programme"), before.programmes, after.programmes,
                 [](const TrainingProgramme &p) { return p.id; }, out);
    compareItems(QStringLiteral("kpi"), before.kpis, after.kpis,
                 [](const Kpi &k) { return k.key; }, out);
}

QStringList clauseFieldChanges(const Clause &a, const Clause &b)
{
    QStringList f;
    if (a.title != b.title) f << QStringLiteral("title");
    if (a.body != b.body) f << QStringLiteral("body");
    if (a.strength != b.strength) f << QStringLiteral("strength");
    if (a.references != b.references) f << QStringLiteral("references");
    return f;
}

// The ids, among those both sections hold, that left the longest common order: those
// were moved; the others only shifted because of what was added or removed around them.
QSet<QString> movedWithinSection(const Section &before, const Section &after)
{
    QSet<QString> inAfter;
    for (const Clause &c : after.clauses)
        inAfter.insert(c.id);
    std::vector<QString> common;
    QSet<QString> inBefore;
    for (const Clause &c : before.clauses) {
        inBefore.insert(c.id);
        if (inAfter.contains(c.id))
            common.push_back(c.id);
    }
    std::vector<QString> commonAfter;
    for (const Clause &c : after.clauses) {
        if (inBefore.contains(c.id))
            commonAfter.push_back(c.id);
    }
    QSet<QString> moved;
    dtl::Diff<QString, std::vector<QString>> diff(common, commonAfter);
    diff.compose();
    for (const auto &[id, info] : diff.getSes().getSequence()) {
        if (info.type == dtl::SES_ADD)
            moved.insert(id);
    }
    return moved;
}

SectionComparison compareSection(const Section &before, const Section &after,
                                 const CodeContent &oldContent, const CodeContent &newContent)
{
    SectionComparison result;
    result.key = after.key;
    result.title = after.title;
    if (before.title != after.title) result.changedFields << QStringLiteral("title");
    if (before.purpose != after.purpose) result.changedFields << QStringLiteral("purpose");
    if (before.owner != after.owner) result.changedFields << QStringLiteral("owner");
    if (before.reviewIntervalDays != after.reviewIntervalDays)
        result.changedFields << QStringLiteral("review_interval_days");
    if (before.purpose != after.purpose)
        result.purposeDiff = wordDiff(before.purpose, after.purpose);

    const QSet<QString> movedHere = movedWithinSection(before, after);
    QHash<QString, int> outputIndexOf;
    for (int i = 0; i < after.clauses.size(); ++i) {
        const Clause &clause = after.clauses.at(i);
        ClauseComparison c;
        c.clauseId = clause.id;
        c.after = clause;
        c.numberAfter = clauseNumber(after.key, i);
        const auto oldPosition = oldContent.findClause(clause.id);
        if (!oldPosition) {
            c.kind = ChangeKind::Added;
        } else {
            const Section &oldSection = oldContent.sections.at(oldPosition->sectionIndex);
            const Clause &old = oldSection.clauses.at(oldPosition->clauseIndex);
            c.before = old;
            c.numberBefore = clauseNumber(oldSection.key, oldPosition->clauseIndex);
            c.moved = oldSection.key != after.key || movedHere.contains(clause.id);
            c.changedFields = clauseFieldChanges(old, clause);
            c.kind = c.changedFields.isEmpty() ? ChangeKind::Unchanged : ChangeKind::Changed;
            if (old.title != clause.title)
                c.titleDiff = wordDiff(old.title, clause.title);
            if (old.body != clause.body)
                c.bodyDiff = wordDiff(old.body, clause.body);
        }
        outputIndexOf.insert(clause.id, result.clauses.size());
        result.clauses.append(c);
    }

    // Removed clauses go back where they stood: just after the nearest clause above them
    // that is still listed.
    int insertAt = 0;
    for (int i = 0; i < before.clauses.size(); ++i) {
        const Clause &old = before.clauses.at(i);
        const auto listed = outputIndexOf.constFind(old.id);
        if (listed != outputIndexOf.cend()) {
            insertAt = *listed + 1;
            continue;
        }
        if (newContent.findClause(old.id))
            continue; // moved to another section: listed there
        ClauseComparison c;
        c.clauseId = old.id;
        c.kind = ChangeKind::Removed;
        c.before = old;
        c.numberBefore = clauseNumber(before.key, i);
        result.clauses.insert(insertAt, c);
        for (auto it = outputIndexOf.begin(); it != outputIndexOf.end(); ++it) {
            if (*it >= insertAt)
                ++*it;
        }
        outputIndexOf.insert(old.id, insertAt);
        ++insertAt;
    }

    compareStructuredItems(before, after, result.items);
    return result;
}

} // namespace

QString changeKindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Unchanged: return QStringLiteral("unchanged");
    case ChangeKind::Added: return QStringLiteral("added");
    case ChangeKind::Removed: return QStringLiteral("removed");
    case ChangeKind::Changed: return QStringLiteral("changed");
    }
    return {};
}

bool SectionComparison::hasChanges() const
{
    if (!changedFields.isEmpty() || !items.isEmpty())
        return true;
    for (const ClauseComparison &c : clauses) {
        if (c.isChange())
            return true;
    }
    return false;
}

bool Comparison::isEmpty() const
{
    for (const SectionComparison &s : sections) {
        if (s.hasChanges())
            return false;
    }
    return true;
}

Comparison compareContent(const CodeContent &before, const CodeContent &after)
{
    Comparison result;
    for (SectionKey key : allSectionKeys) {
        const Section *oldSection = before.section(key);
        const Section *newSection = after.section(key);
        Section emptyOld{key, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}};
        Section emptyNew = emptyOld;
        SectionComparison section = compareSection(oldSection ? *oldSection : emptyOld,
                                                   newSection ? *newSection : emptyNew, before,
                                                   after);
        for (const ClauseComparison &c : section.clauses) {
            switch (c.kind) {
            case ChangeKind::Added: ++result.added; break;
            case ChangeKind::Removed: ++result.removed; break;
            case ChangeKind::Changed: ++result.changed; break;
            case ChangeKind::Unchanged: break;
            }
            if (c.moved)
                ++result.moved;
        }
        result.itemChanges += section.items.size();
        result.sectionFieldChanges += section.changedFields.size();
        result.sections.append(section);
    }
    return result;
}

} // namespace tenet::domain

#include "difftext.h"

#include "domain/comparison.h"
#include "domain/version.h"

#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::cli {

namespace {

QString inlineDiff(const QList<DiffSegment> &segments)
{
    QString text;
    for (const DiffSegment &segment : segments) {
        switch (segment.op) {
        case DiffSegment::Op::Equal: text += segment.text; break;
        case DiffSegment::Op::Delete: text += u"[-"_s + segment.text + u"-]"_s; break;
        case DiffSegment::Op::Insert: text += u"{+"_s + segment.text + u"+}"_s; break;
        }
    }
    return text;
}

void printIndented(QTextStream &out, const QString &text)
{
    for (const QString &line : text.split(u'\n'))
        out << u"      "_s << line << u'\n';
}

QString versionLabel(const VersionInfo &v)
{
    return u"version %1 (%2)"_s.arg(QString::number(v.number), versionStateName(v.state));
}

void printClause(QTextStream &out, const ClauseComparison &c)
{
    const Clause &shown = c.after ? *c.after : *c.before;
    const QString strength = u" ["_s + strengthName(shown.strength) + u']';
    switch (c.kind) {
    case ChangeKind::Added:
        out << u"  + "_s << c.numberAfter << u' ' << shown.title << strength << u"  (added)\n"_s;
        return;
    case ChangeKind::Removed:
        out << u"  - "_s << c.numberBefore << u' ' << shown.title << strength
            << u"  (removed)\n"_s;
        return;
    case ChangeKind::Changed:
    case ChangeKind::Unchanged:
        break;
    }
    const QString number = c.moved ? c.numberBefore + u" -> "_s + c.numberAfter : c.numberAfter;
    QStringList notes;
    if (c.moved)
        notes << u"moved"_s;
    if (!c.changedFields.isEmpty())
        notes << u"changed: "_s + c.changedFields.join(u", "_s);
    const QString title = c.titleDiff.isEmpty() ? shown.title : inlineDiff(c.titleDiff);
    out << (c.kind == ChangeKind::Changed ? u"  ~ "_s : u"  > "_s) << number << u' ' << title
        << strength << u"  ("_s << notes.join(u"; "_s) << u")\n"_s;
    if (c.changedFields.contains(u"strength"_s))
        out << u"      strength: "_s << strengthName(c.before->strength) << u" -> "_s
            << strengthName(c.after->strength) << u'\n';
    if (!c.bodyDiff.isEmpty())
        printIndented(out, inlineDiff(c.bodyDiff));
    if (c.changedFields.contains(u"references"_s))
        out << u"      references: "_s << c.before->references.join(u"; "_s) << u" -> "_s
            << c.after->references.join(u"; "_s) << u'\n';
}

void printItem(QTextStream &out, const ItemComparison &item)
{
    switch (item.kind) {
    case ChangeKind::Added:
        out << u"  + "_s << item.itemKind << u": "_s << item.after << u'\n';
        break;
    case ChangeKind::Removed:
        out << u"  - "_s << item.itemKind << u": "_s << item.before << u'\n';
        break;
    case ChangeKind::Changed:
        out << u"  ~ "_s << item.itemKind << u' ' << item.key << u" ("_s
            << item.changedFields.join(u", "_s) << u")\n"_s << u"      was: "_s << item.before
            << u"\n      now: "_s << item.after << u'\n';
        break;
    case ChangeKind::Unchanged:
        break;
    }
}

} // namespace

void printComparison(QTextStream &out, const VersionInfo &from, const VersionInfo &to,
                     const Comparison &comparison)
{
    out << u"Comparing "_s << versionLabel(from) << u" with "_s << versionLabel(to) << u": "_s
        << comparison.added << u" added, "_s << comparison.removed << u" removed, "_s
        << comparison.changed << u" changed, "_s << comparison.moved << u" moved, "_s
        << comparison.itemChanges << u" table rows changed.\n"_s;
    if (comparison.isEmpty()) {
        out << u"The two versions have the same content.\n"_s;
        return;
    }
    for (const SectionComparison &section : comparison.sections) {
        if (!section.hasChanges())
            continue;
        out << u'\n' << sectionNumber(section.key) << u' ' << section.title << u'\n';
        if (!section.changedFields.isEmpty())
            out << u"  ~ section: "_s << section.changedFields.join(u", "_s) << u'\n';
        if (!section.purposeDiff.isEmpty())
            printIndented(out, inlineDiff(section.purposeDiff));
        for (const ClauseComparison &c : section.clauses) {
            if (c.isChange())
                printClause(out, c);
        }
        for (const ItemComparison &item : section.items)
            printItem(out, item);
    }
}

} // namespace tenet::cli

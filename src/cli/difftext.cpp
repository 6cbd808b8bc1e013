#include "difftext.h"

#include "domain/comparison.h"
#include "domain/version.h"
#include "render/changetext.h"
#include "render/clauseredline.h"
#include "render/handbooktext.h"
#include "render/itemfields.h"

#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace tenet::domain;
using tenet::render::ChangeText;
using tenet::render::ClauseRedline;
using tenet::render::ItemField;
using tenet::render::ItemFields;

namespace tenet::cli {

namespace {

QString inlineDiff(const QList<DiffSegment> &segments)
{
    QString text;
    for (const DiffSegment &segment : segments) {
        switch (segment.op) {
        case DiffSegment::Op::Equal:
            text += segment.text;
            break;
        case DiffSegment::Op::Delete:
            text += u"[-"_s + segment.text + u"-]"_s;
            break;
        case DiffSegment::Op::Insert:
            text += u"{+"_s + segment.text + u"+}"_s;
            break;
        }
    }
    return text;
}

void printIndented(QTextStream &out, const QString &text)
{
    for (const QString &line : text.split(u'\n'))
        out << u"      "_s << line << u'\n';
}

void printClause(QTextStream &out, const ClauseComparison &c)
{
    const Clause &shown = c.after ? *c.after : *c.before;
    const QString strength = u" ["_s + render::strengthLabel(shown.strength) + u']';
    switch (c.kind) {
    case ChangeKind::Added:
        out << u"  + "_s << c.numberAfter << u' ' << shown.title << strength << u"  (added)\n"_s;
        return;
    case ChangeKind::Removed:
        out << u"  - "_s << c.numberBefore << u' ' << shown.title << strength << u"  (removed)\n"_s;
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
        notes << u"changed: "_s + ChangeText::fieldList(c.changedFields);
    const QString title = c.titleDiff.isEmpty() ? shown.title : inlineDiff(c.titleDiff);
    out << (c.kind == ChangeKind::Changed ? u"  ~ "_s : u"  > "_s) << number << u' ' << title
        << strength << u"  ("_s << notes.join(u"; "_s) << u")\n"_s;
    if (c.changedFields.contains(u"strength"_s))
        out << u"      "_s << ChangeText::fieldLabel(u"strength"_s) << u": "_s
            << render::strengthLabel(c.before->strength) << u" -> "_s
            << render::strengthLabel(c.after->strength) << u'\n';
    if (c.changedFields.contains(u"body"_s))
        printIndented(out, inlineDiff(ClauseRedline::of(c).body));
    if (c.changedFields.contains(u"references"_s))
        out << u"      "_s << ChangeText::fieldLabel(u"references"_s) << u": "_s
            << c.before->references.join(u"; "_s) << u" -> "_s << c.after->references.join(u"; "_s)
            << u'\n';
}

void printItem(QTextStream &out, const ItemComparison &item, const Section *before,
               const Section *after)
{
    const QList<ItemField> was = ItemFields::of(item.itemKind, item.key, before);
    const QList<ItemField> now = ItemFields::of(item.itemKind, item.key, after);
    const QString kind = ChangeText::itemKindLabel(item.itemKind);
    switch (item.kind) {
    case ChangeKind::Added:
        out << u"  + "_s << kind << u": "_s << ItemFields::description(now) << u'\n';
        break;
    case ChangeKind::Removed:
        out << u"  - "_s << kind << u": "_s << ItemFields::description(was) << u'\n';
        break;
    case ChangeKind::Changed:
        out << u"  ~ "_s << kind << u": "_s << ItemFields::name(now) << u" (changed: "_s
            << ChangeText::fieldList(item.changedFields) << u")\n"_s;
        for (const QString &field : item.changedFields)
            out << u"      "_s << ChangeText::fieldLabel(field) << u": "_s
                << ItemFields::value(was, field) << u" -> "_s << ItemFields::value(now, field)
                << u'\n';
        break;
    case ChangeKind::Unchanged:
        break;
    }
}

} // namespace

void printComparison(QTextStream &out, const Version &from, const Version &to,
                     const Comparison &comparison)
{
    out << u"Comparing "_s << ChangeText::versionLabel(from.info) << u" with "_s
        << ChangeText::versionLabel(to.info) << u": "_s << comparison.added << u" added, "_s
        << comparison.removed << u" removed, "_s << comparison.changed << u" changed, "_s
        << comparison.moved << u" moved, "_s << comparison.itemChanges
        << u" table rows changed.\n"_s;
    if (comparison.isEmpty()) {
        out << u"The two versions have the same content.\n"_s;
        return;
    }
    for (const SectionComparison &section : comparison.sections) {
        if (!section.hasChanges())
            continue;
        out << u'\n' << sectionNumber(section.key) << u' ' << section.title << u'\n';
        if (!section.changedFields.isEmpty())
            out << u"  ~ section: "_s << ChangeText::fieldList(section.changedFields) << u'\n';
        if (!section.purposeDiff.isEmpty())
            printIndented(out, inlineDiff(section.purposeDiff));
        for (const ClauseComparison &c : section.clauses) {
            if (c.isChange())
                printClause(out, c);
        }
        for (const ItemComparison &item : section.items)
            printItem(out, item, from.content.section(section.key),
                      to.content.section(section.key));
    }
}

} // namespace tenet::cli

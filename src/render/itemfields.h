#pragma once

#include "outputlanguage.h"

#include <QList>
#include <QString>

namespace tenet::domain {
struct Section;
} // namespace tenet::domain

namespace tenet::render {

// One field of a structured item (an escalation tier, a follow-up step, a complaint stage,
// a training programme, a KPI) as a reader sees it: "Direction", "at most".
struct ItemField
{
    QString field; // the name compareContent reports when it changed
    QString label;
    QString value;
    bool identifying = false; // always shown: it says which item this is
    bool isLong = false; // shown for a changed item only when it changed
};

// The fields of structured items in words, for every list of changes, so that no key
// ("at_most", "within_hours") reaches a reader.
class ItemFields
{
public:
    // The fields of the item of the given kind and key in the section, or none when the
    // section does not hold it.
    static QList<ItemField> of(const QString &kind, const QString &key,
                               const domain::Section *section,
                               const OutputLanguage &language = OutputLanguage::english());
    // What a reader calls the item: a KPI's or a stage's name, a programme's title, a tier's
    // number, a follow-up step's words.
    static QString name(const QList<ItemField> &fields);
    // The item on one line: "Name: Average speed of answer; Direction: at most; ...".
    static QString description(const QList<ItemField> &fields);
    // The value of one field, or an empty string when the item has no such field.
    static QString value(const QList<ItemField> &fields, const QString &field);
};

} // namespace tenet::render

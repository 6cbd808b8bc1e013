#include "itemfields.h"

#include "handbooktext.h"

#include "domain/codecontent.h"

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::render {

QList<ItemField> ItemFields::of(const QString &kind, const QString &key, const Section *section,
                                const HandbookLabels &label)
{
    if (!section)
        return {};
    const auto hours = [&](double h) {
        return hoursText(h, label);
    };
    if (kind == u"escalation") {
        for (const EscalationTier &t : section->escalation) {
            if (QString::number(t.tier) != key)
                continue;
            return {{u"tier"_s, label("Tier"), QString::number(t.tier), true, false},
                    {u"role"_s, label("Role"), t.role, false, false},
                    {u"within_hours"_s, label("Time limit"), hours(t.withinHours), false, false},
                    {u"action"_s, label("Action"), t.action, false, false}};
        }
    } else if (kind == u"follow_up") {
        if (section->followUp.contains(key))
            return {{u"step"_s, label("Step"), key, true, false}};
    } else if (kind == u"stage") {
        for (const ComplaintStage &stage : section->stages) {
            if (stage.key != key)
                continue;
            return {
                {u"key"_s, label("Key"), stage.key, true, false},
                {u"name"_s, label("Name"), stage.name, false, false},
                {u"within_hours"_s, label("Time limit"), hours(stage.withinHours), false, false}};
        }
    } else if (kind == u"programme") {
        for (const TrainingProgramme &p : section->programmes) {
            if (p.id != key)
                continue;
            return {
                {u"id"_s, label("Id"), p.id, true, false},
                {u"title"_s, label("Title"), p.title, true, false},
                {u"hours"_s, label("Hours"), hours(p.hours), false, false},
                {u"objectives"_s, label("Objectives"), p.objectives.join(u"; "_s), false, true},
                {u"final_test"_s, label("Final test"), p.finalTest ? label("yes") : label("no"),
                 false, false},
                {u"pass_mark"_s, label("Pass mark"),
                 p.passMark ? label("%1 %").arg(numberText(*p.passMark)) : label("none"), false,
                 false},
                {u"roles"_s, label("Roles"), rolesText(p.roles, label), false, false},
                {u"refresher_months"_s, label("Refresher"), refresherText(p, label), false, false}};
        }
    } else if (kind == u"kpi") {
        for (const Kpi &k : section->kpis) {
            if (k.key != key)
                continue;
            const QString direction
                = k.direction == KpiDirection::AtMost ? label("at most") : label("at least");
            return {{u"key"_s, label("Key"), k.key, true, false},
                    {u"name"_s, label("Name"), k.name, true, false},
                    {u"direction"_s, label("Direction"), direction, false, false},
                    {u"target"_s, label("Target"), numberText(k.target), false, false},
                    {u"alert"_s, label("Alert threshold"), numberText(k.alert), false, false},
                    {u"unit"_s, label("Unit"), k.unit, false, false},
                    {u"definition"_s, label("Definition"), k.definition, false, true},
                    {u"action"_s, label("Action when breached"), k.action, false, true}};
        }
    }
    return {};
}

QString ItemFields::name(const QList<ItemField> &fields)
{
    for (const char16_t *field : {u"name", u"title", u"tier", u"step"}) {
        const QString text = value(fields, QString::fromUtf16(field));
        if (!text.isEmpty())
            return text;
    }
    return {};
}

QString ItemFields::description(const QList<ItemField> &fields)
{
    QStringList parts;
    for (const ItemField &f : fields) {
        // Keys and ids are for files, not for readers.
        if (f.isLong || f.field == u"key" || f.field == u"id" || f.value.isEmpty())
            continue;
        parts << f.label + u": "_s + f.value;
    }
    return parts.join(u"; "_s);
}

QString ItemFields::value(const QList<ItemField> &fields, const QString &field)
{
    for (const ItemField &f : fields) {
        if (f.field == field)
            return f.value;
    }
    return {};
}

} // namespace tenet::render

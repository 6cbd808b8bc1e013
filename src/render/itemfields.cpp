#include "itemfields.h"

#include "handbooktext.h"
#include "outputwords.h"

#include "domain/codecontent.h"

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::render {

QList<ItemField> ItemFields::of(const QString &kind, const QString &key, const Section *section,
                                const OutputLanguage &language)
{
    if (!section)
        return {};
    const auto hours = [&](double h) {
        return hoursText(h, language);
    };
    if (kind == u"escalation") {
        for (const EscalationTier &t : section->escalation) {
            if (QString::number(t.tier) != key)
                continue;
            return {{u"tier"_s, language.translate("Changes", "Tier"), QString::number(t.tier),
                     true, false},
                    {u"role"_s, language.translate("Changes", "Role"),
                     words::roleNamed(t.role, language), false, false},
                    {u"within_hours"_s, language.translate("Changes", "Time limit"),
                     hours(t.withinHours), false, false},
                    {u"action"_s, language.translate("Changes", "Action"), t.action, false, false}};
        }
    } else if (kind == u"follow_up") {
        if (section->followUp.contains(key))
            return {{u"step"_s, language.translate("Changes", "Step"), key, true, false}};
    } else if (kind == u"stage") {
        for (const ComplaintStage &stage : section->stages) {
            if (stage.key != key)
                continue;
            return {{u"key"_s, language.translate("Changes", "Key"), stage.key, true, false},
                    {u"name"_s, language.translate("Changes", "Name"), stage.name, false, false},
                    {u"within_hours"_s, language.translate("Changes", "Time limit"),
                     hours(stage.withinHours), false, false}};
        }
    } else if (kind == u"programme") {
        for (const TrainingProgramme &p : section->programmes) {
            if (p.id != key)
                continue;
            return {
                {u"id"_s, language.translate("Changes", "Id"), p.id, true, false},
                {u"title"_s, language.translate("Changes", "Title"), p.title, true, false},
                {u"hours"_s, language.translate("Changes", "Hours"), hours(p.hours), false, false},
                {u"objectives"_s, language.translate("Changes", "Objectives"),
                 p.objectives.join(u"; "_s), false, true},
                {u"final_test"_s, language.translate("Changes", "Final test"),
                 words::yesNo(p.finalTest, language), false, false},
                {u"pass_mark"_s, language.translate("Changes", "Pass mark"),
                 p.passMark ? language.percent(*p.passMark) : language.translate("Changes", "none"),
                 false, false},
                {u"roles"_s, language.translate("Changes", "Roles"), rolesText(p.roles, language),
                 false, false},
                {u"refresher_months"_s, language.translate("Changes", "Refresher"),
                 refresherText(p, language), false, false}};
        }
    } else if (kind == u"kpi") {
        for (const Kpi &k : section->kpis) {
            if (k.key != key)
                continue;
            const QString direction = words::kpiDirection(k.direction, language);
            return {{u"key"_s, language.translate("Changes", "Key"), k.key, true, false},
                    {u"name"_s, language.translate("Changes", "Name"), k.name, true, false},
                    {u"direction"_s, language.translate("Changes", "Direction"), direction, false,
                     false},
                    {u"target"_s, language.translate("Changes", "Target"),
                     language.number(k.target), false, false},
                    {u"alert"_s, language.translate("Changes", "Alert threshold"),
                     language.number(k.alert), false, false},
                    {u"unit"_s, language.translate("Changes", "Unit"), k.unit, false, false},
                    {u"definition"_s, language.translate("Changes", "Definition"), k.definition,
                     false, true},
                    {u"action"_s, language.translate("Changes", "Action when breached"), k.action,
                     false, true}};
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

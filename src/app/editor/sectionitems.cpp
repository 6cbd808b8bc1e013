#include "sectionitems.h"

#include <QCoreApplication>

namespace tenet::app {

namespace {

// The translation context of these messages.
struct SectionItemsText
{
    Q_DECLARE_TR_FUNCTIONS(tenet::app::SectionItems)
};

} // namespace

domain::SectionKey sectionKeyOf(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Escalation:
    case ItemKind::FollowUp:
        return domain::SectionKey::ServiceProtocols;
    case ItemKind::Stage:
        return domain::SectionKey::Complaints;
    case ItemKind::Programme:
        return domain::SectionKey::Training;
    case ItemKind::Kpi:
        return domain::SectionKey::Metrics;
    }
    return domain::SectionKey::Metrics;
}

QList<ItemKind> itemKindsOf(domain::SectionKey key)
{
    switch (key) {
    case domain::SectionKey::ServiceProtocols:
        return {ItemKind::Escalation, ItemKind::FollowUp};
    case domain::SectionKey::Complaints:
        return {ItemKind::Stage};
    case domain::SectionKey::Training:
        return {ItemKind::Programme};
    case domain::SectionKey::Metrics:
        return {ItemKind::Kpi};
    default:
        return {};
    }
}

QString itemTableName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Escalation:
        return SectionItemsText::tr("escalation tiers");
    case ItemKind::FollowUp:
        return SectionItemsText::tr("follow-up steps");
    case ItemKind::Stage:
        return SectionItemsText::tr("complaint stages");
    case ItemKind::Programme:
        return SectionItemsText::tr("training programmes");
    case ItemKind::Kpi:
        return SectionItemsText::tr("KPI table");
    }
    return {};
}

QString itemNoun(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Escalation:
        return SectionItemsText::tr("escalation tier");
    case ItemKind::FollowUp:
        return SectionItemsText::tr("follow-up step");
    case ItemKind::Stage:
        return SectionItemsText::tr("complaint stage");
    case ItemKind::Programme:
        return SectionItemsText::tr("training programme");
    case ItemKind::Kpi:
        return SectionItemsText::tr("KPI");
    }
    return {};
}

QString itemListKey(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Escalation:
        return QStringLiteral("escalation");
    case ItemKind::FollowUp:
        return QStringLiteral("follow_up");
    case ItemKind::Stage:
        return QStringLiteral("stages");
    case ItemKind::Programme:
        return QStringLiteral("programmes");
    case ItemKind::Kpi:
        return QStringLiteral("kpis");
    }
    return {};
}

SectionItems SectionItems::of(const domain::Section &section)
{
    return {section.escalation, section.followUp, section.stages, section.programmes, section.kpis};
}

void SectionItems::applyTo(domain::Section &section) const
{
    section.escalation = escalation;
    section.followUp = followUp;
    section.stages = stages;
    section.programmes = programmes;
    section.kpis = kpis;
}

int SectionItems::count(ItemKind kind) const
{
    switch (kind) {
    case ItemKind::Escalation:
        return int(escalation.size());
    case ItemKind::FollowUp:
        return int(followUp.size());
    case ItemKind::Stage:
        return int(stages.size());
    case ItemKind::Programme:
        return int(programmes.size());
    case ItemKind::Kpi:
        return int(kpis.size());
    }
    return 0;
}

} // namespace tenet::app

#include "sectionkey.h"

#include <QCoreApplication>

namespace tenet::domain {

QString sectionKeyName(SectionKey key)
{
    switch (key) {
    case SectionKey::Ethics: return QStringLiteral("ethics");
    case SectionKey::Communication: return QStringLiteral("communication");
    case SectionKey::Behaviour: return QStringLiteral("behaviour");
    case SectionKey::ServiceProtocols: return QStringLiteral("service_protocols");
    case SectionKey::Complaints: return QStringLiteral("complaints");
    case SectionKey::Training: return QStringLiteral("training");
    case SectionKey::Metrics: return QStringLiteral("metrics");
    }
    return {};
}

std::optional<SectionKey> sectionKeyFromName(const QString &name)
{
    for (SectionKey key : allSectionKeys) {
        if (sectionKeyName(key) == name)
            return key;
    }
    return std::nullopt;
}

int sectionNumber(SectionKey key)
{
    return static_cast<int>(key) + 1;
}

QString defaultSectionTitle(SectionKey key)
{
    switch (key) {
    case SectionKey::Ethics:
        return QCoreApplication::translate("tenet::domain", "Ethical guidelines");
    case SectionKey::Communication:
        return QCoreApplication::translate("tenet::domain", "Communication standards");
    case SectionKey::Behaviour:
        return QCoreApplication::translate("tenet::domain", "Behavioural expectations");
    case SectionKey::ServiceProtocols:
        return QCoreApplication::translate("tenet::domain", "Service delivery protocols");
    case SectionKey::Complaints:
        return QCoreApplication::translate("tenet::domain", "Complaint handling procedures");
    case SectionKey::Training:
        return QCoreApplication::translate("tenet::domain", "Training and development");
    case SectionKey::Metrics:
        return QCoreApplication::translate("tenet::domain", "Performance metrics");
    }
    return {};
}

} // namespace tenet::domain

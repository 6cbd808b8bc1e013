#pragma once

#include <QString>

#include <array>
#include <optional>

namespace tenet::domain {

// The seven fixed sections of every code, in the order they are printed and numbered.
enum class SectionKey {
    Ethics,
    Communication,
    Behaviour,
    ServiceProtocols,
    Complaints,
    Training,
    Metrics,
};

inline constexpr std::array<SectionKey, 7> allSectionKeys = {
    SectionKey::Ethics,     SectionKey::Communication, SectionKey::Behaviour,
    SectionKey::ServiceProtocols, SectionKey::Complaints, SectionKey::Training,
    SectionKey::Metrics,
};

// The stable key used in files and the database: "ethics", "service_protocols", ...
QString sectionKeyName(SectionKey key);
std::optional<SectionKey> sectionKeyFromName(const QString &name);

// 1-based position of the section, the first part of a clause number (3 in "3.2").
int sectionNumber(SectionKey key);

// The English title a new section gets; users may retitle it.
QString defaultSectionTitle(SectionKey key);

} // namespace tenet::domain

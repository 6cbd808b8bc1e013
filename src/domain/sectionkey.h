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

// The title a new section gets in a code written in `language` ("es", "lt", "en"; a region
// such as "es-ES" is ignored; any other language gets English). Users may retitle it.
QString defaultSectionTitle(SectionKey key, const QString &language = QStringLiteral("en"));

} // namespace tenet::domain

#pragma once

#include "domain/section.h"

#include <QString>

#include <optional>

namespace tenet::app {

// The plain fields of a section that its form edits, as one value an undo command can keep.
struct SectionFields
{
    QString title;
    QString purpose;
    QString owner;
    std::optional<int> reviewIntervalDays;

    static SectionFields of(const domain::Section &section)
    {
        return {section.title, section.purpose, section.owner, section.reviewIntervalDays};
    }
    void applyTo(domain::Section &section) const
    {
        section.title = title;
        section.purpose = purpose;
        section.owner = owner;
        section.reviewIntervalDays = reviewIntervalDays;
    }

    friend bool operator==(const SectionFields &, const SectionFields &) = default;
};

} // namespace tenet::app

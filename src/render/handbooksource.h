#pragma once

#include "domain/code.h"
#include "domain/version.h"

#include <QString>

#include <optional>

namespace tenet::render {

// Everything a handbook or an export shows: the code, one version of it with its content,
// the names people know, and the published version it is compared with.
struct HandbookSource
{
    domain::Code code;
    domain::Version version;
    QString organisation; // shown on the cover and as the PDF's author; the code's own when empty
    QString approver; // as people know them, "Marta Ruiz (M001)"; the employee number when empty
    // The last published version before this one: the handbook then says what changed.
    std::optional<domain::Version> previous;

    QString organisationName() const
    {
        return organisation.isEmpty() ? code.organisation : organisation;
    }
    QString approverName() const { return approver.isEmpty() ? version.info.approvedBy : approver; }
};

} // namespace tenet::render

#pragma once

#include "jsonschema.h"
#include "schemapointer.h"

#include <QList>
#include <QString>

namespace tenet::exchange::schema {

using Errors = QList<ValidationError>;

// The verdict of one schema on one value. When nobody collects the errors, the first
// failure settles it and the checks stop.
struct SchemaOutcome
{
    Errors *errors;
    const Path &path;
    bool valid = true;

    // Returns whether to go on.
    bool fail(const char *keyword, const QString &message)
    {
        valid = false;
        if (!errors)
            return false;
        errors->append({path.pointer(), message, QLatin1StringView(keyword).toString()});
        return true;
    }
    bool merge(bool subValid)
    {
        if (!subValid)
            valid = false;
        return subValid || errors != nullptr;
    }
};

} // namespace tenet::exchange::schema

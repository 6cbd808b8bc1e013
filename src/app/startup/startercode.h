#pragma once

#include "domain/result.h"
#include "exchange/codejson.h"

#include <QString>

namespace tenet::app {

// The complete English starter code that ships inside the program (Northwind Support's),
// read from the resource :/templates/starter-code.en.json.
domain::Result<exchange::CodeDocument> starterCode();

// The starter code made over to another organisation: its name wherever the template names
// Northwind, and every section owned by `ownerNo`, who is known to exist in the new file.
domain::Result<exchange::CodeDocument> starterCodeFor(const QString &organisation,
                                                      const QString &ownerNo);

} // namespace tenet::app

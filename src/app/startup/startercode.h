#pragma once

#include "domain/result.h"
#include "exchange/codejson.h"

#include <QString>
#include <QStringList>

namespace tenet::app {

// The languages this build carries a starter code in ("en", "es", "lt"; English always),
// in that order: one resource :/templates/starter-code.<language>.json each.
QStringList starterCodeLanguages();

// The complete starter code written in `language` (Northwind Support's), as shipped.
// NotFound for a language this build carries no starter code in.
domain::Result<exchange::CodeDocument> starterCode(const QString &language = QStringLiteral("en"));

// The starter code in `language` made over to another organisation: its name wherever the
// template names Northwind (the code's title included, so the title stays in the code's own
// language), and every section owned by `ownerNo`, who is known to exist in the new file.
domain::Result<exchange::CodeDocument> starterCodeFor(const QString &organisation,
                                                      const QString &ownerNo,
                                                      const QString &language
                                                      = QStringLiteral("en"));

} // namespace tenet::app

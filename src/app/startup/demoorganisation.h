#pragma once

#include "domain/result.h"

#include <QString>

namespace tenet::storage {
class Database;
}

namespace tenet::app {

// The PIN every person of the demonstration organisation signs in with. It is a demo: the
// welcome message says so plainly.
QString demoPin();
// The employee number and name of the manager the welcome message suggests signing in as.
QString demoManagerNo();
QString demoManagerName();

// Fills a new, empty database with "Northwind Support", a demonstration organisation: staff
// in Vilnius, Madrid and Leeds with the demo PIN, the starter code published as version 1
// ("First edition"), and an open draft of version 2 with a few edits, so that every view has
// something to show. Everything goes through the stores, so the audit log records it.
// Refused for a database that already holds staff or a code.
domain::Status createDemoOrganisation(storage::Database &db);

} // namespace tenet::app

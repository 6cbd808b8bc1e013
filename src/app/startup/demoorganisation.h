#pragma once

#include "domain/result.h"

#include <QString>
#include <QStringList>

namespace tenet::storage {
class Database;
}

namespace tenet::app {

// The PIN every person of the demonstration organisation signs in with. It is a demo: the
// welcome message says so plainly.
QString demoPin();
// The employee number and name of the manager the welcome message suggests signing in as
// (the same person in every language of the demonstration).
QString demoManagerNo();
QString demoManagerName();

// The languages the demonstration organisation exists in with this build: English, and
// Spanish when the Spanish starter code is embedded.
QStringList demoLanguages();

// Fills a new, empty database with "Northwind Support", a demonstration organisation built
// from the starter code in `language` ("en": staff in Vilnius, Madrid and Leeds; "es": a
// Spanish team in Madrid, Sevilla and Bilbao), with the demo PIN and eight months of history:
// the first edition published and signed on paper, section reviews, a second edition
// published five weeks ago and signed by most people since (four are overdue, one newcomer
// is not due yet), KPI values imported every month for the last six months (one KPI breached,
// one off target), one section stale and one due soon, and an open draft of the third
// edition. Everything goes through the stores with their clock set to the day it happened,
// so the audit log and the ledger record it and verify. Refused for a database that already
// holds staff or a code.
domain::Status createDemoOrganisation(storage::Database &db,
                                      const QString &language = QStringLiteral("en"));

} // namespace tenet::app

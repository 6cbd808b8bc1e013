#pragma once

class QComboBox;

namespace tenet::app {

class Session;

// Fills a combo box with the versions of the session's code whose handbook can be shown,
// each item's data its version id: the version in force first (the usual choice), then the
// open draft (marked DRAFT on every page), then the history from newest to oldest. The
// export dialog and the print preview offer the same list.
void fillHandbookVersions(QComboBox &combo, Session &session);

} // namespace tenet::app

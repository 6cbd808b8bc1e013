#pragma once

#include <QString>
#include <QStringList>

namespace tenet::test {

// What someone who can write the database file can do with the sqlite3 program and the
// chain rule in docs/integrity.md, with no key of any kind.

// Runs the statements with every guard (trigger) lifted, then puts the guards back as they
// were, so that verify finds none missing.
void forge(const QString &path, const QStringList &statements);

// Numbers the rows of a chained table 1, 2, 3 ... in their present order and recomputes
// every prev_hash and hash, so that the chain verifies again whatever was changed, deleted
// or inserted. `table` is audit_log or acknowledgement.
void rechain(const QString &path, const QString &table);

} // namespace tenet::test

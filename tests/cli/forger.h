#pragma once

#include <QString>
#include <QStringList>

namespace tenet::test {

// What someone who can write the database can do with the sqlite3 program (or, on a server,
// psql as the database's owner) and the chain rule in docs/integrity.md, with no key of any
// kind. WHERE is what tenetctl --db takes.

// Runs the statements as they are, the guards (triggers) in place, up to the first that
// fails; returns that one's error text, or nothing when every one went through.
QString rawSql(const QString &where, const QStringList &statements);

// The first value of each row a query gives, as text.
QStringList rawColumn(const QString &where, const QString &sql);

// Runs the statements with every guard lifted (dropped from a file, switched off on a
// server), then puts the guards back as they were, so that verify finds none missing.
void forge(const QString &where, const QStringList &statements);

// Numbers the rows of a chained table 1, 2, 3 ... in their present order and recomputes
// every prev_hash and hash, so that the chain verifies again whatever was changed, deleted
// or inserted. `table` is audit_log or acknowledgement.
void rechain(const QString &where, const QString &table);

} // namespace tenet::test

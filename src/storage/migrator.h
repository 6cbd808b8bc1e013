#pragma once

#include "domain/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace tenet::storage {

class Dialect;

// One numbered step of the schema: the SQL that takes a database from version - 1 to version.
struct MigrationStep
{
    int version = 0;
    QString name; // "0001_initial.sql"
    QString sql;
};

// Brings a database's schema up to date by applying the numbered steps it lacks, in order,
// each in one transaction together with its user_version bump.
class Migrator
{
public:
    explicit Migrator(QList<MigrationStep> steps);

    // The steps compiled into the library for a dialect (src/storage/migrations/ENGINE);
    // without one, SQLite's.
    static domain::Result<Migrator> builtIn();
    static domain::Result<Migrator> builtIn(const Dialect &dialect);

    int latestVersion() const;
    const QList<MigrationStep> &steps() const { return m_steps; }

    // Applies every step after `currentVersion`. A new file is marked as Tenet's in the
    // transaction of its first step. A failing step is rolled back whole, and the steps
    // before it stay applied.
    domain::Status migrate(const QSqlDatabase &db, int currentVersion, bool markAsTenet) const;

private:
    QList<MigrationStep> m_steps;
};

} // namespace tenet::storage

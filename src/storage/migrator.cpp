#include "migrator.h"

#include "dialect.h"
#include "scopedtransaction.h"
#include "sqlitedialect.h"
#include "sqlquery.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace tenet::storage {

using domain::Error;
using domain::Result;
using domain::Status;

Migrator::Migrator(QList<MigrationStep> steps) : m_steps(std::move(steps))
{
    std::sort(m_steps.begin(), m_steps.end(),
              [](const MigrationStep &a, const MigrationStep &b) { return a.version < b.version; });
}

Result<Migrator> Migrator::builtIn()
{
    return builtIn(SqliteDialect::instance());
}

Result<Migrator> Migrator::builtIn(const Dialect &dialect)
{
    const QString resourceFolder = dialect.migrationsFolder();
    static const QRegularExpression stepName(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    const QStringList names = QDir(resourceFolder).entryList(QDir::Files, QDir::Name);
    QList<MigrationStep> steps;
    for (const QString &name : names) {
        const auto match = stepName.match(name);
        if (!match.hasMatch())
            return Error::integrity(name,
                                    QStringLiteral("a schema step must be named NNNN_name.sql"));
        QFile file(resourceFolder + u'/' + name);
        if (!file.open(QIODevice::ReadOnly))
            return Error::integrity(name, QStringLiteral("the schema step cannot be read"));
        steps.append({match.captured(1).toInt(), name, QString::fromUtf8(file.readAll())});
    }
    // Numbers run 1, 2, 3 ... so that a missing file is noticed here, not in a user's file.
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps[i].version != i + 1)
            return Error::integrity(steps[i].name,
                                    QStringLiteral("schema steps must be numbered 1, 2, 3 ... "
                                                   "without gaps"));
    }
    if (steps.isEmpty())
        return Error::integrity(resourceFolder, QStringLiteral("no schema steps are compiled in"));
    return Migrator(std::move(steps));
}

int Migrator::latestVersion() const
{
    return m_steps.isEmpty() ? 0 : m_steps.last().version;
}

Status Migrator::migrate(const QSqlDatabase &db, int currentVersion, bool markAsTenet) const
{
    const Dialect &dialect = Dialect::of(db);
    bool first = true;
    for (const MigrationStep &step : m_steps) {
        if (step.version <= currentVersion)
            continue;
        ScopedTransaction transaction(db);
        if (!transaction.status())
            return transaction.status();
        // Another program may have migrated the file while this one waited for the lock.
        auto applied = dialect.readSchemaVersion(db);
        if (!applied)
            return applied.error();
        if (*applied >= step.version)
            continue;
        if (first && markAsTenet) {
            if (Status status = dialect.writeApplicationId(db); !status)
                return status;
        }
        first = false;
        for (const QString &statement : dialect.statementsOf(step.sql)) {
            if (Status status = SqlQuery::run(db, statement); !status) {
                Error error = status.error();
                error.message
                    = QStringLiteral("schema step %1 failed: %2").arg(step.name, error.message);
                return error;
            }
        }
        if (Status status = dialect.writeSchemaVersion(db, step.version); !status)
            return status;
        if (Status status = transaction.commit(); !status)
            return status;
    }
    return {};
}

} // namespace tenet::storage

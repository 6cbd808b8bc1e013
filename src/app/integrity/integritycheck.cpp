#include "integritycheck.h"

#include "domain/seal.h"
#include "storage/database.h"
#include "storage/integrity.h"
#include "storage/seal.h"

namespace tenet::app {

IntegrityOutcome checkDatabaseIntegrity(const QString &databasePath,
                                        const std::function<void(IntegrityStep)> &step)
{
    IntegrityOutcome outcome;
    step(IntegrityStep::Verifying);
    auto db = storage::Database::open(databasePath, storage::OpenMode::ReadOnly);
    if (!db) {
        outcome.error = db.error();
        return outcome;
    }
    auto report = storage::verifyDatabase(**db);
    if (!report) {
        outcome.error = report.error();
        return outcome;
    }
    outcome.problems = report->problems();
    outcome.auditEntries = report->auditChain.rows;
    outcome.signatures = report->acknowledgementChain.rows;
    // A seal of a database that fails its checks would vouch for the damage.
    if (!outcome.problems.isEmpty())
        return outcome;

    step(IntegrityStep::Sealing);
    auto seal = storage::sealDatabase(**db);
    if (!seal) {
        outcome.error = seal.error();
        return outcome;
    }
    outcome.sealText = domain::sealText(*seal);
    outcome.sealedAt = seal->madeAt;
    return outcome;
}

} // namespace tenet::app

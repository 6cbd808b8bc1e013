#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <functional>
#include <optional>

namespace tenet::app {

// What Help > Database Integrity… found: the problems `tenetctl verify` would name, and
// the seal of the database as it is now.
struct IntegrityOutcome
{
    std::optional<domain::Error> error; // the checks could not run at all
    QStringList problems; // empty when every check passed
    qint64 auditEntries = 0;
    qint64 signatures = 0;
    QByteArray sealText; // UTF-8; empty when the checks failed or could not run
    QDateTime sealedAt;
};

// The parts of the check, in order, for a progress bar.
enum class IntegrityStep
{
    Verifying = 1,
    Sealing = 2,
};
constexpr int integritySteps = 2;

// Runs verify's checks and, when they pass, seals the database, on a read-only connection of its
// own, so that it may run off the GUI thread. `step` is called as each part begins.
IntegrityOutcome checkDatabaseIntegrity(const QString &databasePath,
                                        const std::function<void(IntegrityStep)> &step);

} // namespace tenet::app

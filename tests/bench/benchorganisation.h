#pragma once

// The organisations the server benchmark works on, built through the same code on an SQLite
// file and on a PostgreSQL server, so that what is timed on each is the same data.

#include "domain/result.h"
#include "domain/staffmember.h"
#include "domain/version.h"
#include "domain/workflow.h"
#include "storage/database.h"

#include <QDate>
#include <QList>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace tenet::bench {

template<typename T> T require(domain::Result<T> result, const char *what)
{
    if (!result) {
        std::fprintf(stderr, "bench: %s failed: %s\n", what, qPrintable(result.error().toString()));
        std::exit(1);
    }
    return std::move(result).value();
}

inline void require(const domain::Status &status, const char *what)
{
    if (!status) {
        std::fprintf(stderr, "bench: %s failed: %s\n", what, qPrintable(status.error().toString()));
        std::exit(1);
    }
}

// The manager who publishes, and who enters signatures made on paper.
domain::Actor benchManager();

// A code with COUNT people on its roster (E00000, E00001, ...) and VERSIONS versions
// published, each changing one clause. Mostly agents of forty teams on four sites, a
// supervisor per team, a few managers; with MIXED, as a real roster is: some left, some
// just started. The same SEED gives the same organisation on either backend.
struct BenchOrganisation
{
    qint64 codeId = 0;
    QList<domain::StaffMember> people;
    QList<domain::VersionInfo> versions; // by number
};
BenchOrganisation buildOrganisation(storage::Database &db, int count, int versions, bool mixed,
                                    quint32 seed);

// Writes about 98% of the people's signatures of every version straight into the ledger, in
// one transaction, hashed by the rule the store and the server's function follow: a fixture
// for the dashboard, not the signing path (the audit log records none of them). Returns how
// many were written.
qint64 fillLedger(storage::Database &db, const BenchOrganisation &organisation, quint32 seed);

} // namespace tenet::bench

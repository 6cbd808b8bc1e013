#pragma once

#include "domain/result.h"
#include "domain/version.h"

#include <QString>

#include <memory>

namespace tenet::storage {
class Database;
}

namespace tenet::test {

// A database for widget tests: managers M001 (Marta Ruiz) and M002 (Ana Gómez), supervisor
// S001 (Jonas Petraitis) and agent A001 (Lina Kazlauskienė), all with PIN 1234 (hashed at
// the tests' low cost, support/testsecrets.h, as is any PIN set later through it), and the
// English starter code as draft version 1 written by S001. `publish` takes that draft
// through review to publication (approved by M001, published by M002).
struct SampleDatabase
{
    std::unique_ptr<storage::Database> database;
    qint64 codeId = 0;
    qint64 versionId = 0;
};

SampleDatabase createSampleDatabase(const QString &path, bool publish);

} // namespace tenet::test

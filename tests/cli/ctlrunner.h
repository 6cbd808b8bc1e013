#pragma once

#include "support/tempdir.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace tenet::test {

// What one run of tenetctl gave back.
struct CtlResult
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

// Runs tenetctl with --db DB and the arguments, as a script would.
CtlResult tenetctl(const QString &db, const QStringList &arguments);

// How to start tenetctl for tests of files: in a folder, with umask 022, and with the
// largest file it may write (0: no limit; past it the kernel kills it, as a crash would).
struct CtlProcess
{
    QString workingDirectory;
    qint64 fileSizeLimit = 0;
};
CtlResult tenetctl(const QString &db, const QStringList &arguments, const CtlProcess &how);

// Starts tenetctl as tenetctl() does and returns at once, for tests that run several at the
// same time; finish() waits for it to end (if it has not) and collects what it gave back.
std::unique_ptr<QProcess> startTenetctl(const QString &db, const QStringList &arguments,
                                        const CtlProcess &how = {});
CtlResult finish(QProcess &process);

// Runs tenetctl and requires it to succeed.
void runOk(const QString &db, const QStringList &arguments);

// A new database with a manager M001 (Marta Ruiz), a second manager M002 (Ana Gómez),
// a supervisor S001 (Jonas Petraitis) and an agent A001 (Lina Kazlauskienė).
void createOrganisation(const QString &db);

// createOrganisation's database made at DB (what --db takes) with the Spanish fixture code
// imported by S001, approved by M001 and published (material) by M002 as version 1;
// returns DB.
QString publishedSpanishCode(const QString &db);
// The same in the test's database (TestDatabase::where()).
inline QString publishedSpanishCode(const TestDatabase &database)
{
    return publishedSpanishCode(database.where());
}

// The path of a file in tests/fixtures.
QString fixture(const QString &name);

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);

// Lets INFO() show a whole run when an assertion about it fails.
inline std::ostream &operator<<(std::ostream &os, const CtlResult &r)
{
    return os << "exit " << r.exitCode << "\nstdout: " << r.out.toStdString()
              << "\nstderr: " << r.err.toStdString();
}

} // namespace tenet::test

#include "ctlrunner.h"

#include <QFile>
#include <QStandardPaths>

#include <sys/resource.h>
#include <sys/stat.h>

namespace tenet::test {

CtlResult tenetctl(const QString &db, const QStringList &arguments)
{
    return tenetctl(db, arguments, CtlProcess {});
}

CtlResult tenetctl(const QString &db, const QStringList &arguments, const CtlProcess &how)
{
    const std::unique_ptr<QProcess> process = startTenetctl(db, arguments, how);
    return finish(*process);
}

std::unique_ptr<QProcess> startTenetctl(const QString &db, const QStringList &arguments,
                                        const CtlProcess &how)
{
    auto process = std::make_unique<QProcess>();
    if (!how.workingDirectory.isEmpty())
        process->setWorkingDirectory(how.workingDirectory);
    const qint64 limit = how.fileSizeLimit;
    process->setChildProcessModifier([limit] {
        ::umask(022);
        if (limit > 0) {
            const rlimit fileSize {rlim_t(limit), rlim_t(limit)};
            const rlimit noCore {0, 0};
            ::setrlimit(RLIMIT_FSIZE, &fileSize);
            ::setrlimit(RLIMIT_CORE, &noCore);
        }
    });
    QStringList all;
    if (!db.isEmpty())
        all << u"--db"_s << db;
    all << arguments;
    // Keep the program's log file out of the user's real data folder.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s,
                       QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation));
    environment.insert(u"USER"_s, u"tester"_s);
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral(TENETCTL_PATH), all);
    return process;
}

CtlResult finish(QProcess &process)
{
    REQUIRE(process.error() != QProcess::FailedToStart);
    // Also called from a handler of QProcess::finished, when there is nothing to wait for.
    if (process.state() != QProcess::NotRunning)
        REQUIRE(process.waitForFinished(60000));
    CtlResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void runOk(const QString &db, const QStringList &arguments)
{
    const CtlResult r = tenetctl(db, arguments);
    INFO(r);
    REQUIRE(r.exitCode == 0);
}

void createOrganisation(const QString &db)
{
    const auto run = [&](const QStringList &arguments) {
        runOk(db, arguments);
    };
    run({u"init"_s, u"--org"_s, u"Acme Support"_s, u"--admin"_s, u"M001"_s, u"--admin-name"_s,
         u"Marta Ruiz"_s});
    run({u"staff"_s, u"add"_s, u"--as"_s, u"M001"_s, u"--employee"_s, u"M002"_s, u"--name"_s,
         u"Ana Gómez"_s, u"--role"_s, u"manager"_s});
    run({u"staff"_s, u"add"_s, u"--as"_s, u"M001"_s, u"--employee"_s, u"S001"_s, u"--name"_s,
         u"Jonas Petraitis"_s, u"--role"_s, u"supervisor"_s, u"--team"_s, u"Vilnius"_s});
    run({u"staff"_s, u"add"_s, u"--as"_s, u"M001"_s, u"--employee"_s, u"A001"_s, u"--name"_s,
         u"Lina Kazlauskienė"_s, u"--role"_s, u"agent"_s, u"--team"_s, u"Vilnius"_s});
}

QString publishedSpanishCode(const QString &db)
{
    createOrganisation(db);
    runOk(db, {u"import-code"_s, fixture(u"code-es.json"_s), u"--as"_s, u"S001"_s});
    runOk(db, {u"submit"_s, u"--as"_s, u"S001"_s});
    runOk(db, {u"approve"_s, u"--as"_s, u"M001"_s});
    runOk(db, {u"publish"_s, u"--as"_s, u"M002"_s, u"--material"_s, u"--summary"_s, u"v1"_s});
    return db;
}

QString fixture(const QString &name)
{
    return QStringLiteral(TENET_FIXTURES_DIR) + u'/' + name;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace tenet::test

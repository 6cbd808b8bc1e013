// Benchmark (not a test): how long the desktop program takes from opening a large database
// to a main window that is shown and usable. The database: 10,000 staff and 200 versions of
// a 300-clause code. Goal: under 500 ms.
//
//   tenet_bench_startup [--db FILE] [--staff N] [--versions N]
//
// The database is built once and kept at FILE (default: a file in the temp folder), since
// building it takes a while; run again to measure again.

#include "app/editor/editorview.h"
#include "app/mainwindow.h"
#include "app/session/session.h"
#include "app/startup/databaseopener.h"
#include "domain/staffmember.h"
#include "exchange/codefile.h"
#include "storage/database.h"
#include "storage/staffstore.h"
#include "storage/versionstore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace tenet;
using namespace tenet::domain;

namespace {

int option(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

// A code of `clauses` clauses: the starter code's clauses repeated with new ids.
CodeContent largeContent(const CodeContent &starter, int clauses)
{
    CodeContent content = starter;
    int made = content.clauseCount();
    for (int round = 0; made < clauses; ++round) {
        for (Section &section : content.sections) {
            const QList<Clause> originals = starter.section(section.key)->clauses;
            for (const Clause &original : originals) {
                if (made >= clauses)
                    break;
                Clause copy = original;
                copy.id = original.id + u"-r"_s + QString::number(round);
                section.clauses.append(copy);
                ++made;
            }
        }
    }
    return content;
}

bool buildDatabase(const QString &path, int staffCount, int versions)
{
    auto opened = storage::Database::open(path, storage::OpenMode::CreateIfMissing);
    if (!opened)
        return false;
    storage::Database &db = **opened;
    const Actor setup{u"os:bench"_s, std::nullopt};
    storage::StaffStore staff(db);
    const QStringList teams{u"Vilnius"_s, u"Madrid"_s, u"Leeds"_s};
    std::fprintf(stderr, "building %s: %d staff, %d versions...\n", qPrintable(path), staffCount,
                 versions);
    for (int i = 0; i < staffCount; ++i) {
        StaffMember m;
        m.employeeNo = u"E%1"_s.arg(i, 5, 10, QChar(u'0'));
        m.fullName = u"Person %1"_s.arg(i);
        m.role = i < 3 ? Role::Manager : (i < 40 ? Role::Supervisor : Role::Agent);
        m.team = teams.at(i % 3);
        m.startDate = QDate(2024, 1, 1);
        if (!staff.add(m, i < 3 ? u"1234"_s : QString(), setup))
            return false;
    }
    auto starter = exchange::readCodeFile(QStringLiteral(TENET_SOURCE_DIR)
                                          + u"/resources/templates/starter-code.en.json"_s);
    if (!starter)
        return false;
    storage::VersionStore store(db);
    auto code = store.createCode(starter->code, setup);
    CodeContent content = largeContent(starter->content, 300);
    const Actor author{u"E00010"_s, Role::Supervisor};
    const Actor approver{u"E00000"_s, Role::Manager};
    const Actor publisher{u"E00001"_s, Role::Manager};
    for (int v = 0; v < versions; ++v) {
        Section &section = content.sections[v % 7];
        section.clauses[v % section.clauses.size()].body += u" Revised in edition %1."_s.arg(v + 1);
        auto draft = store.createDraft(code->id, content, author);
        if (!draft || !store.submit(draft->id, author, {}) || !store.approve(draft->id, approver)
            || !store.publish(draft->id, publisher, true, u"Edition %1"_s.arg(v + 1)))
            return false;
    }
    return true;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const int staffCount = option(args, u"--staff"_s, 10000);
    const int versions = option(args, u"--versions"_s, 200);
    const qsizetype dbAt = args.indexOf(u"--db"_s);
    const QString path = dbAt >= 0 && dbAt + 1 < args.size()
        ? args.at(dbAt + 1)
        : QDir::temp().filePath(u"tenet-bench-startup-%1-%2.db"_s.arg(staffCount).arg(versions));
    if (!QFile::exists(path) && !buildDatabase(path, staffCount, versions)) {
        std::fprintf(stderr, "could not build the benchmark database\n");
        QFile::remove(path);
        return 1;
    }

    // In process: open the file, build the window, show it and let it paint once.
    // Wall time shows what a user waits; processor time shows the program's own work when
    // other processes compete for the machine.
    QList<double> inProcess;
    QList<double> inProcessCpu;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        auto opened = app::DatabaseOpener::openExisting(path);
        if (!opened)
            return 1;
        app::Session session;
        session.setDatabase(std::move(opened->database));
        QTemporaryDir settingsDir;
        QSettings settings(settingsDir.filePath(u"s.ini"_s), QSettings::IniFormat);
        app::MainWindow window(session, settings);
        window.resize(1280, 800);
        window.show();
        QApplication::processEvents();
        window.grab(); // forces a complete paint of the window
        inProcess << timer.nsecsElapsed() / 1e6;
        inProcessCpu << double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
    }

    // The whole program, as a user starts it: process start to the window rendered.
    QList<double> wholeProgram;
    const QString tenet = QStringLiteral(TENET_BINARY);
    QTemporaryDir shots;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const int status = QProcess::execute(tenet, {u"--screenshot"_s, shots.filePath(u"s.png"_s),
                                                     u"--view"_s, u"editor"_s, u"--db"_s, path});
        if (status != 0)
            return 1;
        wholeProgram << timer.nsecsElapsed() / 1e6;
    }

    std::printf("database: %d staff, %d versions of a 300-clause code (%s, %.1f MiB)\n",
                staffCount, versions, qPrintable(path), QFile(path).size() / 1048576.0);
    std::printf("open + main window shown and painted, in process: median %7.1f ms (goal 500)\n",
                median(inProcess));
    std::printf("  of which this process's processor time:          median %7.1f ms\n",
                median(inProcessCpu));
    std::printf("whole program, start to window rendered:          median %7.1f ms\n",
                median(wholeProgram));
    std::printf("ratio goal/measured (in process):                  %7.2f\n",
                500.0 / median(inProcess));
    return 0;
}

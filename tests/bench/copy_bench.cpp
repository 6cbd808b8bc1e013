// Times `tenetctl copy` (storage::copyOrganisation): builds an organisation through the
// stores (so that it verifies: every signature has its audit entry), then copies it file to
// file and, given empty databases on a PostgreSQL server, file to server and server to file.
// Each copy includes the checks of `verify` that it must pass before it commits.
// Run through scripts/bench-copy; not part of ctest.

#include "domain/codecontent.h"
#include "domain/staffmember.h"
#include "storage/acknowledgementstore.h"
#include "storage/database.h"
#include "storage/integrity.h"
#include "storage/organisationcopy.h"
#include "storage/rosterstore.h"
#include "storage/versionstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace tenet;
using namespace Qt::StringLiterals;

namespace {

template<typename T> T require(domain::Result<T> result, const char *what)
{
    if (!result) {
        std::fprintf(stderr, "bench: %s failed: %s\n", what, qPrintable(result.error().toString()));
        std::exit(1);
    }
    return std::move(result).value();
}

QString employeeNo(int i)
{
    return u"E%1"_s.arg(i, 5, 10, QChar(u'0'));
}

domain::CodeContent content()
{
    domain::CodeContent c = domain::CodeContent::withEmptySections(u"en"_s);
    for (domain::Section &section : c.sections) {
        const QString key = domain::sectionKeyName(section.key);
        section.purpose = u"Why the %1 section matters."_s.arg(key);
        section.owner = employeeNo(0);
        section.reviewIntervalDays = 365;
        for (int i = 0; i < 10; ++i) {
            domain::Clause clause;
            clause.id = u"%1-%2"_s.arg(key).arg(i);
            clause.title = u"Clause %1 of %2"_s.arg(i).arg(key);
            clause.body
                = u"Agents keep the customer informed of every step (%1, %2)."_s.arg(key).arg(i);
            section.clauses.append(clause);
        }
    }
    return c;
}

// Staff E00000 (a manager) and E00001 (a second manager) to E(staff-1), all signing every
// version from paper, entered by E00000.
qint64 build(const QString &path, int staffCount, int versionCount)
{
    auto db = require(storage::Database::open(path, storage::OpenMode::CreateIfMissing), "open");
    // Only the build is hurried; the copies run as Tenet runs.
    QSqlQuery(db->connection()).exec(u"PRAGMA synchronous = OFF"_s);
    const domain::Actor admin {u"os:bench"_s, std::nullopt};
    QList<domain::StaffMember> people;
    for (int i = 0; i < staffCount; ++i) {
        domain::StaffMember m;
        m.employeeNo = employeeNo(i);
        m.fullName = u"Person %1"_s.arg(i);
        m.role = i < 2 ? domain::Role::Manager : domain::Role::Agent;
        m.team = u"Team %1"_s.arg(i % 40);
        people.append(m);
    }
    require(storage::RosterStore(*db).apply(people, false, admin), "roster");
    const domain::Actor manager {employeeNo(0), domain::Role::Manager};
    const domain::Actor approver {employeeNo(1), domain::Role::Manager};
    storage::VersionStore store(*db);
    domain::Code code;
    code.title = u"Code of conduct"_s;
    const qint64 codeId = require(store.createCode(code, manager), "create code").id;
    domain::CodeContent text = content();
    storage::AcknowledgementStore ledger(*db);
    qint64 signatures = 0;
    for (int v = 1; v <= versionCount; ++v) {
        text.sections[v % 7].clauses[v % 10].body += u" Revised in version %1."_s.arg(v);
        const domain::VersionInfo draft
            = require(store.createDraft(codeId, text, manager), "draft");
        require(store.submit(draft.id, manager), "submit");
        require(store.approve(draft.id, approver), "approve");
        require(store.publish(draft.id, approver, true, u"Change %1"_s.arg(v)), "publish");
        for (const domain::StaffMember &person : std::as_const(people)) {
            storage::SignRequest request;
            request.employeeNo = person.employeeNo;
            request.versionId = draft.id;
            request.typedName = person.fullName;
            request.paperRecord = u"Signed on paper"_s;
            require(ledger.sign(request, manager), "sign");
            ++signatures;
        }
    }
    return signatures;
}

void timeCopy(const QString &from, const QString &to, const char *what)
{
    QElapsedTimer timer;
    timer.start();
    const storage::CopyReport report = require(storage::copyOrganisation(from, to), what);
    const double seconds = double(timer.elapsed()) / 1000;
    std::printf("%-16s %8lld rows in %6.2f s (%.0f rows/s, verify included)\n", what, report.rows(),
                seconds, double(report.rows()) / seconds);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Benchmark of tenetctl copy"_s);
    parser.addHelpOption();
    const QCommandLineOption staffOption(u"staff"_s, u"People on the roster (2000)."_s, u"N"_s,
                                         u"2000"_s);
    const QCommandLineOption versionsOption(u"versions"_s, u"Versions, each signed by all (10)."_s,
                                            u"N"_s, u"10"_s);
    const QCommandLineOption serverOption(
        u"server"_s, u"Two empty databases on a PostgreSQL server to copy into, comma-separated."_s,
        u"ADDRESSES"_s);
    parser.addOptions({staffOption, versionsOption, serverOption});
    parser.process(app);

    QTemporaryDir dir;
    const QString original = dir.filePath(u"original.db"_s);
    QElapsedTimer timer;
    timer.start();
    const qint64 signatures = build(original, std::max(10, parser.value(staffOption).toInt()),
                                    std::max(1, parser.value(versionsOption).toInt()));
    std::printf("organisation: %lld signatures, built in %.1f s, file %.1f MiB\n", signatures,
                double(timer.elapsed()) / 1000, double(QFileInfo(original).size()) / (1024 * 1024));
    {
        auto db = require(storage::Database::open(original, storage::OpenMode::ReadOnly), "open");
        timer.restart();
        const storage::IntegrityReport report = require(storage::verifyDatabase(*db), "verify");
        std::printf("verify alone     %.2f s (%s)\n", double(timer.elapsed()) / 1000,
                    report.ok() ? "ok" : "FAILED");
    }
    timeCopy(original, dir.filePath(u"copy.db"_s), "file to file");
    if (parser.isSet(serverOption)) {
        const QStringList servers = parser.value(serverOption).split(u',');
        if (servers.size() != 2) {
            std::fprintf(stderr, "bench: --server takes two addresses\n");
            return 1;
        }
        timeCopy(original, servers.at(0), "file to server");
        timeCopy(servers.at(0), dir.filePath(u"archive.db"_s), "server to file");
        timeCopy(servers.at(0), servers.at(1), "server to server");
    }
    return 0;
}

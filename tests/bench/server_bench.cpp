// Tenet on a PostgreSQL server against an SQLite file: many signers at once, and the
// dashboard of a large organisation. Run through scripts/bench-server, which starts the
// server (and, for the slow-link figures, adds a delay to every round trip); not part of
// ctest. Each command prints what it measured, then one "RESULT key=value ..." line for the
// script's table.
//
//   tenet_bench_server sign --db WHERE [--setup-db WHERE] [--signers 50] [--signatures 10000]
//   tenet_bench_server build --db WHERE [--staff 10000] [--versions 50]
//   tenet_bench_server dashboard --db WHERE [--runs 21]

#include "benchorganisation.h"

#include "domain/dashboard.h"
#include "storage/acknowledgementstore.h"
#include "storage/dashboardstore.h"
#include "storage/versionstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

using namespace tenet;
using namespace tenet::bench;
using namespace Qt::StringLiterals;

namespace {

constexpr quint32 seed = 20260501;

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = std::min(values.size() - 1, size_t(p / 100 * double(values.size())));
    return values[index];
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QString backendOf(const QString &where)
{
    auto spec = storage::ConnectionSpec::parse(where);
    return spec && spec->isServer() ? u"postgresql"_s : u"sqlite"_s;
}

// Opens the benchmark's database, or stops the program.
std::unique_ptr<storage::Database> openDatabase(const QString &where, storage::OpenMode mode)
{
    return require(storage::Database::open(where, mode), "open");
}

// What one signer thread did.
struct SignerOutcome
{
    std::vector<double> latencyMs;
    int signedCount = 0;
    std::map<QString, int> refusals; // by the first words of the message
};

// Signs for every person whose index is LANE modulo LANES, one after another, on a
// connection of its own; starts when `go` is set.
void signer(const QString &where, const QStringList &people, const QStringList &names,
            qint64 versionId, int lane, int lanes, std::mutex &mutex,
            std::condition_variable &start, bool &go, int &ready, SignerOutcome &outcome)
{
    auto db = storage::Database::open(where, storage::OpenMode::ExistingOnly);
    {
        std::unique_lock lock(mutex);
        ++ready;
        start.notify_all();
        start.wait(lock, [&] { return go; });
    }
    if (!db) {
        outcome.refusals[u"cannot connect: "_s + db.error().message]++;
        return;
    }
    storage::AcknowledgementStore ledger(**db);
    const domain::Actor manager = benchManager();
    for (qsizetype i = lane; i < people.size(); i += lanes) {
        storage::SignRequest request;
        request.employeeNo = people[i];
        request.versionId = versionId;
        request.typedName = names[i];
        request.paperRecord = u"Signed on paper"_s;
        QElapsedTimer timer;
        timer.start();
        auto ack = ledger.sign(request, manager);
        outcome.latencyMs.push_back(msSince(timer));
        if (ack)
            ++outcome.signedCount;
        else
            outcome.refusals[ack.error().message.section(u' ', 0, 5)]++;
    }
}

int sign(const QString &where, const QString &setupWhere, int lanes, int signatures)
{
    // Everyone signs once: as many people as signatures (and the fifty who run the code),
    // all in the code's audience.
    auto setupDb = openDatabase(setupWhere, storage::OpenMode::CreateIfMissing);
    QElapsedTimer setup;
    setup.start();
    const BenchOrganisation organisation
        = buildOrganisation(*setupDb, std::max(signatures, 50), 1, false, seed);
    const qint64 versionId = organisation.versions.first().id;
    QStringList people, names;
    for (const domain::StaffMember &member : organisation.people.mid(0, signatures)) {
        people << member.employeeNo;
        names << member.fullName;
    }
    std::printf("signing: %d people on the roster of %s, version 1 published, in %.1f s\n",
                signatures, qPrintable(where), double(setup.elapsed()) / 1000);

    std::mutex mutex;
    std::condition_variable start;
    bool go = false;
    int ready = 0;
    std::vector<SignerOutcome> outcomes(size_t(lanes), SignerOutcome {});
    std::vector<std::thread> threads;
    for (int lane = 0; lane < lanes; ++lane)
        threads.emplace_back(signer, where, std::cref(people), std::cref(names), versionId, lane,
                             lanes, std::ref(mutex), std::ref(start), std::ref(go), std::ref(ready),
                             std::ref(outcomes[size_t(lane)]));
    QElapsedTimer wall;
    {
        std::unique_lock lock(mutex);
        start.wait(lock, [&] { return ready == lanes; });
        go = true;
        wall.start();
    }
    start.notify_all();
    for (std::thread &thread : threads)
        thread.join();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;

    std::vector<double> latency;
    int signedCount = 0;
    std::map<QString, int> refusals;
    for (const SignerOutcome &outcome : outcomes) {
        latency.insert(latency.end(), outcome.latencyMs.begin(), outcome.latencyMs.end());
        signedCount += outcome.signedCount;
        for (const auto &[what, count] : outcome.refusals)
            refusals[what] += count;
    }
    int refused = 0;
    for (const auto &[what, count] : refusals) {
        std::printf("  refused %d times: %s...\n", count, qPrintable(what));
        refused += count;
    }

    // Nothing lost, nothing twice, the chains intact.
    QSqlQuery count(setupDb->connection());
    count.exec(u"SELECT count(*), count(DISTINCT employee_no) FROM acknowledgement"_s);
    count.next();
    const qint64 rows = count.value(0).toLongLong();
    const qint64 distinct = count.value(1).toLongLong();
    const storage::ChainReport chain
        = require(storage::AcknowledgementStore(*setupDb).verify(), "verify");
    const bool intact = chain.ok() && rows == signedCount && distinct == rows;
    std::printf("  %d signed, %d refused in %.2f s by %d signers: %.0f signatures/s; latency "
                "p50 %.1f ms, p99 %.1f ms\n",
                signedCount, refused, seconds, lanes, signedCount / seconds,
                percentile(latency, 50), percentile(latency, 99));
    std::printf("  ledger: %lld rows for %lld people; %s\n", rows, distinct,
                intact ? "nothing lost, no duplicate, chain intact"
                       : qPrintable(chain.ok() ? u"ROWS DO NOT ADD UP"_s : chain.problem));
    std::printf("RESULT sign backend=%s signers=%d signed=%d refused=%d seconds=%.2f rate=%.0f "
                "p50=%.1f p99=%.1f rows=%lld distinct=%lld intact=%s\n",
                qPrintable(backendOf(where)), lanes, signedCount, refused, seconds,
                signedCount / seconds, percentile(latency, 50), percentile(latency, 99), rows,
                distinct, intact ? "yes" : "no");
    return intact ? 0 : 1;
}

int build(const QString &where, int staff, int versions)
{
    auto db = openDatabase(where, storage::OpenMode::CreateIfMissing);
    QElapsedTimer timer;
    timer.start();
    const BenchOrganisation organisation = buildOrganisation(*db, staff, versions, true, seed);
    const double organisationSeconds = double(timer.elapsed()) / 1000;
    timer.restart();
    const qint64 signatures = fillLedger(*db, organisation, seed + 1);
    const double ledgerSeconds = double(timer.elapsed()) / 1000;
    timer.restart();
    const storage::ChainReport chain
        = require(storage::AcknowledgementStore(*db).verify(), "verify");
    const double verifySeconds = double(timer.elapsed()) / 1000;
    std::printf("built on %s: %d staff and %d versions in %.1f s, %lld signatures in %.1f s; "
                "ledger chain %s (checked in %.1f s)\n",
                qPrintable(where), staff, versions, organisationSeconds, signatures, ledgerSeconds,
                chain.ok() ? "intact" : qPrintable(chain.problem), verifySeconds);
    std::printf("RESULT build backend=%s staff=%d versions=%d signatures=%lld seconds=%.1f "
                "verify_seconds=%.1f intact=%s\n",
                qPrintable(backendOf(where)), staff, versions, signatures,
                organisationSeconds + ledgerSeconds, verifySeconds, chain.ok() ? "yes" : "no");
    return chain.ok() ? 0 : 1;
}

int dashboard(const QString &where, int runs)
{
    auto db = openDatabase(where, storage::OpenMode::ReadOnly);
    const qint64 codeId = require(storage::VersionStore(*db).codes(), "codes").first().id;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    storage::DashboardStore dashboards(*db);
    std::vector<double> readMs, rulesMs;
    domain::Dashboard last;
    qsizetype signatures = 0, staff = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const domain::DashboardInput input = require(dashboards.load(codeId), "dashboard");
        readMs.push_back(msSince(timer));
        timer.restart();
        last = domain::computeDashboard(input, today);
        rulesMs.push_back(msSince(timer));
        signatures = input.signatures.size();
        staff = input.staff.size();
    }
    const double read = percentile(readMs, 50), rules = percentile(rulesMs, 50);
    std::printf("dashboard on %s (median of %d): %.1f ms = %.1f ms reading + %.1f ms rules; "
                "%d of %d signed, %d overdue\n",
                qPrintable(where), runs, read + rules, read, rules, last.signedCount, last.required,
                last.overdueCount());
    std::printf("RESULT dashboard backend=%s runs=%d staff=%lld latest=%lld read=%.1f "
                "rules=%.1f total=%.1f signed=%d required=%d overdue=%d\n",
                qPrintable(backendOf(where)), runs, qlonglong(staff), qlonglong(signatures), read,
                rules, read + rules, last.signedCount, last.required, last.overdueCount());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Tenet on a PostgreSQL server against an SQLite file"_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"command"_s, u"sign, build or dashboard"_s);
    const QCommandLineOption dbOption(u"db"_s, u"The database: a file or a server address."_s,
                                      u"WHERE"_s);
    const QCommandLineOption setupOption(
        u"setup-db"_s, u"sign: the same database by a fast path, to set up and check."_s,
        u"WHERE"_s);
    const QCommandLineOption signersOption(u"signers"_s, u"sign: signers at once (50)."_s, u"N"_s,
                                           u"50"_s);
    const QCommandLineOption signaturesOption(
        u"signatures"_s, u"sign: signatures in all (10000)."_s, u"N"_s, u"10000"_s);
    const QCommandLineOption staffOption(u"staff"_s, u"build: people on the roster (10000)."_s,
                                         u"N"_s, u"10000"_s);
    const QCommandLineOption versionsOption(u"versions"_s, u"build: versions published (50)."_s,
                                            u"N"_s, u"50"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"dashboard: timed runs (21)."_s, u"N"_s,
                                        u"21"_s);
    parser.addOptions({dbOption, setupOption, signersOption, signaturesOption, staffOption,
                       versionsOption, runsOption});
    parser.process(app);
    const QStringList arguments = parser.positionalArguments();
    const QString where = parser.value(dbOption);
    if (arguments.size() != 1 || where.isEmpty())
        parser.showHelp(2);
    const QString command = arguments.first();
    if (command == u"sign")
        return sign(where, parser.isSet(setupOption) ? parser.value(setupOption) : where,
                    std::max(1, parser.value(signersOption).toInt()),
                    std::max(1, parser.value(signaturesOption).toInt()));
    if (command == u"build")
        return build(where, std::max(100, parser.value(staffOption).toInt()),
                     std::max(6, parser.value(versionsOption).toInt()));
    if (command == u"dashboard")
        return dashboard(where, std::max(1, parser.value(runsOption).toInt()));
    parser.showHelp(2);
}

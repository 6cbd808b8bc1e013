// Builds a large organisation (10,000 staff, 50 published versions, about 500,000
// acknowledgements) and times what a manager and a signer wait for: computing the
// dashboard (and the desktop dashboard's signing progress chart), importing a 10,000-row
// roster, and signing one acknowledgement.
// Run through scripts/bench-compliance; not part of ctest.

#include "app/dashboard/signedsharehistory.h"
#include "domain/acknowledgementrules.h"
#include "domain/codecontent.h"
#include "domain/dashboard.h"
#include "domain/passwordhash.h"
#include "domain/staffmember.h"
#include "exchange/rostercsv.h"
#include "storage/acknowledgementstore.h"
#include "storage/dashboardstore.h"
#include "storage/database.h"
#include "storage/hashchain.h"
#include "storage/kpistore.h"
#include "storage/readingprogressstore.h"
#include "storage/rosterstore.h"
#include "storage/staffstore.h"
#include "storage/versionstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

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

void require(const domain::Status &status, const char *what)
{
    if (!status) {
        std::fprintf(stderr, "bench: %s failed: %s\n", what, qPrintable(status.error().toString()));
        std::exit(1);
    }
}

void requireSql(QSqlQuery &query, const char *what)
{
    if (!query.exec()) {
        std::fprintf(stderr, "bench: %s failed: %s\n", what, qPrintable(query.lastError().text()));
        std::exit(1);
    }
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Processor time of this process: on a machine busy with other work, wall-clock figures
// measure the queue for the processor as much as the work.
double cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

QString employeeNo(int i)
{
    return u"E%1"_s.arg(i, 5, 10, QChar(u'0'));
}

const QStringList firstNames
    = {u"Lina"_s, u"José"_s,  u"Rūta"_s,  u"Ana"_s,       u"Jonas"_s, u"Marta"_s,      u"Tomás"_s,
       u"Eglė"_s, u"Pablo"_s, u"Sofía"_s, u"Mindaugas"_s, u"Lucía"_s, u"Žygimantas"_s, u"Carmen"_s};
const QStringList lastNames = {u"Kazlauskienė"_s, u"Núñez"_s,        u"Jonaitė"_s, u"Gómez"_s,
                               u"Petraitis"_s,    u"Ruiz"_s,         u"Ortiz"_s,   u"Žemaitytė"_s,
                               u"García"_s,       u"Vasiliauskas"_s, u"López"_s,   u"Martínez"_s};

// A realistic call-centre roster: mostly agents in forty teams on four sites, a supervisor
// per team, a few managers, quality staff and trainers; some left, some just started.
QList<domain::StaffMember> roster(int count, const QDate &today, QRandomGenerator &random)
{
    QList<domain::StaffMember> people;
    people.reserve(count);
    for (int i = 0; i < count; ++i) {
        domain::StaffMember m;
        m.employeeNo = employeeNo(i);
        m.fullName = firstNames[random.bounded(int(firstNames.size()))] + u' '
            + lastNames[random.bounded(int(lastNames.size()))];
        m.email = u"%1@example.com"_s.arg(m.employeeNo.toLower());
        const int team = i % 40;
        m.team = u"Team %1"_s.arg(team + 1, 2, 10, QChar(u'0'));
        m.site = u"Site %1"_s.arg(team % 4 + 1);
        m.language = team % 3 == 0 ? u"es"_s : (team % 3 == 1 ? u"lt"_s : u"en"_s);
        m.role = i < 40 ? domain::Role::Supervisor
            : i < 50    ? domain::Role::Manager
            : i < 70    ? domain::Role::Quality
            : i < 80    ? domain::Role::Trainer
                        : domain::Role::Agent;
        m.active = random.bounded(100) >= 3;
        // One in fifty started within the last two months.
        m.startDate = random.bounded(50) == 0 ? today.addDays(-random.bounded(60))
                                              : today.addDays(-400 - random.bounded(2000));
        people.append(m);
    }
    return people;
}

domain::CodeContent content(int clausesPerSection)
{
    domain::CodeContent c = domain::CodeContent::withEmptySections(u"en"_s);
    for (domain::Section &section : c.sections) {
        const QString key = domain::sectionKeyName(section.key);
        section.purpose = u"Why the %1 section matters."_s.arg(key);
        section.owner = employeeNo(40);
        section.reviewIntervalDays = 90 + 30 * domain::sectionNumber(section.key);
        for (int i = 0; i < clausesPerSection; ++i) {
            domain::Clause clause;
            clause.id = u"%1-%2"_s.arg(key).arg(i);
            clause.title = u"Clause %1 of %2"_s.arg(i).arg(key);
            clause.body = u"Agents answer within the agreed time and keep the customer informed "
                          "of every step (%1, %2)."_s.arg(key)
                              .arg(i);
            section.clauses.append(clause);
        }
    }
    domain::Section *metrics = c.section(domain::SectionKey::Metrics);
    using domain::KpiDirection;
    metrics->kpis = {{u"asa"_s, u"Average speed of answer"_s, u"Seconds to answer"_s, u"s"_s,
                      KpiDirection::AtMost, 20, 30, u"Reinforce the queue"_s},
                     {u"aht"_s, u"Average handling time"_s, u"Seconds per call"_s, u"s"_s,
                      KpiDirection::AtMost, 300, 420, u"Coach the team"_s},
                     {u"csat"_s, u"Customer satisfaction"_s, u"Share of 4 and 5 stars"_s, u"%"_s,
                      KpiDirection::AtLeast, 85, 75, u"Review the worst calls"_s},
                     {u"fcr"_s, u"First contact resolution"_s, u"Resolved at first contact"_s,
                      u"%"_s, KpiDirection::AtLeast, 70, 60, u"Review escalations"_s},
                     {u"abandon"_s, u"Abandonment rate"_s, u"Calls abandoned"_s, u"%"_s,
                      KpiDirection::AtMost, 5, 8, u"Add staff at peaks"_s}};
    return c;
}

// Writes the acknowledgements straight into the ledger, chained exactly as the store
// chains them, in one transaction: a fixture, not a use case.
qint64 fillLedger(storage::Database &db, qint64 codeId, const QList<domain::VersionInfo> &versions,
                  const QList<domain::StaffMember> &people, const QDate &today,
                  QRandomGenerator &random)
{
    const QStringList columns = storage::AcknowledgementStore::contentColumns();
    QStringList marks;
    for (qsizetype i = 0; i < columns.size() + 3; ++i)
        marks << u"?"_s;
    QSqlQuery begin(db.connection());
    begin.prepare(u"BEGIN IMMEDIATE"_s);
    requireSql(begin, "begin");
    QSqlQuery insert(db.connection());
    insert.prepare(u"INSERT INTO %1 (seq, %2, prev_hash, hash) VALUES (%3)"_s.arg(
        storage::AcknowledgementStore::table(), columns.join(u", "_s), marks.join(u", "_s)));

    QByteArray previous = storage::HashChain::firstPreviousHash();
    qint64 seq = 0;
    const int count = int(versions.size());
    for (int v = 0; v < count; ++v) {
        const domain::VersionInfo &version = versions[v];
        // Versions a week apart, the last one a month ago; people sign within three weeks.
        const QDate publishedOn = today.addDays(-30 - 7 * (count - 1 - v));
        const QString meaning
            = domain::acknowledgementMeaning(version.number, u"Code of conduct"_s);
        const int signers = version.material.value_or(true) ? 99 : 98;
        for (const domain::StaffMember &member : people) {
            // Those who have left signed until they left, somewhere in the history.
            const bool gone = !member.active && qHash(member.employeeNo) % count < uint(v);
            if (gone || member.startDate > publishedOn.addDays(20)
                || int(random.bounded(100)) >= signers)
                continue;
            const QDateTime at(
                publishedOn.addDays(random.bounded(21)),
                QTime(8 + random.bounded(10), random.bounded(60), random.bounded(60)), Qt::UTC);
            const QVariantList values = {codeId,
                                         version.id,
                                         version.number,
                                         member.employeeNo,
                                         member.fullName,
                                         member.fullName,
                                         at.toString(Qt::ISODateWithMs),
                                         meaning,
                                         QVariant(QMetaType::fromType<double>())};
            ++seq;
            const QByteArray hash = storage::HashChain::rowHash(previous, seq, columns, values);
            insert.addBindValue(seq);
            for (const QVariant &value : values)
                insert.addBindValue(value);
            insert.addBindValue(previous);
            insert.addBindValue(hash);
            requireSql(insert, "insert acknowledgement");
            previous = hash;
        }
    }
    QSqlQuery commit(db.connection());
    commit.prepare(u"COMMIT"_s);
    requireSql(commit, "commit");
    return seq;
}

QByteArray rosterCsv(const QList<domain::StaffMember> &people)
{
    QByteArray csv = "employee_no,full_name,email,role,team,site,language,start_date,active\n";
    csv.reserve(people.size() * 110);
    for (const domain::StaffMember &m : people) {
        const QStringList fields = {m.employeeNo,
                                    m.fullName,
                                    m.email,
                                    domain::roleName(m.role),
                                    m.team,
                                    m.site,
                                    m.language,
                                    m.startDate.toString(Qt::ISODate),
                                    m.active ? u"true"_s : u"false"_s};
        csv += fields.join(u',').toUtf8() + "\r\n";
    }
    return csv;
}

// The desktop dashboard's chart, signed share per team over the days since publication,
// as DashboardView::reload() gathers and computes it: median of 5 runs, reading + computing.
// Judged half a year after the publication of the version in force (the benchmark publishes
// every version on the day it runs), so that each team's line has its full 120 points.
void timeShareHistory(storage::Database &db, qint64 codeId)
{
    const domain::DashboardInput input
        = require(storage::DashboardStore(db).load(codeId), "dashboard load");
    const int baseline = domain::signatureBaseline(input.publications)->number;
    const QDate today = domain::versionInForce(input.publications)->publishedOn.addDays(180);
    qsizetype points = 0;
    QList<double> readMs, computeMs, readCpu, computeCpu;
    int teams = 0;
    qsizetype signatures = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        double cpu = cpuMs();
        const auto read
            = require(storage::DashboardStore(db).signaturesFrom(codeId, baseline), "signatures");
        readMs.append(msSince(timer));
        readCpu.append(cpuMs() - cpu);
        timer.restart();
        cpu = cpuMs();
        const auto history = app::signedShareHistory(input, read, today);
        computeMs.append(msSince(timer));
        computeCpu.append(cpuMs() - cpu);
        teams = int(history.size());
        points = history.isEmpty() ? 0 : history.first().points.size();
        signatures = read.size();
    }
    std::printf("\nsigned share history chart (median of 5; %d teams of %lld points, %lld "
                "signatures read): %.1f ms = %.1f ms reading + %.1f ms computing\n",
                teams, qlonglong(points), qlonglong(signatures),
                median(readMs) + median(computeMs), median(readMs), median(computeMs));
    std::printf("  processor time: %.1f ms reading + %.1f ms computing\n", median(readCpu),
                median(computeCpu));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Compliance benchmark of the Tenet store"_s);
    parser.addHelpOption();
    const QCommandLineOption staffOption(u"staff"_s, u"People on the roster (10000)."_s, u"N"_s,
                                         u"10000"_s);
    const QCommandLineOption versionsOption(u"versions"_s, u"Versions published (50)."_s, u"N"_s,
                                            u"50"_s);
    const QCommandLineOption fileOption(u"db"_s, u"Keep the database in FILE (must not exist)."_s,
                                        u"FILE"_s);
    const QCommandLineOption syncOption(
        u"synchronous"_s, u"SQLite's synchronous setting: full (as Tenet runs), normal or off."_s,
        u"MODE"_s, u"full"_s);
    const QCommandLineOption reuseOption(
        u"reuse"_s, u"Time only the dashboard, on an organisation built earlier with --db."_s,
        u"FILE"_s);
    parser.addOptions({staffOption, versionsOption, fileOption, syncOption, reuseOption});
    parser.process(app);
    const int staffCount = std::max(100, parser.value(staffOption).toInt());
    const int versionCount = std::max(6, parser.value(versionsOption).toInt());
    const QString sync = parser.value(syncOption).toLower();
    if (sync != u"full" && sync != u"normal" && sync != u"off") {
        std::fprintf(stderr, "bench: --synchronous must be full, normal or off\n");
        return 1;
    }

    if (parser.isSet(reuseOption)) {
        auto db = require(
            storage::Database::open(parser.value(reuseOption), storage::OpenMode::ExistingOnly),
            "open");
        storage::DashboardStore dashboards(*db);
        const qint64 codeId = storage::VersionStore(*db).codes().value().first().id;
        QList<double> loadMs, rulesMs, loadCpu, rulesCpu;
        for (int run = 0; run < 21; ++run) {
            QElapsedTimer timer;
            timer.start();
            double cpu = cpuMs();
            const domain::DashboardInput input = require(dashboards.load(codeId), "load");
            loadMs.append(msSince(timer));
            loadCpu.append(cpuMs() - cpu);
            timer.restart();
            cpu = cpuMs();
            const domain::Dashboard d
                = domain::computeDashboard(input, QDateTime::currentDateTimeUtc().date());
            rulesMs.append(msSince(timer));
            rulesCpu.append(cpuMs() - cpu);
        }
        std::printf("dashboard (median of 21): %.2f ms reading + %.2f ms rules; processor time "
                    "%.2f ms + %.2f ms\n",
                    median(loadMs), median(rulesMs), median(loadCpu), median(rulesCpu));
        timeShareHistory(*db, codeId);
        return 0;
    }

    QTemporaryDir dir;
    const QString path
        = parser.isSet(fileOption) ? parser.value(fileOption) : dir.filePath(u"compliance.db"_s);
    if (QFileInfo::exists(path)) {
        std::fprintf(stderr, "bench: %s already exists\n", qPrintable(path));
        return 1;
    }
    auto db = require(storage::Database::open(path, storage::OpenMode::CreateIfMissing), "open");
    QSqlQuery pragma(db->connection());
    pragma.prepare(u"PRAGMA synchronous = "_s + sync);
    requireSql(pragma, "synchronous");

    QRandomGenerator random(20260501);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const domain::Actor admin {u"os:bench"_s, std::nullopt};
    QElapsedTimer setup;
    setup.start();

    // The organisation.
    QList<domain::StaffMember> people = roster(staffCount, today, random);
    require(storage::RosterStore(*db).apply(people, false, admin), "roster");
    const domain::Actor author {employeeNo(0), domain::Role::Supervisor};
    const domain::Actor manager {employeeNo(40), domain::Role::Manager};
    const domain::Actor approver {employeeNo(41), domain::Role::Manager};
    storage::VersionStore store(*db);
    domain::Code code;
    code.title = u"Code of conduct"_s;
    code.attestationMonths = 12;
    const qint64 codeId = require(store.createCode(code, manager), "create code").id;

    // Fifty versions, each changing one clause; every fifth is material, and the last few
    // are editorial, so that signatures of several versions count.
    domain::CodeContent text = content(10);
    QList<domain::VersionInfo> versions;
    for (int v = 1; v <= versionCount; ++v) {
        domain::VersionInfo draft;
        if (v == 1) {
            draft = require(store.createDraft(codeId, text, author), "first draft");
        } else {
            domain::Section &section = text.sections[v % 7];
            section.clauses[v % 10].body += u" Revised in version %1."_s.arg(v);
            draft = require(store.startDraftFromInForce(codeId, author), "start draft");
            draft = require(store.saveDraft(draft.id, text, draft.revision, author), "save");
        }
        require(store.submit(draft.id, author), "submit");
        require(store.approve(draft.id, approver), "approve");
        const bool material = v == 1 || (v % 5 == 0 && v <= versionCount - 5);
        versions.append(
            require(store.publish(draft.id, manager, material, u"Change %1"_s.arg(v)), "publish"));
    }

    // A year of monthly KPI values for every team and the organisation.
    QList<domain::KpiObservation> observations;
    const QStringList kpis = {u"asa"_s, u"aht"_s, u"csat"_s, u"fcr"_s, u"abandon"_s};
    for (int month = 0; month < 12; ++month) {
        const QDate start = QDate(today.year(), today.month(), 1).addMonths(-12 + month);
        for (int team = 0; team <= 40; ++team) {
            for (const QString &kpi : kpis)
                observations.append(
                    {kpi,
                     team == 0 ? QString() : u"Team %1"_s.arg(team, 2, 10, QChar(u'0')),
                     start,
                     start.addMonths(1).addDays(-1),
                     double(random.bounded(100)),
                     {}});
        }
    }
    require(storage::KpiStore(*db).importObservations(codeId, observations, admin), "kpis");

    const qint64 acknowledgements = fillLedger(*db, codeId, versions, people, today, random);
    require(db->checkpoint(), "checkpoint");
    std::printf("organisation: %d staff, %d versions, %lld acknowledgements, %lld KPI values; "
                "synchronous=%s; built in %.1f s\n",
                staffCount, versionCount, acknowledgements, qlonglong(observations.size()),
                qPrintable(sync), double(setup.elapsed()) / 1000);
    std::printf("database file: %.1f MiB\n", double(QFileInfo(path).size()) / (1024 * 1024));

    // 1. The dashboard: reading its data, applying the rules, and both.
    storage::DashboardStore dashboards(*db);
    QList<double> loadMs, rulesMs, totalMs, loadCpu, rulesCpu;
    domain::Dashboard last;
    for (int run = 0; run < 21; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuMs();
        const domain::DashboardInput input = require(dashboards.load(codeId), "dashboard load");
        const double loaded = msSince(timer);
        const double loadedCpu = cpuMs();
        QElapsedTimer rules;
        rules.start();
        last = domain::computeDashboard(input, today);
        rulesMs.append(msSince(rules));
        rulesCpu.append(cpuMs() - loadedCpu);
        loadMs.append(loaded);
        loadCpu.append(loadedCpu - cpu);
        totalMs.append(msSince(timer));
    }
    std::printf("\ndashboard (median of 21): %.2f ms in all = %.2f ms reading + %.2f ms rules "
                "(goal: under 20 ms)\n",
                median(totalMs), median(loadMs), median(rulesMs));
    std::printf("  processor time: %.2f ms reading + %.2f ms rules\n", median(loadCpu),
                median(rulesCpu));
    std::printf("  it found: %d of %d people signed, %d not signed (%d overdue), %d stale "
                "sections, %d KPI rows off target\n",
                last.signedCount, last.required, int(last.unacknowledged.size()),
                last.overdueCount(), last.staleCount(), last.kpisOffTarget());
    timeShareHistory(*db, codeId);

    // 2. A 10,000-row roster: the same people, a few moved team or left, read from a file.
    QList<double> importMs, parseMs;
    int changed = 0;
    for (int run = 0; run < 5; ++run) {
        for (int i = run; i < people.size(); i += 33) {
            people[i].team = u"Team %1"_s.arg((i + run) % 40 + 1, 2, 10, QChar(u'0'));
            if (i % 7 == 0)
                people[i].active = !people[i].active;
        }
        const QString csvPath = dir.filePath(u"roster-%1.csv"_s.arg(run));
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly) || csv.write(rosterCsv(people)) < 0) {
            std::fprintf(stderr, "bench: cannot write %s\n", qPrintable(csvPath));
            return 1;
        }
        csv.close();
        QElapsedTimer timer;
        timer.start();
        const QList<exchange::RosterEntry> entries
            = require(exchange::readRosterCsv(csvPath), "read roster");
        parseMs.append(msSince(timer));
        QList<domain::StaffMember> members;
        members.reserve(entries.size());
        for (const exchange::RosterEntry &entry : entries)
            members.append(entry.member);
        const domain::RosterPlan plan
            = require(storage::RosterStore(*db).apply(members, true, manager), "import roster");
        importMs.append(msSince(timer));
        changed = int(plan.updated.size() + plan.added.size() + plan.deactivated.size());
    }
    std::printf("\nroster import of %d rows (median of 5, ~%d changed each): %.1f ms = %.1f ms "
                "reading and checking the file + %.1f ms planning and writing (goal: under 1 s)\n",
                staffCount, changed, median(importMs), median(parseMs),
                median(importMs) - median(parseMs));

    // 3. Signing: people who have not signed the version in force yet (after the imports).
    last = domain::computeDashboard(require(dashboards.load(codeId), "dashboard load"), today);
    QStringList unsigned_;
    for (const domain::StaffDue &due : last.unacknowledged) {
        if (due.member.active)
            unsigned_.append(due.member.employeeNo);
    }
    storage::AcknowledgementStore ledger(*db);
    storage::StaffStore staff(*db);
    const qint64 inForceId = versions.last().id;
    QList<double> signMs, signCpu;
    const int withoutPin = std::min<int>(60, int(unsigned_.size()) - 5);
    for (int i = 0; i < withoutPin; ++i) {
        storage::SignRequest request;
        request.employeeNo = unsigned_[i];
        request.versionId = inForceId;
        request.typedName = require(staff.find(unsigned_[i]), "find").fullName;
        // Without a PIN a signature is one a manager enters from paper.
        request.paperRecord = u"Signed on paper"_s;
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuMs();
        require(ledger.sign(request, manager), "sign");
        signMs.append(msSince(timer));
        signCpu.append(cpuMs() - cpu);
    }
    QList<double> pinSignMs, pinCheckMs;
    for (int i = withoutPin; i < withoutPin + 5 && i < unsigned_.size(); ++i) {
        require(staff.setSecret(unsigned_[i], u"4321"_s, manager), "set pin");
        // Signing with a PIN asks for every section opened, as the reading view records.
        for (const domain::Section &section :
             require(storage::VersionStore(*db).load(inForceId), "load").content.sections)
            require(storage::ReadingProgressStore(*db).markOpened(inForceId, unsigned_[i],
                                                                  section.key),
                    "open section");
        const QString hash = domain::hashSecret(u"4321"_s, domain::secretHashIterations);
        QElapsedTimer check;
        check.start();
        if (!domain::verifySecret(u"4321"_s, hash))
            return 1;
        pinCheckMs.append(msSince(check));
        storage::SignRequest request;
        request.employeeNo = unsigned_[i];
        request.versionId = inForceId;
        request.typedName = require(staff.find(unsigned_[i]), "find").fullName;
        request.pin = u"4321"_s;
        QElapsedTimer timer;
        timer.start();
        require(ledger.sign(request, admin), "sign with PIN");
        pinSignMs.append(msSince(timer));
    }
    std::printf("\nsigning one acknowledgement (median of %d, ledger of %lld rows): %.2f ms "
                "(goal: under 5 ms)\n",
                int(signMs.size()), acknowledgements, median(signMs));
    std::printf("  processor time %.2f ms; the rest is waiting, mostly for the disk to confirm "
                "the commit (synchronous=%s)\n",
                median(signCpu), qPrintable(sync));
    std::printf("  with a PIN (median of %d): %.1f ms, of which the PBKDF2 check (120,000 "
                "iterations) alone takes %.1f ms\n",
                int(pinSignMs.size()), median(pinSignMs), median(pinCheckMs));

    QElapsedTimer verify;
    verify.start();
    const storage::ChainReport chain = require(ledger.verify(), "verify");
    std::printf("\nverifying the ledger's chain (%lld rows): %.0f ms, %s\n", chain.rows,
                msSince(verify), chain.ok() ? "intact" : qPrintable(chain.problem));
    return 0;
}

#include "ctlrunner.h"

#include "support/rawconnection.h"

#include <QEventLoop>
#include <QSqlQuery>

#include <functional>
#include <map>
#include <vector>

using namespace tenet::test;

// Several tenetctl processes on one database at the same time, as kiosks, a cron job and a
// manager's script would be: SQLite's locks, or the server's, decide who writes when, and
// nothing is lost.

namespace {

// Adds COUNT agents (A101, A102, ...) of a team in the fixture code's audience to the
// roster of publishedSpanishCode()'s database; returns their employee numbers and names.
std::map<QString, QString> addAgents(const TempDir &dir, const QString &db, int count)
{
    std::map<QString, QString> people;
    QByteArray roster = "employee_no,full_name,email,role,team,site,language,start_date,active\n";
    for (int i = 1; i <= count; ++i) {
        const QString number = u"A%1"_s.arg(100 + i);
        const QString name = u"Agente %1"_s.arg(i);
        people[number] = name;
        roster += u"%1,%2,,agent,Atención telefónica,,es,2024-01-08,true\n"_s.arg(number, name)
                      .toUtf8();
    }
    const QString file = dir.file(u"agents.csv"_s);
    writeFile(file, roster);
    runOk(db, {u"staff"_s, u"import"_s, u"--as"_s, u"M001"_s, file});
    return people;
}

// A manager enters a signature made on paper: no PIN to hash, so many run at once cheaply.
QStringList signOnPaper(const QString &number, const QString &name)
{
    return {u"ack"_s,
            u"--staff"_s,
            number,
            u"--version"_s,
            u"current"_s,
            u"--name"_s,
            name,
            u"--as"_s,
            u"M001"_s,
            u"--paper-record"_s,
            u"Signed the printed copy"_s,
            u"--json"_s};
}

QJsonArray ledger(const QString &db)
{
    const CtlResult r = tenetctl(db, {u"ack"_s, u"list"_s, u"--json"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    return r.json()[u"acknowledgements"_s].toArray();
}

void requireVerifies(const QString &db)
{
    const CtlResult r = tenetctl(db, {u"verify"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
}

// The audit log's actions and details in order: the order in which the writes committed.
std::vector<std::pair<QString, QJsonObject>> auditTrail(const QString &where)
{
    std::vector<std::pair<QString, QJsonObject>> trail;
    const RawConnection raw(where);
    QSqlQuery query(raw.db());
    REQUIRE(query.exec(u"SELECT action, detail FROM audit_log ORDER BY seq"_s));
    while (query.next())
        trail.emplace_back(query.value(0).toString(),
                           QJsonDocument::fromJson(query.value(1).toByteArray()).object());
    return trail;
}

} // namespace

TEST_CASE("several processes signing different people at once all sign, in one unbroken ledger",
          "[cli][concurrency]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = publishedSpanishCode(database);
    const std::map<QString, QString> people = addAgents(dir, db, 12);

    std::vector<std::unique_ptr<QProcess>> running;
    for (const auto &[number, name] : people)
        running.push_back(startTenetctl(db, signOnPaper(number, name)));
    QStringList signedBy;
    for (const auto &process : running) {
        const CtlResult r = finish(*process);
        INFO(r);
        CHECK(r.exitCode == 0);
        signedBy << r.json()[u"employee_no"_s].toString();
    }

    const QJsonArray rows = ledger(db);
    REQUIRE(rows.size() == int(people.size()));
    QStringList inLedger;
    for (int i = 0; i < rows.size(); ++i) {
        CHECK(rows[i][u"seq"_s].toInt() == i + 1);
        CHECK(rows[i][u"version"_s].toInt() == 1);
        inLedger << rows[i][u"employee_no"_s].toString();
    }
    signedBy.sort();
    inLedger.sort();
    CHECK(inLedger == signedBy);
    requireVerifies(db);
}

TEST_CASE("one person signing from two processes at once signs once, and the other is refused",
          "[cli][concurrency]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = publishedSpanishCode(database);
    const std::map<QString, QString> people = addAgents(dir, db, 4);

    // Two processes for each person, all started together.
    std::vector<std::pair<QString, std::unique_ptr<QProcess>>> running;
    for (int round = 0; round < 2; ++round) {
        for (const auto &[number, name] : people)
            running.emplace_back(number, startTenetctl(db, signOnPaper(number, name)));
    }
    std::map<QString, int> signatures, refusals;
    for (const auto &[number, process] : running) {
        const CtlResult r = finish(*process);
        INFO(number.toStdString() << ": " << r);
        if (r.exitCode == 0) {
            ++signatures[number];
        } else {
            CHECK(r.exitCode == 3);
            CHECK(r.err.contains(u"%1 already signed version 1"_s.arg(number)));
            CHECK(r.err.count(u'\n') == 1);
            ++refusals[number];
        }
    }
    for (const auto &[number, name] : people) {
        INFO(number.toStdString());
        CHECK(signatures[number] == 1);
        CHECK(refusals[number] == 1);
    }
    CHECK(ledger(db).size() == int(people.size()));
    requireVerifies(db);
}

TEST_CASE("a publication racing signers loses no signature, each of the version in force as it "
          "was written",
          "[cli][concurrency]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = publishedSpanishCode(database);
    const std::map<QString, QString> people = addAgents(dir, db, 30);
    runOk(db, {u"start-draft"_s, u"--as"_s, u"S001"_s});
    runOk(db, {u"submit"_s, u"--as"_s, u"S001"_s});
    runOk(db, {u"approve"_s, u"--as"_s, u"M001"_s});

    // Three signers at a time keep signing while version 2 is published (it renders its
    // handbook before it writes), and each signs once more after the publication ended.
    constexpr int lanes = 3;
    QEventLoop loop;
    std::vector<std::unique_ptr<QProcess>> processes;
    std::vector<std::pair<QString, CtlResult>> results;
    auto next = people.cbegin();
    bool published = false;
    int afterPublication[lanes] = {};
    int active = 0;
    std::function<void(int)> startSigner = [&](int lane) {
        if (next == people.cend() || (published && afterPublication[lane] > 0))
            return;
        if (published)
            ++afterPublication[lane];
        const QString number = next->first;
        processes.push_back(startTenetctl(db, signOnPaper(number, next->second)));
        ++next;
        ++active;
        QProcess *process = processes.back().get();
        QObject::connect(process, &QProcess::finished, &loop, [&, process, number, lane] {
            results.emplace_back(number, finish(*process));
            --active;
            startSigner(lane);
            if (active == 0 && published)
                loop.quit();
        });
    };
    const std::unique_ptr<QProcess> publish = startTenetctl(
        db, {u"publish"_s, u"--as"_s, u"M002"_s, u"--material"_s, u"--summary"_s, u"v2"_s});
    QObject::connect(publish.get(), &QProcess::finished, &loop, [&] {
        published = true;
        for (int lane = 0; lane < lanes; ++lane)
            startSigner(lane);
        if (active == 0)
            loop.quit();
    });
    for (int lane = 0; lane < lanes; ++lane)
        startSigner(lane);
    loop.exec();
    const CtlResult publication = finish(*publish);
    INFO(publication);
    REQUIRE(publication.exitCode == 0);

    // Every signer either signed, or was told the version it asked for was no longer in force.
    std::map<QString, int> signedVersion;
    QStringList refused;
    for (const auto &[number, r] : results) {
        INFO(number.toStdString() << ": " << r);
        if (r.exitCode == 0) {
            signedVersion[number] = r.json()[u"version"_s].toInt();
        } else {
            CHECK(r.exitCode == 3);
            CHECK(r.err.contains(u"version 1 of"_s));
            CHECK(r.err.contains(u"not in force; sign version 2"_s));
            refused << number;
        }
    }
    for (const QString &number : refused) {
        const CtlResult again = tenetctl(db, signOnPaper(number, people.at(number)));
        INFO(again);
        CHECK(again.exitCode == 0);
        signedVersion[number] = again.json()[u"version"_s].toInt();
    }

    // Nothing that was signed is missing, and nothing else is there.
    const QJsonArray rows = ledger(db);
    CHECK(rows.size() == int(signedVersion.size()));
    for (const QJsonValue &row : rows) {
        const QString number = row[u"employee_no"_s].toString();
        INFO(number.toStdString());
        REQUIRE(signedVersion.count(number) == 1);
        CHECK(row[u"version"_s].toInt() == signedVersion[number]);
    }

    // In the order the writes committed, every signature is of the version then in force.
    int inForce = 0;
    int signatures = 0;
    for (const auto &[action, detail] : auditTrail(db)) {
        if (action == u"version.publish")
            inForce = detail[u"number"_s].toInt();
        if (action == u"acknowledgement.sign") {
            INFO("signature " << detail[u"seq"_s].toInt());
            CHECK(detail[u"version"_s].toInt() == inForce);
            ++signatures;
        }
    }
    CHECK(signatures == rows.size());
    CHECK(inForce == 2);
    requireVerifies(db);
}

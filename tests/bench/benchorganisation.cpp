#include "benchorganisation.h"

#include "domain/acknowledgementrules.h"
#include "domain/codecontent.h"
#include "storage/acknowledgementstore.h"
#include "storage/hashchain.h"
#include "storage/kpistore.h"
#include "storage/rosterstore.h"
#include "storage/scopedtransaction.h"
#include "storage/timestamps.h"
#include "storage/versionstore.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tenet::bench {

namespace {

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

QList<domain::StaffMember> roster(int count, bool mixed, const QDate &today,
                                  QRandomGenerator &random)
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
                        : domain::Role::Agent;
        m.active = !mixed || i < 50 || random.bounded(100) >= 3;
        m.startDate = mixed && random.bounded(50) == 0 ? today.addDays(-random.bounded(60))
                                                       : today.addDays(-400 - random.bounded(2000));
        people.append(m);
    }
    return people;
}

domain::CodeContent content()
{
    domain::CodeContent c = domain::CodeContent::withEmptySections(u"en"_s);
    for (domain::Section &section : c.sections) {
        const QString key = domain::sectionKeyName(section.key);
        section.purpose = u"Why the %1 section matters."_s.arg(key);
        section.owner = employeeNo(40);
        section.reviewIntervalDays = 90 + 30 * domain::sectionNumber(section.key);
        for (int i = 0; i < 10; ++i) {
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
                     {u"csat"_s, u"Customer satisfaction"_s, u"Share of 4 and 5 stars"_s, u"%"_s,
                      KpiDirection::AtLeast, 85, 75, u"Review the worst calls"_s}};
    return c;
}

// A year of monthly values of each KPI for every team and the organisation.
QList<domain::KpiObservation> observations(const QDate &today, QRandomGenerator &random)
{
    QList<domain::KpiObservation> list;
    for (int month = 0; month < 12; ++month) {
        const QDate start = QDate(today.year(), today.month(), 1).addMonths(-12 + month);
        for (int team = 0; team <= 40; ++team) {
            for (const QString &kpi : {u"asa"_s, u"csat"_s})
                list.append({kpi,
                             team == 0 ? QString() : u"Team %1"_s.arg(team, 2, 10, QChar(u'0')),
                             start,
                             start.addMonths(1).addDays(-1),
                             double(random.bounded(100)),
                             {}});
        }
    }
    return list;
}

void requireSql(QSqlQuery &query, const char *what)
{
    if (!query.exec()) {
        std::fprintf(stderr, "bench: %s failed: %s\n", what, qPrintable(query.lastError().text()));
        std::exit(1);
    }
}

} // namespace

domain::Actor benchManager()
{
    return {employeeNo(40), domain::Role::Manager};
}

BenchOrganisation buildOrganisation(storage::Database &db, int count, int versions, bool mixed,
                                    quint32 seed)
{
    QRandomGenerator random(seed);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const domain::Actor admin {u"os:bench"_s, std::nullopt};
    BenchOrganisation organisation;
    organisation.people = roster(count, mixed, today, random);
    require(storage::RosterStore(db).apply(organisation.people, false, admin), "roster");

    const domain::Actor author {employeeNo(0), domain::Role::Supervisor};
    const domain::Actor approver {employeeNo(41), domain::Role::Manager};
    storage::VersionStore store(db);
    domain::Code code;
    code.title = u"Code of conduct"_s;
    code.attestationMonths = 12;
    organisation.codeId = require(store.createCode(code, benchManager()), "create code").id;
    domain::CodeContent text = content();
    for (int v = 1; v <= versions; ++v) {
        domain::VersionInfo draft;
        if (v == 1) {
            draft = require(store.createDraft(organisation.codeId, text, author), "first draft");
        } else {
            domain::Section &section = text.sections[v % 7];
            section.clauses[v % 10].body += u" Revised in version %1."_s.arg(v);
            draft = require(store.startDraftFromInForce(organisation.codeId, author), "draft");
            draft = require(store.saveDraft(draft.id, text, draft.revision, author), "save");
        }
        require(store.submit(draft.id, author), "submit");
        require(store.approve(draft.id, approver), "approve");
        // Every fifth is material and the last few editorial, so that signatures of
        // several versions count.
        const bool material = v == 1 || (v % 5 == 0 && v <= versions - 5);
        organisation.versions.append(require(
            store.publish(draft.id, benchManager(), material, u"Change %1"_s.arg(v)), "publish"));
    }
    if (mixed)
        require(storage::KpiStore(db).importObservations(organisation.codeId,
                                                         observations(today, random), admin),
                "kpis");
    return organisation;
}

qint64 fillLedger(storage::Database &db, const BenchOrganisation &organisation, quint32 seed)
{
    QRandomGenerator random(seed);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QStringList columns = storage::AcknowledgementStore::contentColumns();
    // Many rows a statement, the same prepared statement each time: one round trip per
    // batch, whatever the backend.
    constexpr int batch = 400;
    const auto insertOf = [&](int rows) {
        QStringList marks;
        for (qsizetype i = 0; i < columns.size() + 3; ++i)
            marks << u"?"_s;
        const QString row = u"(%1)"_s.arg(marks.join(u", "_s));
        QStringList all;
        for (int i = 0; i < rows; ++i)
            all << row;
        auto query = std::make_unique<QSqlQuery>(db.connection());
        if (!query->prepare(u"INSERT INTO %1 (seq, %2, prev_hash, hash) VALUES %3"_s.arg(
                storage::AcknowledgementStore::table(), columns.join(u", "_s),
                all.join(u", "_s)))) {
            std::fprintf(stderr, "bench: prepare failed: %s\n",
                         qPrintable(query->lastError().text()));
            std::exit(1);
        }
        return query;
    };
    const std::unique_ptr<QSqlQuery> full = insertOf(batch);
    QVariantList pending;
    int pendingRows = 0;

    storage::ScopedTransaction transaction(db.connection());
    require(transaction.status(), "begin");
    QByteArray previous = storage::HashChain::firstPreviousHash();
    qint64 seq = 0;
    const int count = int(organisation.versions.size());
    for (int v = 0; v < count; ++v) {
        const domain::VersionInfo &version = organisation.versions[v];
        // Versions a week apart, the last a month ago; people sign within three weeks.
        const QDate publishedOn = today.addDays(-30 - 7 * (count - 1 - v));
        const QString meaning
            = domain::acknowledgementMeaning(version.number, u"Code of conduct"_s);
        const int signers = version.material.value_or(true) ? 99 : 98;
        for (const domain::StaffMember &member : organisation.people) {
            // Those who have left signed until they left, somewhere in the history.
            const bool gone = !member.active && qHash(member.employeeNo) % count < uint(v);
            if (gone || member.startDate > publishedOn.addDays(20)
                || int(random.bounded(100)) >= signers)
                continue;
            const QDateTime at(
                publishedOn.addDays(random.bounded(21)),
                QTime(8 + random.bounded(10), random.bounded(60), random.bounded(60)), Qt::UTC);
            const QVariantList values = {
                organisation.codeId,     version.id,      version.number,
                member.employeeNo,       member.fullName, member.fullName,
                storage::storedTime(at), meaning,         QVariant(QMetaType::fromType<double>())};
            ++seq;
            const QByteArray hash = storage::HashChain::rowHash(previous, seq, columns, values);
            pending << seq << values << previous << hash;
            previous = hash;
            if (++pendingRows == batch) {
                for (const QVariant &value : std::as_const(pending))
                    full->addBindValue(value);
                requireSql(*full, "insert acknowledgements");
                pending.clear();
                pendingRows = 0;
            }
        }
    }
    if (pendingRows > 0) {
        const std::unique_ptr<QSqlQuery> rest = insertOf(pendingRows);
        for (const QVariant &value : std::as_const(pending))
            rest->addBindValue(value);
        requireSql(*rest, "insert acknowledgements");
    }
    require(transaction.commit(), "commit");
    return seq;
}

} // namespace tenet::bench

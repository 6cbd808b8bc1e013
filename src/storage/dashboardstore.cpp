#include "dashboardstore.h"

#include "codestore.h"
#include "contentstore.h"
#include "database.h"
#include "domain/organisationdate.h"
#include "kpistore.h"
#include "scopedtransaction.h"
#include "sectionreviewstore.h"
#include "bulkreader.h"
#include "dialect.h"
#include "sqlquery.h"
#include "timestamps.h"

#include <array>
#include <string_view>

using namespace Qt::StringLiterals;

namespace tenet::storage {

using domain::DashboardInput;
using domain::Result;
using domain::Status;

namespace {

Status loadPublications(const QSqlDatabase &db, qint64 codeId, DashboardInput &input,
                        qint64 &inForceId)
{
    SqlQuery q(db,
               u"SELECT id, number, published_at, material, state FROM version "
               "WHERE code_id = :code AND state IN ('published', 'superseded') "
               "ORDER BY number"_s);
    q.bind(u":code"_s, codeId);
    if (Status status = q.exec(); !status)
        return status;
    while (q.next()) {
        input.publications.append({int(q.integer(1)),
                                   domain::organisationDate(timeFromStored(q.text(2))),
                                   q.isNull(3) || q.integer(3) != 0});
        if (q.text(4) == u"published"_s)
            inForceId = q.integer(0);
    }
    return {};
}

Status loadSections(const QSqlDatabase &db, qint64 versionId, DashboardInput &input)
{
    SqlQuery q(db,
               u"SELECT s.section_blob_id FROM version_section s JOIN version v "
               "ON v.id = s.version_id AND v.language = s.language WHERE s.version_id = :id"_s);
    q.bind(u":id"_s, versionId);
    if (Status status = q.exec(); !status)
        return status;
    const ContentStore content(db);
    while (q.next()) {
        auto section = content.loadSection(q.integer(0));
        if (!section)
            return section.error();
        section->clauses.clear(); // the rules do not read them
        input.sections.append(std::move(section).value());
    }
    return {};
}

// Digits of ASCII text as a number; -1 when any is not a digit.
int digitsAt(QByteArrayView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char c = text.at(i);
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

// A stored time ("2026-05-01T09:00:00.000Z") read field by field: QDateTime::fromString
// costs more than the rest of the dashboard together when it runs for every person.
QDateTime storedTimeFast(QByteArrayView text)
{
    if (text.size() == 24 && text.at(4) == '-' && text.at(7) == '-' && text.at(10) == 'T'
        && text.at(13) == ':' && text.at(16) == ':' && text.at(19) == '.' && text.at(23) == 'Z') {
        const QDate date(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
        const QTime time(digitsAt(text, 11, 2), digitsAt(text, 14, 2), digitsAt(text, 17, 2),
                         digitsAt(text, 20, 3));
        // From milliseconds since the epoch: QDateTime(date, time, Qt::UTC) works out the
        // same number at several times the cost.
        constexpr qint64 epochJulianDay = 2440588;
        constexpr qint64 msPerDay = 86400000;
        if (date.isValid() && time.isValid())
            return QDateTime::fromMSecsSinceEpoch((date.toJulianDay() - epochJulianDay) * msPerDay
                                                      + time.msecsSinceStartOfDay(),
                                                  Qt::UTC);
    }
    return timeFromStored(QString::fromUtf8(text));
}

// A stored date ("2026-05-01") read field by field, for the same reason.
QDate storedDateFast(QByteArrayView text)
{
    if (text.size() == 10 && text.at(4) == '-' && text.at(7) == '-') {
        const int year = digitsAt(text, 0, 4);
        const int month = digitsAt(text, 5, 2);
        const int day = digitsAt(text, 8, 2);
        if (year >= 0 && month >= 0 && day >= 0)
            return QDate(year, month, day);
    }
    return QDate::fromString(QString::fromUtf8(text), Qt::ISODate);
}

// The few texts that most people share (team, site, language, role), each made into a
// QString once and then shared: ten thousand copies of "Team 07" would each cost an
// allocation. A direct-mapped cache keyed by the text's length and last bytes, because
// hashing every value cost more than it saved; a collision only costs an allocation.
class SharedTexts
{
public:
    QString operator()(QByteArrayView utf8)
    {
        const qsizetype n = utf8.size();
        const auto last = [&](qsizetype i) {
            return n > i ? uchar(utf8.at(n - 1 - i)) : 0u;
        };
        Slot &slot
            = m_slots[(std::size_t(n) * 31 + last(0) * 7 + last(1) * 3 + last(2)) % m_slots.size()];
        if (slot.bytes != utf8) {
            slot.bytes = utf8.toByteArray();
            slot.text = QString::fromUtf8(utf8);
        }
        return slot.text;
    }

private:
    struct Slot
    {
        QByteArray bytes;
        QString text;
    };
    std::array<Slot, 256> m_slots;
};

// The order of texts both engines sort in (SQLite's BINARY; PostgreSQL's COLLATE "C", which
// the schema gives every text): the bytes compared as by memcmp.
int compareBytes(QByteArrayView a, QByteArrayView b)
{
    return std::string_view(a.data(), std::size_t(a.size()))
        .compare(std::string_view(b.data(), std::size_t(b.size())));
}

// The roster, each person with their latest signature of the code (kept apart from the
// ledger by a trigger, so that this reads one small row per person). Read through the
// dialect's bulk reader (SQLite's own interface there): through QtSql, a QVariant per value
// made this four fifths of the dashboard's time on a 10,000-person roster. The two tables are read side by side in
// employee-number order and merged here, which costs SQLite a third less than a join that
// looks each person up.
Status loadStaffAndSignatures(const QSqlDatabase &db, qint64 codeId, DashboardInput &input)
{
    const Dialect &dialect = Dialect::of(db);
    // Sized up front: growing a list of ten thousand people moves every one of them.
    {
        const auto count = dialect.reader(db, u"SELECT count(*) FROM staff"_s);
        if (count->next()) {
            input.staff.reserve(count->integer(0));
            input.signatures.reserve(count->integer(0));
        }
    }
    const auto staffRows = dialect.reader(db,
                                          u"SELECT employee_no, full_name, email, role, team, "
                                          "site, language, active, start_date FROM staff "
                                          "ORDER BY employee_no"_s);
    BulkReader &staff = *staffRows;
    const auto latestRows = dialect.reader(db,
                                           u"SELECT employee_no, version_number, signed_at "
                                           "FROM acknowledgement_latest WHERE code_id = ? "
                                           "ORDER BY employee_no"_s);
    BulkReader &latest = *latestRows;
    latest.bind(1, codeId);
    bool signature = latest.next();
    SharedTexts shared;
    while (staff.next()) {
        const QByteArrayView employeeNo = staff.utf8(0);
        while (signature && compareBytes(latest.utf8(0), employeeNo) < 0)
            signature = latest.next();
        const auto role = domain::roleFromName(shared(staff.utf8(3)));
        if (!role)
            continue; // the schema allows no other role
        domain::StaffMember member;
        member.employeeNo = QString::fromUtf8(employeeNo);
        member.fullName = staff.text(1);
        member.email = staff.text(2);
        member.role = *role;
        member.team = shared(staff.utf8(4));
        member.site = shared(staff.utf8(5));
        member.language = shared(staff.utf8(6));
        member.active = staff.integer(7) != 0;
        if (!staff.isNull(8))
            member.startDate = storedDateFast(staff.utf8(8));
        if (signature && compareBytes(latest.utf8(0), employeeNo) == 0)
            input.signatures.append(
                {member.employeeNo, int(latest.integer(1)), storedTimeFast(latest.utf8(2))});
        input.staff.append(std::move(member));
    }
    if (!latest.status())
        return latest.status();
    return staff.status();
}

} // namespace

DashboardStore::DashboardStore(Database &db) : m_db(db) { }

Result<DashboardInput> DashboardStore::load(qint64 codeId) const
{
    const QSqlDatabase db = m_db.connection();
    ScopedTransaction snapshot(db, ScopedTransaction::Mode::Read);
    if (!snapshot.status())
        return snapshot.status().error();
    DashboardInput input;
    auto code = CodeStore(m_db).code(codeId);
    if (!code)
        return code.error();
    input.code = *code;
    qint64 inForceId = 0;
    if (Status status = loadPublications(db, codeId, input, inForceId); !status)
        return status.error();
    if (inForceId) {
        if (Status status = loadSections(db, inForceId, input); !status)
            return status.error();
    }
    auto reviews = SectionReviewStore(m_db).latestPerSection(codeId);
    if (!reviews)
        return reviews.error();
    input.reviews = std::move(reviews).value();
    if (Status status = loadStaffAndSignatures(db, codeId, input); !status)
        return status.error();
    auto observations = KpiStore(m_db).latest(codeId);
    if (!observations)
        return observations.error();
    input.observations = std::move(observations).value();
    return input;
}

Result<QList<domain::Signature>> DashboardStore::signaturesFrom(qint64 codeId, int fromNumber) const
{
    // By version, through the ledger's index on version_id: the baseline and the versions
    // after it hold a small part of a long ledger. Each version's come in employee-number
    // order, which signedShareHistory() makes use of.
    const QSqlDatabase db = m_db.connection();
    const auto reader = Dialect::of(db).reader(
        db, u"SELECT employee_no, version_number, signed_at FROM acknowledgement "
            "WHERE version_id IN (SELECT id FROM version WHERE code_id = ? AND number >= ?)"_s);
    BulkReader &q = *reader;
    q.bind(1, codeId).bind(2, fromNumber);
    QList<domain::Signature> signatures;
    while (q.next())
        signatures.append({q.text(0), int(q.integer(1)), storedTimeFast(q.utf8(2))});
    if (!q.status())
        return q.status().error();
    return signatures;
}

Result<domain::Dashboard> DashboardStore::compute(qint64 codeId, const QDate &today) const
{
    auto input = load(codeId);
    if (!input)
        return input.error();
    return domain::computeDashboard(*input, today);
}

} // namespace tenet::storage

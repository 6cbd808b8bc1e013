#include "dashboardstore.h"

#include "contentstore.h"
#include "database.h"
#include "kpistore.h"
#include "scopedtransaction.h"
#include "sectionreviewstore.h"
#include "sqlquery.h"
#include "timestamps.h"
#include "versionstore.h"

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
        input.publications.append({int(q.integer(1)), timeFromStored(q.text(2)).date(),
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

// A stored time ("2026-05-01T09:00:00.000Z") read field by field: QDateTime::fromString
// costs more than the rest of the dashboard together when it runs for every person.
QDateTime storedTimeFast(const QString &text)
{
    const auto digits = [&](qsizetype from, qsizetype count) {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T'
        && text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'.'
        && text.at(23) == u'Z') {
        const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
        const QTime time(digits(11, 2), digits(14, 2), digits(17, 2), digits(20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return timeFromStored(text);
}

// A stored date ("2026-05-01") read field by field, for the same reason; invalid when empty.
QDate storedDateFast(const QString &text)
{
    if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-') {
        int parts[3] = {0, 0, 0};
        const qsizetype starts[3] = {0, 5, 8};
        const qsizetype lengths[3] = {4, 2, 2};
        bool digits = true;
        for (int p = 0; p < 3 && digits; ++p) {
            for (qsizetype i = starts[p]; i < starts[p] + lengths[p]; ++i) {
                const char16_t c = text.at(i).unicode();
                digits = digits && c >= u'0' && c <= u'9';
                parts[p] = parts[p] * 10 + (c - u'0');
            }
        }
        if (digits)
            return QDate(parts[0], parts[1], parts[2]);
    }
    return QDate::fromString(text, Qt::ISODate);
}

// The roster, each person with their latest signature of the code (kept apart from the
// ledger by a trigger, so that this reads one small row per person).
Status loadStaffAndSignatures(const QSqlDatabase &db, qint64 codeId, DashboardInput &input)
{
    SqlQuery q(db,
               u"SELECT s.employee_no, s.full_name, s.email, s.role, s.team, s.site, "
               "s.language, s.active, s.start_date, a.version_number, a.signed_at "
               "FROM staff s LEFT JOIN acknowledgement_latest a ON a.code_id = :code "
               "AND a.employee_no = s.employee_no ORDER BY s.employee_no"_s);
    q.bind(u":code"_s, codeId);
    if (Status status = q.exec(); !status)
        return status;
    while (q.next()) {
        domain::StaffMember member;
        member.employeeNo = q.text(0);
        member.fullName = q.text(1);
        member.email = q.text(2);
        const auto role = domain::roleFromName(q.text(3));
        if (!role)
            continue; // the schema allows no other role
        member.role = *role;
        member.team = q.text(4);
        member.site = q.text(5);
        member.language = q.text(6);
        member.active = q.integer(7) != 0;
        if (!q.isNull(8))
            member.startDate = storedDateFast(q.text(8));
        if (!q.isNull(9))
            input.signatures.append(
                {member.employeeNo, int(q.integer(9)), storedTimeFast(q.text(10))});
        input.staff.append(std::move(member));
    }
    return {};
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
    auto code = VersionStore(m_db).code(codeId);
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
    input.reviews = SectionReviewStore(m_db).latestPerSection(codeId);
    if (Status status = loadStaffAndSignatures(db, codeId, input); !status)
        return status.error();
    input.observations = KpiStore(m_db).latest(codeId);
    return input;
}

Result<domain::Dashboard> DashboardStore::compute(qint64 codeId, const QDate &today) const
{
    auto input = load(codeId);
    if (!input)
        return input.error();
    return domain::computeDashboard(*input, today);
}

} // namespace tenet::storage

#include "rostercsv.h"

#include "csvtable.h"
#include "domain/role.h"
#include "domain/messagetext.h"
#include "domain/stafftext.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tenet::exchange {

using domain::Error;
using domain::Result;
using domain::StaffMember;

namespace {

enum Column
{
    EmployeeNo,
    FullName,
    Email,
    RoleColumn,
    Team,
    Site,
    Language,
    StartDate,
    Active
};

// Reads one row into a person, appending a problem for every field that is wrong.
class RowReader
{
public:
    RowReader(const CsvRecord &record, const QList<int> &indexes, const QString &fileLabel,
              QList<Error> &errors)
        : m_record(record), m_indexes(indexes), m_label(fileLabel), m_errors(errors)
    {
    }

    QString text(Column column) const { return m_record.fields.at(m_indexes.at(column)).trimmed(); }

    void problem(Column column, const QString &what)
    {
        m_errors.append(Error::invalid(csvLocation(m_label, m_record.line),
                                       u"column %1: %2"_s.arg(rosterColumns().at(column), what)));
        m_ok = false;
    }

    bool ok() const { return m_ok; }

private:
    const CsvRecord &m_record;
    const QList<int> &m_indexes;
    QString m_label;
    QList<Error> &m_errors;
    bool m_ok = true;
};

std::optional<StaffMember> readMember(RowReader &row)
{
    static const QRegularExpression emailShape(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    static const QRegularExpression languageShape(u"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"_s);

    StaffMember member;
    member.employeeNo = row.text(EmployeeNo);
    if (member.employeeNo.isEmpty())
        row.problem(EmployeeNo, u"must not be empty"_s);
    member.fullName = row.text(FullName);
    if (member.fullName.isEmpty())
        row.problem(FullName, u"must not be empty"_s);
    member.email = row.text(Email);
    // The shape refuses white space only; NUL and the other control characters are named.
    if (const auto problem = domain::staffTextProblem(member.email, domain::StaffTextLimits::email))
        row.problem(Email, *problem);
    else if (!member.email.isEmpty() && !emailShape.match(member.email).hasMatch())
        row.problem(Email, u"\"%1\" is not an e-mail address"_s.arg(member.email));
    const QString roleText = row.text(RoleColumn);
    if (const auto role = domain::roleFromName(roleText.toLower()))
        member.role = *role;
    else
        row.problem(RoleColumn,
                    u"\"%1\" is not a role; use one of %2"_s.arg(roleText, domain::allRoleNames()));
    member.team = row.text(Team);
    member.site = row.text(Site);
    const std::pair<Column, qsizetype> limited[] = {
        {EmployeeNo, domain::StaffTextLimits::employeeNo},
        {FullName, domain::StaffTextLimits::fullName},
        {Team, domain::StaffTextLimits::team},
        {Site, domain::StaffTextLimits::site}};
    for (const auto &[column, maximum] : limited) {
        if (const auto problem = domain::staffTextProblem(row.text(column), maximum))
            row.problem(column, *problem);
    }
    const QString language = row.text(Language);
    if (!language.isEmpty()) {
        if (languageShape.match(language).hasMatch())
            member.language = language;
        else
            row.problem(Language,
                        u"\"%1\" is not a language code such as en, es or lt"_s.arg(language));
    }
    if (const QString start = row.text(StartDate); !start.isEmpty()) {
        if (auto date = parseIsoDate(start))
            member.startDate = *date;
        else
            row.problem(StartDate, date.error().message);
    }
    const QString active = row.text(Active).toLower();
    if (active == u"true"_s)
        member.active = true;
    else if (active == u"false"_s)
        member.active = false;
    else
        row.problem(Active, u"\"%1\" must be true or false"_s.arg(row.text(Active)));
    if (!row.ok())
        return std::nullopt;
    return member;
}

Result<QList<RosterEntry>> firstOf(QList<RosterEntry> entries, const QList<Error> &errors,
                                   QList<Error> *allErrors)
{
    // A field may hold a line break or a NUL; the messages quoting it stay on one line.
    if (allErrors)
        *allErrors = domain::escapeForMessage(errors);
    if (!errors.isEmpty())
        return domain::escapeForMessage(errors.first());
    return entries;
}

} // namespace

QStringList rosterColumns()
{
    return {u"employee_no"_s, u"full_name"_s, u"email"_s,      u"role"_s,  u"team"_s,
            u"site"_s,        u"language"_s,  u"start_date"_s, u"active"_s};
}

Result<QList<RosterEntry>> parseRosterCsv(const QByteArray &bytes, const QString &fileLabel,
                                          QList<Error> *allErrors)
{
    auto table = parseCsv(bytes, fileLabel);
    if (!table)
        return firstOf({}, {table.error()}, allErrors);
    auto indexes = table->columnIndexes(rosterColumns(), fileLabel);
    if (!indexes)
        return firstOf({}, {indexes.error()}, allErrors);

    QList<Error> errors;
    QList<RosterEntry> entries;
    entries.reserve(table->records.size());
    QHash<QString, int> firstLine;
    firstLine.reserve(table->records.size());
    for (const CsvRecord &record : table->records) {
        if (auto problem = fieldCountProblem(record, table->header, fileLabel)) {
            errors.append(*problem);
            continue;
        }
        RowReader row(record, *indexes, fileLabel, errors);
        auto member = readMember(row);
        if (!member)
            continue;
        const auto seen = firstLine.constFind(member->employeeNo);
        if (seen != firstLine.cend()) {
            row.problem(EmployeeNo,
                        u"%1 appears twice; it was first on line %2"_s.arg(member->employeeNo,
                                                                           QString::number(*seen)));
            continue;
        }
        firstLine.insert(member->employeeNo, record.line);
        entries.append({record.line, std::move(*member)});
    }
    return firstOf(std::move(entries), errors, allErrors);
}

Result<QList<RosterEntry>> readRosterCsv(const QString &path, QList<Error> *allErrors)
{
    auto bytes = readCsvFile(path);
    if (!bytes)
        return firstOf({}, {bytes.error()}, allErrors);
    return parseRosterCsv(*bytes, path, allErrors);
}

} // namespace tenet::exchange

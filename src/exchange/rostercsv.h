#pragma once

#include "domain/result.h"
#include "domain/staffmember.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace tenet::exchange {

// One person as a roster file lists them, with the line they are on.
struct RosterEntry
{
    int line = 0;
    domain::StaffMember member;

    friend bool operator==(const RosterEntry &, const RosterEntry &) = default;
};

// The columns of a roster file, as its header must name them (in any order):
// employee_no,full_name,email,role,team,site,language,start_date,active.
QStringList rosterColumns();

// Reads a roster exported from an HR system: CSV (see parseCsv) with the roster columns.
// Every row must be valid for the file to be accepted: a known role, an e-mail address or
// nothing, a real ISO 8601 date or nothing, true or false, each employee number once.
// Errors read "FILE:LINE: column NAME: what is wrong" and come in file order; the result
// holds the first, `allErrors` (when given) all of them.
domain::Result<QList<RosterEntry>> parseRosterCsv(const QByteArray &bytes, const QString &fileLabel,
                                                  QList<domain::Error> *allErrors = nullptr);
domain::Result<QList<RosterEntry>> readRosterCsv(const QString &path,
                                                 QList<domain::Error> *allErrors = nullptr);

} // namespace tenet::exchange

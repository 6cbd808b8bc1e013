// Fuzzes the reader of staff rosters (exchange::parseRosterCsv): UTF-8, CSV quoting and
// line ends, the header, and every column's checks.
#include "fuzzcheck.h"

#include "domain/stafftext.h"
#include "exchange/rostercsv.h"

#include <QByteArray>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace tenet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString label = u"staff.csv"_s;

    QList<domain::Error> allErrors;
    const auto roster = exchange::parseRosterCsv(bytes, label, &allErrors);
    if (!roster) {
        fuzz::expectRefusal(roster, allErrors, label);
        return 0;
    }
    FUZZ_EXPECT(allErrors.isEmpty());

    // An accepted roster holds only what the staff rules may store: each person once, named,
    // with no control character and nothing past the length limits.
    using Limits = domain::StaffTextLimits;
    QSet<QString> employeeNumbers;
    int previousLine = 1; // the header's
    for (const exchange::RosterEntry &entry : *roster) {
        const domain::StaffMember &member = entry.member;
        FUZZ_EXPECT(entry.line > previousLine);
        previousLine = entry.line;
        FUZZ_EXPECT(!member.employeeNo.isEmpty() && !member.fullName.isEmpty());
        FUZZ_EXPECT(!employeeNumbers.contains(member.employeeNo));
        employeeNumbers.insert(member.employeeNo);
        FUZZ_EXPECT(!domain::staffTextProblem(member.employeeNo, Limits::employeeNo));
        FUZZ_EXPECT(!domain::staffTextProblem(member.fullName, Limits::fullName));
        FUZZ_EXPECT(!domain::staffTextProblem(member.team, Limits::team));
        FUZZ_EXPECT(!domain::staffTextProblem(member.site, Limits::site));
        FUZZ_EXPECT(!domain::staffTextProblem(member.email, Limits::email));
        FUZZ_EXPECT(!member.language.isEmpty());
    }
    return 0;
}

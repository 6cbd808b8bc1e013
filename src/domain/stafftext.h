#pragma once

#include <QString>

#include <optional>

namespace tenet::domain {

// How long the roster's words may be: long enough for any real name, short enough that a
// report's table and a signature page stay readable.
struct StaffTextLimits
{
    static constexpr qsizetype employeeNo = 64;
    static constexpr qsizetype fullName = 200;
    static constexpr qsizetype team = 100;
    static constexpr qsizetype site = 100;
    static constexpr qsizetype email = 254; // the longest address mail servers accept
};

// What is wrong with a name, team, site or e-mail address as the roster would keep it: a control character
// (NUL, a line break, a tab; named with its position, counting from 1), or more than
// `maximumLength` characters. Nothing when it may be stored.
std::optional<QString> staffTextProblem(const QString &text, qsizetype maximumLength);

} // namespace tenet::domain

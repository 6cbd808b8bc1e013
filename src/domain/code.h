#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace tenet::domain {

// A code of practice. An organisation usually keeps one, but may keep one per department.
struct Code
{
    qint64 id = 0;
    QString title;
    QString organisation;
    QString language = QStringLiteral("en"); // the language it is written in
    // Who must sign it: empty lists mean all staff.
    QStringList audienceTeams;
    QStringList audienceRoles;
    // A signature older than this no longer counts; none: signatures never expire.
    std::optional<int> attestationMonths;
    int graceDays = 14; // how long someone may take to sign before they are overdue

    friend bool operator==(const Code &, const Code &) = default;
};

} // namespace tenet::domain

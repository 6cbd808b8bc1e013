#include "signedsharehistory.h"

#include "domain/acknowledgementrules.h"

#include <QHash>
#include <QMap>

#include <algorithm>

using namespace tenet::domain;

namespace tenet::app {

QList<TeamShareSeries> signedShareHistory(const DashboardInput &input,
                                          const QList<Acknowledgement> &signatures,
                                          const QDate &today, int maxPoints)
{
    const auto inForce = versionInForce(input.publications);
    const auto baseline = signatureBaseline(input.publications);
    if (!inForce || !baseline || !today.isValid() || today < inForce->publishedOn)
        return {};

    QHash<QString, QList<const Acknowledgement *>> byPerson;
    for (const Acknowledgement &signature : signatures)
        byPerson[signature.employeeNo].append(&signature);

    const int span = int(inForce->publishedOn.daysTo(today));
    QList<int> days;
    const int count = std::max(2, maxPoints);
    if (span + 1 <= count) {
        for (int day = 0; day <= span; ++day)
            days.append(day);
    } else {
        for (int i = 0; i < count; ++i) {
            const int day = int(qint64(span) * i / (count - 1));
            if (days.isEmpty() || days.last() != day)
                days.append(day);
        }
    }

    QMap<QString, TeamShareSeries> teams;
    QMap<QString, QList<int>> signedPerDay;
    QMap<QString, QList<int>> requiredPerDay;
    for (const StaffMember &member : input.staff) {
        if (!mustSign(input.code, member))
            continue;
        TeamShareSeries &series = teams[member.team];
        series.team = member.team;
        ++series.required;
        QList<int> &signedCounts = signedPerDay[member.team];
        QList<int> &requiredCounts = requiredPerDay[member.team];
        signedCounts.resize(days.size(), 0);
        requiredCounts.resize(days.size(), 0);
        const auto mine = byPerson.value(member.employeeNo);
        for (qsizetype i = 0; i < days.size(); ++i) {
            const QDate date = inForce->publishedOn.addDays(days.at(i));
            if (member.startDate.isValid() && member.startDate > date)
                continue;
            ++requiredCounts[i];
            const bool counts = std::any_of(mine.begin(), mine.end(), [&](const auto *signature) {
                const QDate signedOn = signature->signedAt.toUTC().date();
                return signedOn <= date
                    && signatureCounts(input.code, baseline->number, signature->versionNumber,
                                       signedOn, date);
            });
            if (counts)
                ++signedCounts[i];
        }
    }

    QList<TeamShareSeries> result;
    for (auto it = teams.begin(); it != teams.end(); ++it) {
        TeamShareSeries series = it.value();
        const QList<int> &signedCounts = signedPerDay.value(it.key());
        const QList<int> &requiredCounts = requiredPerDay.value(it.key());
        for (qsizetype i = 0; i < days.size(); ++i) {
            const double share = requiredCounts.at(i) == 0
                ? 0.0
                : double(signedCounts.at(i)) / requiredCounts.at(i);
            series.points.append(QPointF(days.at(i), share));
        }
        result.append(series);
    }
    return result;
}

} // namespace tenet::app

#pragma once

#include "domain/dashboard.h"

#include <QList>
#include <QPointF>
#include <QString>

namespace tenet::app {

// The signed share of one team, day by day: x is the number of days since the version in
// force was published (0 on that day), y the share of the team's people who must sign and
// held a signature that counted that day, 0 to 1.
struct TeamShareSeries
{
    QString team;
    int required = 0; // people of the team who must sign (today's roster)
    QList<QPointF> points;
};

// The signed share per team from the publication of the version in force to `today`, by the
// same rules as the dashboard, judged on each day with today's roster (people who started
// later are left out of the days before their start). Teams in name order; empty when
// nothing is in force. At most `maxPoints` days per team: a longer span is sampled evenly,
// always keeping the first and the last day. `signatures` are every signature, not only
// each person's latest (DashboardStore::signaturesFrom() reads those that can count).
QList<TeamShareSeries> signedShareHistory(const domain::DashboardInput &input,
                                          const QList<domain::Signature> &signatures,
                                          const QDate &today, int maxPoints = 120);

} // namespace tenet::app

#include "dashboardcharts.h"

#include "dashboardcolours.h"
#include "kpistatusmodel.h"
#include "signedsharehistory.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QMap>
#include <QValueAxis>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::app {

namespace {

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setBackgroundRoundness(0);
    return chart;
}

} // namespace

QChart *DashboardCharts::signingShare(const QList<TeamShareSeries> &history, const QString &team)
{
    QChart *chart = newChart(tr("Signed share since publication"));
    int lastDay = 1;
    for (const TeamShareSeries &teamHistory : history) {
        if (!team.isEmpty() && teamHistory.team != team)
            continue;
        auto *series = new QLineSeries;
        const QString label = teamHistory.team.isEmpty() ? tr("No team") : teamHistory.team;
        series->setName(teamHistory.required == 1
                            ? tr("%1 (1 person)").arg(label)
                            : tr("%1 (%2 people)").arg(label).arg(teamHistory.required));
        for (const QPointF &point : teamHistory.points) {
            series->append(point.x(), point.y() * 100.0);
            lastDay = std::max(lastDay, int(point.x()));
        }
        chart->addSeries(series);
        // After addSeries, so that the theme's colour is kept.
        QPen pen = series->pen();
        pen.setWidthF(2.5);
        series->setPen(pen);
    }
    auto *x = new QValueAxis;
    x->setTitleText(tr("Days since publication"));
    x->setLabelFormat(u"%d"_s);
    x->setRange(0, lastDay);
    x->setTickCount(std::min(lastDay, 10) + 1);
    auto *y = new QValueAxis;
    y->setTitleText(tr("Signed (%)"));
    y->setLabelFormat(u"%d"_s);
    y->setRange(0, 100);
    y->setTickCount(6);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    if (history.isEmpty())
        chart->setTitle(tr("Signed share since publication: nothing is in force"));
    return chart;
}

QChart *DashboardCharts::kpiTrend(const Kpi *kpiChosen,
                                  const Result<QList<KpiObservation>> &observations,
                                  const QString &team)
{
    QChart *chart = newChart(tr("No KPI values yet"));
    if (kpiChosen) {
        const Kpi &kpi = *kpiChosen;
        chart->setTitle(kpi.unit.isEmpty() ? kpi.name : tr("%1 (%2)").arg(kpi.name, kpi.unit));
        // Recent values: the last twelve periods of the organisation and of each team.
        constexpr int recentPeriods = 12;
        QMap<QString, QList<KpiObservation>> byTeam;
        if (!observations)
            chart->setTitle(tr("The values of %1 could not be read: %2")
                                .arg(kpi.name, observations.error().message));
        for (const KpiObservation &observation :
             observations ? *observations : QList<KpiObservation>()) {
            if (team.isEmpty() || observation.team.isEmpty() || observation.team == team)
                byTeam[observation.team].append(observation);
        }
        qint64 first = std::numeric_limits<qint64>::max();
        qint64 last = std::numeric_limits<qint64>::min();
        double low = std::min(kpi.target, kpi.alert);
        double high = std::max(kpi.target, kpi.alert);
        const auto msecs = [](const QDate &date) {
            return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        };
        for (auto it = byTeam.begin(); it != byTeam.end(); ++it) {
            auto *series = new QLineSeries;
            series->setName(KpiStatusModel::teamLabel(it.key()));
            series->setPointsVisible(true);
            const QList<KpiObservation> &values = it.value();
            for (qsizetype i = std::max<qsizetype>(0, values.size() - recentPeriods);
                 i < values.size(); ++i) {
                const qint64 when = msecs(values.at(i).periodEnd);
                series->append(double(when), values.at(i).value);
                first = std::min(first, when);
                last = std::max(last, when);
                low = std::min(low, values.at(i).value);
                high = std::max(high, values.at(i).value);
            }
            chart->addSeries(series);
            QPen pen = series->pen();
            pen.setWidthF(2.5);
            series->setPen(pen);
        }
        if (!byTeam.isEmpty()) {
            if (first == last) {
                first -= qint64(15) * 24 * 3600 * 1000;
                last += qint64(15) * 24 * 3600 * 1000;
            }
            const auto addLine = [&](double value, const QString &name, const QColor &colour) {
                auto *line = new QLineSeries;
                line->setName(name);
                line->append(double(first), value);
                line->append(double(last), value);
                QPen pen(colour);
                pen.setWidthF(1.5);
                pen.setStyle(Qt::DashLine);
                line->setPen(pen);
                chart->addSeries(line);
            };
            addLine(kpi.target, tr("Target"), dashboardGoodColour);
            addLine(kpi.alert, tr("Alert"), dashboardBadColour);
            auto *x = new QDateTimeAxis;
            x->setFormat(u"MMM yyyy"_s);
            x->setTitleText(tr("Period end"));
            x->setRange(QDateTime::fromMSecsSinceEpoch(first, Qt::UTC),
                        QDateTime::fromMSecsSinceEpoch(last, Qt::UTC));
            x->setTickCount(std::min<qsizetype>(6, std::max<qsizetype>(2, byTeam.first().size())));
            auto *y = new QValueAxis;
            const double margin = std::max((high - low) * 0.15, 1.0);
            y->setRange(low - margin, high + margin);
            y->applyNiceNumbers();
            y->setTitleText(kpi.unit);
            chart->addAxis(x, Qt::AlignBottom);
            chart->addAxis(y, Qt::AlignLeft);
            for (QAbstractSeries *series : chart->series()) {
                series->attachAxis(x);
                series->attachAxis(y);
            }
        } else {
            chart->setTitle(tr("%1: no values have been imported yet").arg(kpi.name));
        }
    }
    return chart;
}

} // namespace tenet::app

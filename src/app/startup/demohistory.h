#pragma once

#include "demoedits.h"
#include "demoroster.h"

#include "domain/result.h"
#include "exchange/codejson.h"

#include <QDateTime>
#include <QList>

#include <functional>

namespace tenet::storage {
class Database;
}

namespace tenet::app {

// Lays down the demonstration organisation's past through the stores' ordinary paths: it
// sets the database's clock to the moment each step happened, runs the steps in the order of
// their moments, and gives the clock back to the system when it goes. So every row carries a
// believable date, and the audit log and the ledger are chained exactly as if people had done
// it all on those days.
class DemoHistory
{
public:
    // How long ago the organisation was founded, in days.
    static constexpr int founded = 240;

    DemoHistory(storage::Database &db, const QDateTime &now);
    ~DemoHistory();
    DemoHistory(const DemoHistory &) = delete;
    DemoHistory &operator=(const DemoHistory &) = delete;

    // Sets the clock to that many days ago at that time of the organisation's day.
    void setDay(int daysAgo, int hour, int minute);
    QDateTime at() const { return m_at; }

    // Everything after the roster was first filled: the code and its three editions, the
    // signatures, the section reviews, the newcomer and the monthly KPI imports.
    domain::Status write(const exchange::CodeDocument &starter, const QList<DemoMember> &roster,
                         const DemoWording &wording, const QString &language);

private:
    struct Step
    {
        QDateTime when;
        std::function<domain::Status()> run;
    };

    QDateTime dayAt(int daysAgo, int hour, int minute) const;
    void add(const QDateTime &when, std::function<domain::Status()> run);
    void addSectionReviews(const domain::CodeContent &first, const domain::CodeContent &second,
                           const DemoWording &wording);
    void addKpiImports(const domain::CodeContent &inForce);

    storage::Database &m_db;
    QDateTime m_now;
    QDateTime m_at;
    QList<Step> m_steps;
    qint64 m_codeId = 0;
    qint64 m_firstId = 0;
    qint64 m_secondId = 0;
    qint64 m_thirdId = 0;
};

} // namespace tenet::app

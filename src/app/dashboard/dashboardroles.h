#pragma once

#include <Qt>

namespace tenet::app {

// Item data roles shared by the dashboard's list models, so that one filter proxy and one
// export serve them all.
enum DashboardRole
{
    // A value that sorts naturally (a number or a date) where the display text would not.
    DashboardSortRole = Qt::UserRole + 1,
    DashboardTeamRole, // the row's team; invalid when the list has no teams
    DashboardSiteRole, // the row's site; invalid when the list has no sites
    DashboardKeyRole, // what opening the row opens: an employee number or a section key name
    DashboardEmailRole, // people only: their e-mail address
};

} // namespace tenet::app

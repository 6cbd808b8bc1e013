#pragma once

#include "domain/comparison.h"
#include "domain/version.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tenet::app {

// The words the history views use for versions, kinds of change and the fields that changed,
// so that the version table, the list of changes and the redline say the same thing.
class ChangeText
{
    Q_DECLARE_TR_FUNCTIONS(tenet::app::ChangeText)

public:
    // "In review", "Published", ...
    // "version 3 (draft)"
    static QString versionLabel(const domain::VersionInfo &version);
    // "Added", "Removed", "Changed", "Moved", "Moved and changed"
    static QString kindLabel(domain::ChangeKind kind, bool moved);
    // A field name as compareContent reports it ("review_interval_days") as people read it.
    static QString fieldLabel(const QString &field);
    static QString fieldList(const QStringList &fields);
    // "KPI", "Escalation tier", ... for the item kinds compareContent reports.
    static QString itemKindLabel(const QString &itemKind);
    // "3 added, 1 removed, 2 changed, 1 moved", followed by table rows and section details
    // when those changed too.
    static QString summary(const domain::Comparison &comparison);
    // A date as the user's locale writes it briefly; empty for an invalid time.
    static QString shortDate(const QDateTime &when);
};

} // namespace tenet::app

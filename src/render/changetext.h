#pragma once

#include "handbooklabels.h"

#include "domain/comparison.h"
#include "domain/version.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace tenet::render {

// The words every list of changes uses (the desktop's history view and redline, the
// handbook's "Changes in this version", `tenetctl diff`) for versions, kinds of change and
// the fields that changed, so that they all say the same thing. The wording comes from the
// one table of HandbookLabels: English unless a language is given.
class ChangeText
{
public:
    // "version 3 (draft)"
    static QString versionLabel(const domain::VersionInfo &version,
                                const HandbookLabels &label = HandbookLabels::english());
    // "Added", "Removed", "Changed", "Moved", "Moved and changed"
    static QString kindLabel(domain::ChangeKind kind, bool moved,
                             const HandbookLabels &label = HandbookLabels::english());
    // A field as compareContent names it ("review_interval_days") in words ("the review
    // interval"): a key never reaches a reader.
    static QString fieldLabel(const QString &field,
                              const HandbookLabels &label = HandbookLabels::english());
    static QString fieldList(const QStringList &fields,
                             const HandbookLabels &label = HandbookLabels::english());
    // "Indicator", "Escalation tier", ... for the item kinds compareContent reports.
    static QString itemKindLabel(const QString &itemKind,
                                 const HandbookLabels &label = HandbookLabels::english());
    // "3 added, 1 removed, 2 changed, 1 moved", followed by table rows and section details
    // when those changed too.
    static QString summary(const domain::Comparison &comparison,
                           const HandbookLabels &label = HandbookLabels::english());
    // A date as the user's locale writes it briefly; empty for an invalid time.
    static QString shortDate(const QDateTime &when);
};

} // namespace tenet::render

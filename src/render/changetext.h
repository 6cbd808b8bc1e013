#pragma once

#include "outputlanguage.h"

#include "domain/comparison.h"
#include "domain/version.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace tenet::render {

// The words every list of changes uses (the desktop's history view and redline, the
// handbook's "Changes in this version", `tenetctl diff`) for versions, kinds of change and
// the fields that changed, so that they all say the same thing: in the language given
// (the outputs catalogue's wording), English unless one is.
class ChangeText
{
public:
    // "version 3 (draft)"
    static QString versionLabel(const domain::VersionInfo &version,
                                const OutputLanguage &language = OutputLanguage::english());
    // "Added", "Removed", "Changed", "Moved", "Moved and changed"
    static QString kindLabel(domain::ChangeKind kind, bool moved,
                             const OutputLanguage &language = OutputLanguage::english());
    // A field as compareContent names it ("review_interval_days") in words ("the review
    // interval"): a key never reaches a reader.
    static QString fieldLabel(const QString &field,
                              const OutputLanguage &language = OutputLanguage::english());
    static QString fieldList(const QStringList &fields,
                             const OutputLanguage &language = OutputLanguage::english());
    // "Indicator", "Escalation tier", ... for the item kinds compareContent reports.
    static QString itemKindLabel(const QString &itemKind,
                                 const OutputLanguage &language = OutputLanguage::english());
    // "3 added, 1 removed, 2 changed, 1 moved", followed by table rows and section details
    // when those changed too.
    static QString summary(const domain::Comparison &comparison,
                           const OutputLanguage &language = OutputLanguage::english());
    // A date as the user's locale writes it briefly; empty for an invalid time.
    static QString shortDate(const QDateTime &when);
};

} // namespace tenet::render

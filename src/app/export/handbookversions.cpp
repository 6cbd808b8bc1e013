#include "handbookversions.h"

#include "app/session/session.h"
#include "storage/versionstore.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QScopeGuard>

using namespace tenet::domain;

namespace tenet::app {

void fillHandbookVersions(QComboBox &combo, Session &session)
{
    // Refilled when the language changes: the version chosen stays chosen.
    const QVariant chosen = combo.currentData();
    combo.clear();
    const auto keepChoice = qScopeGuard([&combo, chosen] {
        const int index = combo.findData(chosen);
        if (index >= 0)
            combo.setCurrentIndex(index);
    });
    if (!session.database() || !session.code())
        return;
    storage::VersionStore store(*session.database());
    const auto found = store.inForce(session.code()->id);
    const auto all = store.versions(session.code()->id);
    // Unread, the list stays empty and the dialog offers nothing to export.
    if (!found || !all)
        return;
    const std::optional<VersionInfo> &inForce = *found;
    if (inForce)
        combo.addItem(QCoreApplication::translate("HandbookVersions", "Version %1 (in force)")
                          .arg(inForce->number),
                      inForce->id);
    const QList<VersionInfo> &versions = *all;
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        if (isOpen(it->state))
            combo.addItem(
                //: A version to export that is not in force yet: %2 is its state ("Draft").
                QCoreApplication::translate("HandbookVersions", "Version %1 (%2, marked DRAFT)")
                    .arg(QString::number(it->number), versionStateLabel(it->state)),
                it->id);
    }
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        if (wasPublished(it->state) && (!inForce || it->id != inForce->id))
            combo.addItem(QCoreApplication::translate("HandbookVersions", "Version %1 (%2)")
                              .arg(QString::number(it->number), versionStateLabel(it->state)),
                          it->id);
    }
}

} // namespace tenet::app

#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

class QAbstractProxyModel;

namespace tenet::app {

// What the dashboard hands to other programs: a reminder e-mail as a mailto: URL, and the rows
// of a list as shown. Pure functions, so that they are tested without a mail client or a
// dialog. The wording of the e-mail and the CSV is an output's (render/remindermail.h,
// render/dashboardcsv.h), in the code's language.

// A mailto: URL addressed to every address (empty ones skipped), with the subject and body
// percent-encoded as RFC 6068 asks (spaces as %20, line breaks as %0D%0A).
QUrl reminderMailto(const QStringList &addresses, const QString &subject, const QString &body);

// The rows of the proxy's source model that the proxy shows, in the order it shows them.
QList<int> shownSourceRows(const QAbstractProxyModel &proxy);

// Writes the bytes to the file atomically (QSaveFile); the error names the file.
domain::Status saveFile(const QString &path, const QByteArray &bytes);

} // namespace tenet::app

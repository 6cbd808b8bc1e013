#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

class QAbstractItemModel;
class QAbstractProxyModel;

namespace tenet::app {

// What the dashboard hands to other programs: a reminder e-mail as a mailto: URL and a list
// as CSV. Pure functions, so that the formats are tested without a mail client or a dialog.

// A mailto: URL addressed to every address (empty ones skipped), with the subject and body
// percent-encoded as RFC 6068 asks (spaces as %20, line breaks as %0D%0A).
QUrl reminderMailto(const QStringList &addresses, const QString &subject, const QString &body);

// The model's rows as CSV: UTF-8 with a byte order mark (so that spreadsheet programs read
// accents correctly), the header row first, RFC 4180 quoting, CRLF line ends, display texts.
QByteArray modelToCsv(const QAbstractItemModel &model);

// The rows of the proxy's source model that the proxy shows, in the order it shows them.
QList<int> shownSourceRows(const QAbstractProxyModel &proxy);

// Writes the bytes to the file atomically (QSaveFile); the error names the file.
domain::Status saveFile(const QString &path, const QByteArray &bytes);

} // namespace tenet::app

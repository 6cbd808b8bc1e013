#pragma once

#include "domain/acknowledgement.h"
#include "domain/code.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QWidget;

namespace tenet::storage {
class Database;
}

namespace tenet::app {

// The receipt of a signature, as shown, printed and copied: the printed name, the date and
// time, the meaning, the version and the ledger row with its hash. Its wording is an output's
// (render/receipt.h), in the language of the signed code (`code`; English when none).

// The receipt as HTML for a QTextBrowser or a printer; every piece of user text is escaped.
QString receiptHtml(const domain::Acknowledgement &ack, const std::optional<QByteArray> &hash,
                    const std::optional<domain::Code> &code);
// The same receipt as plain text for the clipboard.
QString receiptText(const domain::Acknowledgement &ack, const std::optional<QByteArray> &hash,
                    const std::optional<domain::Code> &code);

// The SHA-256 the ledger holds for the signature's row, recomputed from the rows up to it
// because the store does not hand out row hashes; none when the ledger cannot be read whole
// (a gap in the rows).
std::optional<QByteArray> ledgerRowHash(storage::Database &db, const domain::Acknowledgement &ack);

// Asks for a printer and prints the receipt; false when the user cancelled.
bool printReceipt(const QString &html, QWidget *parent);

} // namespace tenet::app

#pragma once

#include "domain/acknowledgement.h"
#include "outputlanguage.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tenet::render {

// The receipt of a signature, as shown, printed and copied, in the language of the code
// that was signed: the printed name, the date and time, what the signature means, the
// version and the ledger row with its hash.
struct ReceiptSource
{
    domain::Acknowledgement acknowledgement;
    std::optional<QByteArray> rowHash; // the ledger's SHA-256 of the row; none when unknown
    QString codeTitle;
};

// The receipt as HTML for a QTextBrowser or a printer; every piece of user text is escaped.
QString receiptHtml(const ReceiptSource &source, const OutputLanguage &language);
// The same receipt as plain text for the clipboard.
QString receiptText(const ReceiptSource &source, const OutputLanguage &language);

} // namespace tenet::render

#include "receipt.h"

#include "render/receipt.h"

#include <QCoreApplication>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>


using namespace Qt::StringLiterals;

namespace tenet::app {

namespace {

render::ReceiptSource sourceOf(const domain::Acknowledgement &ack,
                               const std::optional<QByteArray> &hash,
                               const std::optional<domain::Code> &code)
{
    return {ack, hash, code ? code->title : QString()};
}

render::OutputLanguage languageOf(const std::optional<domain::Code> &code)
{
    return render::OutputLanguage(code ? code->language : u"en"_s);
}

} // namespace

QString receiptHtml(const domain::Acknowledgement &ack, const std::optional<QByteArray> &hash,
                    const std::optional<domain::Code> &code)
{
    return render::receiptHtml(sourceOf(ack, hash, code), languageOf(code));
}

QString receiptText(const domain::Acknowledgement &ack, const std::optional<QByteArray> &hash,
                    const std::optional<domain::Code> &code)
{
    return render::receiptText(sourceOf(ack, hash, code), languageOf(code));
}

std::optional<QByteArray> ledgerRowHash(storage::Database &, const domain::Acknowledgement &ack)
{
    // The store hands out each row's stored hash; `verify` checks it against the chain.
    if (ack.ledgerHash.isEmpty())
        return std::nullopt;
    return ack.ledgerHash;
}

bool printReceipt(const QString &html, QWidget *parent)
{
    QPrinter printer;
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("tenet::app::Receipt", "Print Receipt"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QTextDocument document;
    document.setHtml(html);
    document.print(&printer);
    return true;
}

} // namespace tenet::app

#include "receipt.h"


#include <QCoreApplication>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>


using namespace Qt::StringLiterals;

namespace tenet::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tenet::app::Receipt", text);
}

// Local time for people, UTC alongside it for auditors comparing with the ledger.
QString signedAtText(const QDateTime &utc)
{
    const QString inUtc = utc.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
    const QDateTime local = utc.toLocalTime();
    if (local.offsetFromUtc() == 0)
        return inUtc;
    return u"%1 (%2)"_s.arg(QLocale().toString(local, QLocale::LongFormat), inUtc);
}

QString hashText(const std::optional<QByteArray> &hash)
{
    return hash ? QString::fromLatin1(hash->toHex()) : tr("not available");
}

struct ReceiptLine
{
    QString label;
    QString value;
};

QList<ReceiptLine> receiptLines(const domain::Acknowledgement &ack,
                                const std::optional<QByteArray> &hash)
{
    QList<ReceiptLine> lines{
        {tr("Printed name"), ack.printedName},
        {tr("Employee number"), ack.employeeNo},
        {tr("Signed"), signedAtText(ack.signedAt)},
        {tr("Meaning"), u"I have "_s + ack.meaning},
        {tr("Version"), QString::number(ack.versionNumber)},
        {tr("Ledger row"), QString::number(ack.seq)},
        {tr("Row hash (SHA-256)"), hashText(hash)},
    };
    if (ack.quizScore)
        lines.insert(5, {tr("Comprehension check"), u"%1 %"_s.arg(*ack.quizScore)});
    return lines;
}

} // namespace

QString receiptHtml(const domain::Acknowledgement &ack, const std::optional<QByteArray> &hash)
{
    QString html = u"<h2>"_s + tr("Receipt of your signature").toHtmlEscaped() + u"</h2>"_s
        + u"<table cellspacing=\"0\" cellpadding=\"4\">"_s;
    for (const ReceiptLine &line : receiptLines(ack, hash)) {
        html += u"<tr><th align=\"left\" valign=\"top\">"_s + line.label.toHtmlEscaped()
            + u"</th><td>"_s + line.value.toHtmlEscaped() + u"</td></tr>"_s;
    }
    html += u"</table><p>"_s
        + tr("The row hash lets an auditor find this signature in the ledger and check that "
             "it has not been changed.")
              .toHtmlEscaped()
        + u"</p>"_s;
    return html;
}

QString receiptText(const domain::Acknowledgement &ack, const std::optional<QByteArray> &hash)
{
    QString text = tr("Receipt of your signature") + u"\n"_s;
    for (const ReceiptLine &line : receiptLines(ack, hash))
        text += line.label + u": "_s + line.value + u"\n"_s;
    return text;
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
    dialog.setWindowTitle(tr("Print Receipt"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QTextDocument document;
    document.setHtml(html);
    document.print(&printer);
    return true;
}

} // namespace tenet::app

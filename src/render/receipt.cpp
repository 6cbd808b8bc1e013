#include "receipt.h"

using namespace Qt::StringLiterals;

namespace tenet::render {

namespace {

struct ReceiptLine
{
    QString label;
    QString value;
};

// Local time for people, UTC alongside it for auditors comparing with the ledger.
QString signedAtText(const QDateTime &utc, const OutputLanguage &language)
{
    const QString inUtc = language.dateTimeUtc(utc);
    const QDateTime local = utc.toLocalTime();
    if (local.offsetFromUtc() == 0)
        return inUtc;
    return u"%1 %2 (%3)"_s.arg(language.date(local.date()), local.time().toString(u"HH:mm"_s),
                               inUtc);
}

QList<ReceiptLine> receiptLines(const ReceiptSource &source, const OutputLanguage &language)
{
    const domain::Acknowledgement &ack = source.acknowledgement;
    // The ledger records the meaning in English; the receipt says the same in the code's
    // language.
    const QString meaning = source.codeTitle.isEmpty()
        ? language.translate("Receipt", "I have read and understood version %1.")
              .arg(ack.versionNumber)
        //: What the signature means: "I have read and understood version 3 of “Code”."
        : language.translate("Receipt", "I have read and understood version %1 of “%2”.")
              .arg(QString::number(ack.versionNumber), source.codeTitle);
    QList<ReceiptLine> lines {
        //: The name printed on the roster, which the person typed to sign.
        {language.translate("Receipt", "Printed name"), ack.printedName},
        {language.translate("Receipt", "Employee number"), ack.employeeNo},
        //: When the person signed.
        {language.translate("Receipt", "Signed"), signedAtText(ack.signedAt, language)},
        //: What the signature means.
        {language.translate("Receipt", "Meaning"), meaning},
        {language.translate("Receipt", "Version"), QString::number(ack.versionNumber)},
        //: The signature's position in the acknowledgement ledger.
        {language.translate("Receipt", "Ledger row"), QString::number(ack.seq)},
        {language.translate("Receipt", "Row hash (SHA-256)"),
         source.rowHash ? QString::fromLatin1(source.rowHash->toHex())
                        : language.translate("Receipt", "not available")},
    };
    if (ack.quizScore)
        lines.insert(5,
                     {language.translate("Receipt", "Comprehension check"),
                      language.percent(*ack.quizScore, 0)});
    if (ack.paperRecord)
        //: A signature a manager entered from a signed paper form, and why.
        lines.insert(4, {language.translate("Receipt", "Paper record"), *ack.paperRecord});
    return lines;
}

} // namespace

QString receiptHtml(const ReceiptSource &source, const OutputLanguage &language)
{
    QString html = u"<h2>"_s
        + language.translate("Receipt", "Receipt of your signature").toHtmlEscaped()
        + u"</h2><table cellspacing=\"0\" cellpadding=\"4\">"_s;
    for (const ReceiptLine &line : receiptLines(source, language)) {
        html += u"<tr><th align=\"left\" valign=\"top\">"_s + line.label.toHtmlEscaped()
            + u"</th><td>"_s + line.value.toHtmlEscaped() + u"</td></tr>"_s;
    }
    html += u"</table><p>"_s
        + language
              .translate("Receipt",
                         "The row hash lets an auditor find this signature in the ledger and "
                         "check that it has not been changed.")
              .toHtmlEscaped()
        + u"</p>"_s;
    return html;
}

QString receiptText(const ReceiptSource &source, const OutputLanguage &language)
{
    QString text = language.translate("Receipt", "Receipt of your signature") + u"\n"_s;
    for (const ReceiptLine &line : receiptLines(source, language))
        text += line.label + u": "_s + line.value + u"\n"_s;
    return text;
}

} // namespace tenet::render

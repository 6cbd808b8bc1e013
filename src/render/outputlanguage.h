#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

class QTranslator;

namespace tenet::render {

// The language an output is written in (the handbook, the exports, the compliance report,
// the receipt, the reminder e-mail, the CSV files): the language of the code's version,
// whatever language the interface speaks. Its wording comes from the outputs catalogue,
// resources/translations/outputs_<language>.ts, compiled into the library; each language's
// catalogue is loaded once and never installed application-wide, so that a Spanish handbook
// can be rendered on a worker thread while the interface speaks Lithuanian. English (whose
// catalogue holds only the singular forms of plurals), and a language without a catalogue,
// keep the source text. Numbers and dates follow the language's QLocale.
class OutputLanguage
{
public:
    // "es", "es-ES", "es_MX" and "ES" all read Spanish; an empty code reads English.
    explicit OutputLanguage(const QString &code = QStringLiteral("en"));
    static const OutputLanguage &english();

    // The base language: "es", "lt", "en".
    QString code() const { return m_code; }
    const QLocale &locale() const { return m_locale; }

    // The text in this language. Called with literals, so that lupdate finds them: the
    // arguments are those of QCoreApplication::translate, %n included.
    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const;

    // A number with up to `decimals` decimals and no trailing zeros, no thousands
    // separator, the language's decimal mark: "24", "0,5" in Spanish, "0.5" in English.
    QString number(double value, int decimals = 2) const;
    // A number with a percent sign as the language writes it: "85,5 %", "85.5%".
    QString percent(double value, int decimals = 1) const;
    // A day as a document states it: "2026-12-02" in English and Lithuanian (ISO 8601,
    // Lithuania's own short form), "02/12/2026" in Spanish; an empty text when invalid.
    QString date(const QDate &day) const;
    // The same day with the time of day, in UTC and saying so: "02/12/2026 09:15 UTC".
    QString dateTimeUtc(const QDateTime &when) const;

    // The decimal mark spreadsheets of this language expect: ',' or '.'.
    QChar decimalPoint() const;
    // The field separator of CSV written for this language's spreadsheets: ';' where the
    // decimal mark is a comma (Spanish, Lithuanian), ',' elsewhere.
    QChar csvDelimiter() const;

private:
    QString m_code;
    QLocale m_locale;
    const QTranslator *m_catalogue = nullptr;
};

} // namespace tenet::render

#include "outputlanguage.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace tenet::render {

namespace {

QString baseLanguage(const QString &code)
{
    const QString base = code.section(u'-', 0, 0).section(u'_', 0, 0).trimmed().toLower();
    return base.isEmpty() ? u"en"_s : base;
}

// One catalogue per language for the program's life, shared by every thread: a
// QTranslator's translate() only reads once it is loaded. Never deleted, so that an output
// rendered while the program exits still finds it. The table itself is never destroyed
// either, so the catalogues stay reachable to the end (no leak for LeakSanitizer to report).
const QTranslator *catalogueFor(const QString &language)
{
    static QMutex mutex;
    static auto *const loaded = new QHash<QString, const QTranslator *>;
    const QMutexLocker lock(&mutex);
    if (const auto found = loaded->constFind(language); found != loaded->cend())
        return *found;
    // English has a catalogue too: the singular forms of its plurals.
    const QTranslator *catalogue = nullptr;
    auto *translator = new QTranslator;
    if (translator->load(u":/i18n/outputs_%1.qm"_s.arg(language)))
        catalogue = translator;
    else
        delete translator;
    loaded->insert(language, catalogue);
    return catalogue;
}

// The language's short date form with every field at full width: "dd/MM/yyyy" for Spanish.
QString documentDateFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression shortYear(u"(?<!y)yy(?!y)"_s);
    static const QRegularExpression singleDay(u"(?<!d)d(?!d)"_s);
    static const QRegularExpression singleMonth(u"(?<!M)M(?!M)"_s);
    format.replace(shortYear, u"yyyy"_s);
    format.replace(singleDay, u"dd"_s);
    format.replace(singleMonth, u"MM"_s);
    return format;
}

} // namespace

OutputLanguage::OutputLanguage(const QString &code)
    : m_code(baseLanguage(code)), m_locale(m_code), m_catalogue(catalogueFor(m_code))
{
    m_locale.setNumberOptions(QLocale::OmitGroupSeparator);
}

const OutputLanguage &OutputLanguage::english()
{
    static const OutputLanguage english(u"en"_s);
    return english;
}

QString OutputLanguage::translate(const char *context, const char *sourceText,
                                  const char *disambiguation, int n) const
{
    QString text;
    if (m_catalogue)
        text = m_catalogue->translate(context, sourceText, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(sourceText);
    // The count, filled in as QCoreApplication::translate would.
    if (n >= 0)
        text.replace(u"%n"_s, QString::number(n));
    return text;
}

QString OutputLanguage::number(double value, int decimals) const
{
    QString text = m_locale.toString(value, 'f', decimals);
    const QString point = m_locale.decimalPoint();
    if (decimals > 0 && text.contains(point)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

QString OutputLanguage::percent(double value, int decimals) const
{
    //: A share in percent; %1 is the number, already written with the language's decimal
    //: mark. Spanish and Lithuanian put a (non-breaking) space before the sign.
    return translate("Numbers", "%1%").arg(number(value, decimals));
}

QString OutputLanguage::date(const QDate &day) const
{
    if (!day.isValid())
        return {};
    if (m_code == u"en"_s)
        return day.toString(Qt::ISODate);
    return m_locale.toString(day, documentDateFormat(m_locale));
}

QString OutputLanguage::dateTimeUtc(const QDateTime &when) const
{
    if (!when.isValid())
        return {};
    const QDateTime utc = when.toUTC();
    return date(utc.date()) + u' ' + utc.time().toString(u"HH:mm"_s) + u" UTC"_s;
}

QChar OutputLanguage::decimalPoint() const
{
    const QString point = m_locale.decimalPoint();
    return point.isEmpty() ? u'.' : point.front();
}

QChar OutputLanguage::csvDelimiter() const
{
    return decimalPoint() == u',' ? u';' : u',';
}

} // namespace tenet::render

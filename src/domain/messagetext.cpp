#include "messagetext.h"

namespace tenet::domain {

namespace {

bool needsEscape(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString escapeForMessage(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (!needsEscape(c)) {
            out += qc;
            continue;
        }
        switch (c) {
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        default:
            out += QStringLiteral("\\u{%1}").arg(int(c), 4, 16, QLatin1Char('0'));
            break;
        }
    }
    return out;
}

Error escapeForMessage(Error error)
{
    error.where = escapeForMessage(error.where);
    error.message = escapeForMessage(error.message);
    return error;
}

QList<Error> escapeForMessage(QList<Error> errors)
{
    for (Error &error : errors)
        error = escapeForMessage(std::move(error));
    return errors;
}

} // namespace tenet::domain

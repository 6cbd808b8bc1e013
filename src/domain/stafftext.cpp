#include "stafftext.h"

namespace tenet::domain {

std::optional<QString> staffTextProblem(const QString &text, qsizetype maximumLength)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029)
            return QStringLiteral("holds a control character (U+%1) at character %2; only "
                                  "plain text on one line is allowed")
                .arg(int(c), 4, 16, QLatin1Char('0'))
                .arg(i + 1);
    }
    if (text.size() > maximumLength)
        return QStringLiteral("is %1 characters long; at most %2 are allowed")
            .arg(text.size())
            .arg(maximumLength);
    return std::nullopt;
}

} // namespace tenet::domain

// Fuzzes what a search is asked: domain::checkSearchQuery, which refuses a query past the
// limits, and storage::SqliteDialect::matchExpression, which turns any text into an FTS5
// query. The builder is a pure function, fuzzed without a database: the harness checks the
// shape FTS5 reads, so that no text can become query syntax or a syntax error.
#include "fuzzcheck.h"

#include "domain/searchquery.h"
#include "storage/sqlitedialect.h"

#include <QString>

#include <algorithm>
#include <cstring>

using namespace tenet;

namespace {

// By code point, as the builder tests: a letter outside the Basic Multilingual Plane is two
// UTF-16 units, neither of them a letter on its own.
bool hasLetterOrNumber(const QString &text)
{
    const QList<uint> codePoints = text.toUcs4();
    return std::any_of(codePoints.cbegin(), codePoints.cend(),
                       [](uint c) { return QChar::isLetterOrNumber(char32_t(c)); });
}

// Whether `expression` is a run of double-quoted strings separated by single spaces (a
// quote inside written twice), the last followed by " *", and how many strings it holds.
// In FTS5 such a string is always text, never an operator, a column filter or a bracket.
qsizetype quotedTerms(const QString &expression)
{
    qsizetype terms = 0;
    qsizetype i = 0;
    const qsizetype n = expression.size();
    while (i < n) {
        if (terms > 0) {
            if (expression.at(i) != u' ')
                return -1;
            ++i;
        }
        if (i >= n || expression.at(i) != u'"')
            return -1;
        ++i;
        bool closed = false;
        QString term;
        while (i < n) {
            if (expression.at(i) == u'"') {
                if (i + 1 < n && expression.at(i + 1) == u'"') {
                    i += 2;
                    continue;
                }
                ++i;
                closed = true;
                break;
            }
            term += expression.at(i);
            ++i;
        }
        if (!closed || !hasLetterOrNumber(term))
            return -1;
        ++terms;
        if (expression.mid(i) == QStringLiteral(" *"))
            return terms;
    }
    return -1; // no prefix marker after the last term
}

void checkQuery(const QString &text)
{
    const domain::Status checked = domain::checkSearchQuery(text);
    if (!checked) {
        FUZZ_EXPECT(!checked.error().message.isEmpty());
        FUZZ_EXPECT(!checked.error().message.contains(u'\n'));
    } else {
        FUZZ_EXPECT(text.size() <= domain::SearchQueryLimits::maximumLength);
    }

    const QString expression = storage::SqliteDialect::matchExpression(text);
    const bool hasWord = hasLetterOrNumber(text);
    if (expression.isEmpty()) {
        // Only text with nothing to search for gives no query: a query the limits allow
        // must search for its words.
        FUZZ_EXPECT(!checked || !hasWord);
        return;
    }
    const qsizetype terms = quotedTerms(expression);
    FUZZ_EXPECT(terms >= 1);
    FUZZ_EXPECT(terms <= domain::SearchQueryLimits::maximumTerms);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // As typed on a command line (UTF-8, malformed bytes replaced)...
    checkQuery(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    // ...and as a text field may hold it: any UTF-16, lone surrogates included.
    if (size >= 2) {
        QString utf16(qsizetype(size / 2), Qt::Uninitialized);
        std::memcpy(utf16.data(), data, (size / 2) * 2);
        checkQuery(utf16);
    }
    return 0;
}

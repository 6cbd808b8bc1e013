#include "dialect.h"

#include "chainrows.h"
#include "connectionspec.h"
#include "postgresdialect.h"
#include "sqlitedialect.h"

#include "domain/searchquery.h"

#include <QRegularExpression>
#include <QSqlDriver>

#include <algorithm>

namespace tenet::storage {

const Dialect &Dialect::of(const QSqlDatabase &db)
{
    if (db.driverName() == PostgresDialect::instance().driverName())
        return PostgresDialect::instance();
    return SqliteDialect::instance();
}

std::unique_ptr<ChainRows> Dialect::chainRows(const QSqlDatabase &db, const QString &sql) const
{
    return std::make_unique<QtSqlChainRows>(db, sql);
}

QStringList Dialect::searchWords(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList words = text.left(domain::SearchQueryLimits::maximumLength)
                            .split(space, Qt::SkipEmptyParts)
                            .mid(0, domain::SearchQueryLimits::maximumTerms);
    words.removeIf([](const QString &word) {
        const QList<uint> codePoints = word.toUcs4();
        return std::none_of(codePoints.cbegin(), codePoints.cend(),
                            [](uint c) { return QChar::isLetterOrNumber(char32_t(c)); });
    });
    return words;
}

const Dialect &Dialect::forSpec(const ConnectionSpec &spec)
{
    if (spec.isServer())
        return PostgresDialect::instance();
    return SqliteDialect::instance();
}

} // namespace tenet::storage

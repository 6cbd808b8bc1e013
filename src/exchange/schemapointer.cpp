#include "schemapointer.h"

#include "schemavalue.h"

#include <vector>

namespace tenet::exchange::schema {

QString defaultBaseUri()
{
    return QStringLiteral("tenet:/schema.json");
}

QString escapePointerToken(QString token)
{
    token.replace(u'~', QStringLiteral("~0"));
    token.replace(u'/', QStringLiteral("~1"));
    return token;
}

QString unescapePointerToken(QString token)
{
    token.replace(QStringLiteral("~1"), QStringLiteral("/"));
    token.replace(QStringLiteral("~0"), QStringLiteral("~"));
    return token;
}

QString resourceKey(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
}

QUrl resolveUri(const QString &base, const QString &reference)
{
    return QUrl(base).resolved(QUrl(reference));
}

QString Path::pointer() const
{
    std::vector<const Path *> chain;
    for (const Path *p = this; p->parent; p = p->parent)
        chain.push_back(p);
    QString result;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        result += u'/';
        result
            += (*it)->key ? escapePointerToken(qstr(*(*it)->key)) : QString::number((*it)->index);
    }
    return result;
}

int Path::depth() const
{
    int n = 0;
    for (const Path *p = this; p->parent; p = p->parent)
        ++n;
    return n;
}

} // namespace tenet::exchange::schema

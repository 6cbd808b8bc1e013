#include "dashboardexport.h"

#include <QAbstractProxyModel>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::app {

QUrl reminderMailto(const QStringList &addresses, const QString &subject, const QString &body)
{
    // '@' stays literal in the address list; everything else that is not unreserved is
    // escaped, so an address with a comma or '?' cannot break the URL apart.
    QByteArrayList encoded;
    for (const QString &address : addresses) {
        const QString trimmed = address.trimmed();
        if (!trimmed.isEmpty())
            encoded.append(QUrl::toPercentEncoding(trimmed, "@"));
    }
    QByteArray url = "mailto:" + encoded.join(',');
    QByteArrayList query;
    if (!subject.isEmpty())
        query.append("subject=" + QUrl::toPercentEncoding(subject));
    if (!body.isEmpty()) {
        QString crlf = body;
        crlf.replace(u"\r\n"_s, u"\n"_s).replace(u'\n', u"\r\n"_s);
        query.append("body=" + QUrl::toPercentEncoding(crlf));
    }
    if (!query.isEmpty())
        url += '?' + query.join('&');
    return QUrl::fromEncoded(url, QUrl::StrictMode);
}

QList<int> shownSourceRows(const QAbstractProxyModel &proxy)
{
    QList<int> rows;
    rows.reserve(proxy.rowCount());
    for (int row = 0; row < proxy.rowCount(); ++row)
        rows.append(proxy.mapToSource(proxy.index(row, 0)).row());
    return rows;
}

Status saveFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::invalid(path, u"cannot be written: "_s + file.errorString());
    // Exports name staff; a new file is readable by its owner only, whatever the umask.
    if (!QFileInfo::exists(path))
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error::invalid(path, u"could not be saved: "_s + file.errorString());
    return {};
}

} // namespace tenet::app

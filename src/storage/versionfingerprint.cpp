#include "versionfingerprint.h"

#include "sqlquery.h"

#include <QCryptographicHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace tenet::storage {

using domain::Result;
using domain::Status;

Result<QByteArray> versionContentHash(const QSqlDatabase &db, qint64 versionId)
{
    QStringList lines;
    SqlQuery sections(db,
                      u"SELECT s.language, s.section_key, b.hash FROM version_section s "
                      "JOIN section_blob b ON b.id = s.section_blob_id "
                      "WHERE s.version_id = :id"_s);
    sections.bind(u":id"_s, versionId);
    if (Status status = sections.exec(); !status)
        return status.error();
    while (sections.next())
        lines.append(u"section\t%1\t%2\t%3\n"_s.arg(
            sections.text(0), sections.text(1),
            QString::fromLatin1(sections.value(2).toByteArray().toHex())));
    SqlQuery checks(db, u"SELECT language, sha256 FROM version_check WHERE version_id = :id"_s);
    checks.bind(u":id"_s, versionId);
    if (Status status = checks.exec(); !status)
        return status.error();
    while (checks.next())
        lines.append(u"check\t%1\t%2\n"_s.arg(
            checks.text(0), QString::fromLatin1(checks.value(1).toByteArray().toHex())));
    // Sorted, so that the hash does not depend on the order rows come back in.
    lines.sort();
    return QCryptographicHash::hash(lines.join(QString()).toUtf8(), QCryptographicHash::Sha256);
}

} // namespace tenet::storage

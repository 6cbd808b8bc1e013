#include "versioncheckstore.h"

#include "exchange/codejson.h"
#include "sqlquery.h"

#include <nlohmann/json.hpp>

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace tenet::storage {

using domain::ComprehensionCheck;
using domain::Error;
using domain::Result;
using domain::Status;

namespace {

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

} // namespace

VersionCheckStore::VersionCheckStore(const QSqlDatabase &db) : m_db(db) { }

Status VersionCheckStore::store(qint64 versionId, const QString &language,
                                const ComprehensionCheck &check) const
{
    if (check.isEmpty()) {
        SqlQuery remove(m_db, u"DELETE FROM version_check WHERE version_id = :version "
                              "AND language = :language"_s);
        remove.bind(u":version"_s, versionId).bind(u":language"_s, language);
        return remove.exec();
    }
    const QByteArray body = exchange::canonicalJson(exchange::comprehensionCheckToJson(check));
    SqlQuery upsert(m_db, u"INSERT INTO version_check (version_id, language, body, sha256) "
                          "VALUES (:version, :language, :body, :hash) "
                          "ON CONFLICT (version_id, language) "
                          "DO UPDATE SET body = excluded.body, sha256 = excluded.sha256"_s);
    upsert.bind(u":version"_s, versionId)
        .bind(u":language"_s, language)
        .bind(u":body"_s, QString::fromUtf8(body))
        .bind(u":hash"_s, sha256(body));
    return upsert.exec();
}

Result<ComprehensionCheck> VersionCheckStore::load(qint64 versionId) const
{
    SqlQuery q(m_db, u"SELECT k.body FROM version_check k JOIN version v "
                     "ON v.id = k.version_id AND v.language = k.language "
                     "WHERE k.version_id = :version"_s);
    q.bind(u":version"_s, versionId);
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next())
        return ComprehensionCheck {};
    const QString where = u"version %1"_s.arg(versionId);
    try {
        auto check = exchange::comprehensionCheckFromJson(
            nlohmann::json::parse(q.text(0).toStdString()), u"/comprehension_check"_s);
        if (!check)
            return Error::integrity(where, u"its comprehension check cannot be read: %1"_s.arg(
                                               check.error().toString()));
        return check;
    } catch (const nlohmann::json::exception &e) {
        return Error::integrity(where, u"its comprehension check is not valid JSON: %1"_s.arg(
                                           QString::fromUtf8(e.what())));
    }
}

Status VersionCheckStore::copy(qint64 fromVersionId, qint64 toVersionId) const
{
    SqlQuery q(m_db, u"INSERT INTO version_check (version_id, language, body, sha256) "
                     "SELECT :to, language, body, sha256 FROM version_check "
                     "WHERE version_id = :from"_s);
    q.bind(u":to"_s, toVersionId).bind(u":from"_s, fromVersionId);
    return q.exec();
}

Result<QStringList> VersionCheckStore::verifyHashes() const
{
    SqlQuery q(m_db, u"SELECT v.number, c.title, k.body, k.sha256 FROM version_check k "
                     "JOIN version v ON v.id = k.version_id "
                     "JOIN code c ON c.id = v.code_id ORDER BY c.id, v.number"_s);
    if (Status status = q.exec(); !status)
        return status.error();
    QStringList problems;
    while (q.next()) {
        if (sha256(q.text(2).toUtf8()) != q.value(3).toByteArray())
            problems << u"the comprehension check of version %1 of \"%2\" no longer matches "
                        "its SHA-256: it was changed outside Tenet"_s.arg(q.text(0), q.text(1));
    }
    return problems;
}

} // namespace tenet::storage

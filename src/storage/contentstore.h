#pragma once

#include "domain/result.h"
#include "domain/section.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QStringList>

namespace tenet::storage {

// Version content stored by hash: each distinct clause and each distinct section is kept
// once, however many versions hold it, so that saving a version costs what changed.
// Used by the stores inside their transactions.
class ContentStore
{
public:
    explicit ContentStore(const QSqlDatabase &db);

    // SHA-256 of the canonical JSON of the clause (exchange::clauseToJson) and of the whole
    // section with its clauses (exchange::sectionToJson).
    static QByteArray clauseHash(const domain::Clause &clause);
    static QByteArray sectionHash(const domain::Section &section);

    // The id of the stored section with exactly this content, storing it (and any clause
    // not stored yet) when it is new.
    domain::Result<qint64> storeSection(const domain::Section &section) const;
    domain::Result<QByteArray> storedSectionHash(qint64 sectionBlobId) const;
    domain::Result<domain::Section> loadSection(qint64 sectionBlobId) const;

    // Deletes a stored section that no version holds any more, with those of its clauses
    // that no other section holds; a section still held is left alone.
    domain::Status collect(qint64 sectionBlobId) const;

    // Recomputes the hash of every stored clause and section; the sentences name those
    // whose content no longer matches the hash they were stored under.
    domain::Result<QStringList> verifyHashes() const;

private:
    QSqlDatabase m_db;
};

} // namespace tenet::storage

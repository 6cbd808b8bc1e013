#pragma once

#include "storage/searchhit.h"

#include <QAbstractListModel>

namespace tenet::app {

// The clauses a search found, one row each; the display text carries the snippet with its
// matches between '[' and ']' (SearchHitDelegate draws them highlighted).
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ClauseIdRole = Qt::UserRole + 1,
        VersionNumberRole, // the newest version holding the clause text
        SnippetRole,
        HeadingRole, // "3.2 Title"
    };

    explicit SearchResultModel(QObject *parent = nullptr);

    void setHits(QList<storage::SearchHit> hits);
    const QList<storage::SearchHit> &hits() const { return m_hits; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<storage::SearchHit> m_hits;
};

} // namespace tenet::app

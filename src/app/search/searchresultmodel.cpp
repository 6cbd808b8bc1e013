#include "searchresultmodel.h"

using namespace Qt::StringLiterals;

namespace tenet::app {

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SearchResultModel::setHits(QList<storage::SearchHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case HeadingRole:
        return QString(hit.clauseNumber + u' ' + hit.title);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QString snippet = hit.snippet;
        return QString(hit.clauseNumber + u' ' + hit.title + u" — "_s
                       + snippet.remove(u'[').remove(u']'));
    }
    case Qt::ToolTipRole: {
        QStringList versions;
        for (int n : hit.versionNumbers)
            versions << QString::number(n);
        return tr("Clause %1 (%2), in version(s) %3")
            .arg(hit.clauseNumber, hit.clauseId, versions.join(u", "_s));
    }
    case ClauseIdRole:
        return hit.clauseId;
    case VersionNumberRole:
        return hit.versionNumbers.isEmpty() ? 0 : hit.versionNumbers.last();
    case SnippetRole:
        return hit.snippet;
    default:
        return {};
    }
}

} // namespace tenet::app

#pragma once

#include "domain/version.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace tenet::app {

class Session;

// Every version of the session's current code, one row each in order of number: its state,
// who wrote and approved it, when it was started and published, whether the publication
// was material, and its summary. The version in force is marked. Reloads itself when the
// session's code or versions change.
class VersionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        StateColumn,
        AuthorColumn,
        ApproverColumn,
        CreatedColumn,
        PublishedColumn,
        KindColumn,
        SummaryColumn,
        ColumnCount
    };
    enum Role
    {
        VersionIdRole = Qt::UserRole + 1, // qint64
        SortRole, // a value that sorts as people expect (numbers, times)
        InForceRole, // bool
        StateRole, // int: domain::VersionState
    };

    explicit VersionListModel(Session &session, QObject *parent = nullptr);
    // Follows a switch of the interface language (see app/common/languagechange.h).
    bool event(QEvent *event) override;

    void reload();

    const QList<domain::VersionInfo> &versions() const { return m_versions; }
    // Why the last reload read no versions, when it could not read them; empty otherwise.
    const QString &readError() const { return m_readError; }
    const domain::VersionInfo &versionAt(int row) const { return m_versions.at(row); }
    // The row of the version, or -1.
    int rowOf(qint64 versionId) const;
    std::optional<domain::VersionInfo> version(qint64 versionId) const;
    std::optional<domain::VersionInfo> versionInForce() const;
    // The nearest earlier version that was not withdrawn (a withdrawn draft is a dead end,
    // rarely what someone means by "the previous version"); failing that, the one just
    // before; none for the first.
    std::optional<domain::VersionInfo> previousVersion(qint64 versionId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString personName(const QString &id) const;
    QString personToolTip(const QString &id) const;

    Session &m_session;
    QList<domain::VersionInfo> m_versions;
    // Employee number -> "Full Name", looked up once per reload for the few people named.
    QHash<QString, QString> m_names;
    QString m_readError;
};

} // namespace tenet::app

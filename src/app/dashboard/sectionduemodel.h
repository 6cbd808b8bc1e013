#pragma once

#include "domain/dashboard.h"

#include <QAbstractTableModel>
#include <QList>

namespace tenet::app {

// Where each section of the version in force stands with its review, one row each.
class SectionDueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Section,
        Owner,
        LastReviewed,
        Due,
        State,
        Days,
        ColumnCount
    };

    explicit SectionDueModel(QObject *parent = nullptr);
    // Follows a switch of the interface language (see app/common/languagechange.h).
    bool event(QEvent *event) override;

    void setSections(const QList<domain::SectionDue> &sections);
    const QList<domain::SectionDue> &sections() const { return m_sections; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<domain::SectionDue> m_sections;
};

} // namespace tenet::app

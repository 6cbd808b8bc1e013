#pragma once

#include "domain/comparison.h"
#include "render/outputlanguage.h"

#include <QAbstractItemModel>
#include <QList>

namespace tenet::app {

// The changes between two versions as a tree for a list of changes: one parent row per
// section with changes, and under it one row per changed clause and per changed structured
// item. Each row knows the redline anchor of its change (AnchorRole).
class ComparisonModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        TitleColumn,
        ChangeColumn,
        FieldsColumn,
        ColumnCount
    };
    enum Role
    {
        AnchorRole = Qt::UserRole + 1, // QString: the redline anchor (redlinehtml.h)
        ChangeKindRole, // int: domain::ChangeKind; sections are Changed
        MovedRole, // bool
        RowTypeRole, // int: RowType
        KeyRole, // QString: clause id, item key or section key name
    };
    enum class RowType
    {
        Section,
        Clause,
        Item
    };

    explicit ComparisonModel(QObject *parent = nullptr);
    // Follows a switch of the interface language (see app/common/languagechange.h).
    bool event(QEvent *event) override;

    // `before` and `after` are the compared versions' content: a structured item is shown
    // by its name and fields in words, never by the file format's keys.
    void setComparison(const domain::Comparison &comparison, const domain::CodeContent &before,
                       const domain::CodeContent &after);
    void clear();
    const domain::Comparison &comparison() const { return m_comparison; }
    // The language of the model's words (kinds of change, field names, item fields): the
    // interface's, taken when the comparison is set, so that the redline beside the list can
    // be drawn in the same words.
    const render::OutputLanguage &language() const { return m_language; }

    // The row of a clause's change (by clause id) or of a structured item's (by its kind and
    // key); invalid when that did not change.
    QModelIndex indexOfClause(const QString &clauseId) const;
    QModelIndex indexOfItem(const QString &itemKind, const QString &key) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // A change under a section: a clause or an item, by its index in the SectionComparison.
    struct Entry
    {
        RowType type = RowType::Clause;
        int index = 0;
        QString itemName; // an item's name as its reader knows it
        QString itemToolTip; // an item's fields in words, before and after
    };
    struct SectionRow
    {
        int sectionIndex = 0;
        QList<Entry> entries;
    };

    QVariant sectionData(const SectionRow &row, int column, int role) const;
    QVariant entryData(const SectionRow &row, const Entry &entry, int column, int role) const;

    domain::Comparison m_comparison;
    QList<SectionRow> m_rows;
    render::OutputLanguage m_language;
};

} // namespace tenet::app

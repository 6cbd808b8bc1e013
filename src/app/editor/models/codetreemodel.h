#pragma once

#include "domain/reviewbasis.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QPointer>

namespace tenet::app {

class DraftDocument;

// The navigator's tree over a DraftDocument: the seven sections in their fixed order, each
// with its clauses numbered (3.2) and marked must or should. The display text is the title
// alone and the number a role of its own, so that a row's text does not change when a clause
// above it moves (views show "3.2 Title", see CodeTreeDelegate). It never owns the
// content: it follows the document's signals, and every change a view asks of it (a new
// title, a drag and drop) goes onto the document's undo stack as a command.
class CodeTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        MarkColumn,
        ColumnCount
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1, // a Kind
        SectionIndexRole, // int, for sections and clauses
        ClauseIdRole, // QString, clauses only
        NumberRole, // "3" for a section, "3.2" for a clause
        StrengthRole, // "must" or "should"
        DueForReviewRole, // bool, sections only
        ReviewDueDateRole, // QDate, sections with a review interval
    };
    enum class Kind
    {
        Section,
        Clause
    };
    Q_ENUM(Kind)

    // What a dragged clause carries: its id, UTF-8.
    static QString clauseMimeType();

    explicit CodeTreeModel(QObject *parent = nullptr);
    // Follows a switch of the interface language (see app/common/languagechange.h).
    bool event(QEvent *event) override;
    ~CodeTreeModel() override;

    DraftDocument *document() const;
    // Shows another document (or none); the model resets once.
    void setDocument(DraftDocument *document);
    // What the review badge is judged from (the domain's review rule, as on the dashboard):
    // the version in force's publication, the sections' latest reviews, and today (UTC).
    void setReviewBasis(const domain::ReviewBasis &basis, const QDate &today);

    QModelIndex sectionIndex(int section, int column = TitleColumn) const;
    QModelIndex clauseIndex(int section, int clause, int column = TitleColumn) const;
    QModelIndex indexOfClause(const QString &clauseId) const;
    bool isClause(const QModelIndex &index) const;
    bool isSection(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Moves one clause (count 1) under the same or another section; destinationChild counts
    // before the move, as Qt's moveRows does. Pushes an undo command.
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

private:
    bool isEditable() const;
    QVariant sectionData(int section, int column, int role) const;
    QVariant clauseData(int section, int clause, int column, int role) const;
    // Where a drop lands: the section and the row to insert before (pre-move numbering).
    bool dropTarget(int row, const QModelIndex &parent, int *section, int *before) const;
    bool moveClause(const QString &clauseId, int toSection, int before);
    void renumber(int section, int fromClause);
    void connectDocument();

    QPointer<DraftDocument> m_document;
    domain::ReviewBasis m_reviewBasis;
    QDate m_today;
    bool m_moving = false;
};

} // namespace tenet::app

#include "codetreemodel.h"
#include "app/common/displayformat.h"
#include "app/common/languagechange.h"
#include "domain/organisationdate.h"

#include "app/editor/commands/editclausecommand.h"
#include "app/editor/commands/moveclausecommand.h"
#include "app/editor/draftdocument.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QMimeData>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace tenet::app {

namespace {

// A section's index has internal id 0; a clause's holds its section's row plus one.
constexpr quintptr sectionId = 0;

} // namespace

QString CodeTreeModel::clauseMimeType()
{
    return u"application/x-tenet-clause-id"_s;
}

CodeTreeModel::CodeTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_today(domain::organisationToday())
{
}

CodeTreeModel::~CodeTreeModel() = default;

DraftDocument *CodeTreeModel::document() const
{
    return m_document;
}

void CodeTreeModel::setDocument(DraftDocument *document)
{
    if (document == m_document)
        return;
    beginResetModel();
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    connectDocument();
    endResetModel();
}

void CodeTreeModel::connectDocument()
{
    if (!m_document)
        return;
    DraftDocument *d = m_document;
    connect(d, &DraftDocument::clauseAboutToBeInserted, this, [this](int section, int clause) {
        beginInsertRows(sectionIndex(section), clause, clause);
    });
    connect(d, &DraftDocument::clauseInserted, this, [this](int section, int clause) {
        endInsertRows();
        renumber(section, clause + 1);
    });
    connect(d, &DraftDocument::clauseAboutToBeRemoved, this, [this](int section, int clause) {
        beginRemoveRows(sectionIndex(section), clause, clause);
    });
    connect(d, &DraftDocument::clauseRemoved, this, [this](int section, int clause) {
        endRemoveRows();
        renumber(section, clause);
    });
    connect(d, &DraftDocument::clauseAboutToBeMoved, this,
            [this](int fromSection, int fromIndex, int toSection, int toIndex) {
                // Qt counts the destination before the move; the document after it.
                const int destination
                    = (fromSection == toSection && toIndex > fromIndex) ? toIndex + 1 : toIndex;
                m_moving = beginMoveRows(sectionIndex(fromSection), fromIndex, fromIndex,
                                         sectionIndex(toSection), destination);
                if (!m_moving)
                    beginResetModel();
            });
    connect(d, &DraftDocument::clauseMoved, this,
            [this](int fromSection, int fromIndex, int toSection, int toIndex) {
                if (!m_moving) {
                    endResetModel();
                    return;
                }
                endMoveRows();
                m_moving = false;
                if (fromSection == toSection) {
                    renumber(fromSection, qMin(fromIndex, toIndex));
                } else {
                    renumber(fromSection, fromIndex);
                    renumber(toSection, toIndex);
                }
            });
    connect(d, &DraftDocument::clauseChanged, this, [this](int section, int clause) {
        emit dataChanged(clauseIndex(section, clause, TitleColumn),
                         clauseIndex(section, clause, MarkColumn));
    });
    connect(d, &DraftDocument::sectionChanged, this, [this](int section) {
        emit dataChanged(sectionIndex(section, TitleColumn), sectionIndex(section, MarkColumn));
    });
    connect(d, &DraftDocument::contentAboutToBeReset, this, [this] { beginResetModel(); });
    connect(d, &DraftDocument::contentReset, this, [this] { endResetModel(); });
    connect(d, &DraftDocument::readOnlyChanged, this, [this] {
        // Flags depend on it; views re-read them on any data change.
        if (rowCount() > 0)
            emit dataChanged(sectionIndex(0), sectionIndex(rowCount() - 1, MarkColumn));
    });
}

void CodeTreeModel::setReviewBasis(const domain::ReviewBasis &basis, const QDate &today)
{
    m_reviewBasis = basis;
    m_today = today;
    if (rowCount() > 0)
        emit dataChanged(sectionIndex(0), sectionIndex(rowCount() - 1, MarkColumn));
}

QModelIndex CodeTreeModel::sectionIndex(int section, int column) const
{
    return index(section, column);
}

QModelIndex CodeTreeModel::clauseIndex(int section, int clause, int column) const
{
    return index(clause, column, sectionIndex(section));
}

QModelIndex CodeTreeModel::indexOfClause(const QString &clauseId) const
{
    if (!m_document)
        return {};
    const auto position = m_document->findClause(clauseId);
    if (!position)
        return {};
    return clauseIndex(position->sectionIndex, position->clauseIndex);
}

bool CodeTreeModel::isClause(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.internalId() != sectionId;
}

bool CodeTreeModel::isSection(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.internalId() == sectionId;
}

QModelIndex CodeTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, sectionId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex CodeTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == sectionId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, sectionId);
}

int CodeTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_document)
        return 0;
    if (!parent.isValid())
        return m_document->sectionCount();
    if (parent.column() != 0 || parent.internalId() != sectionId)
        return 0;
    return m_document->clauseCount(parent.row());
}

int CodeTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CodeTreeModel::data(const QModelIndex &index, int role) const
{
    if (!m_document || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == sectionId)
        return sectionData(index.row(), index.column(), role);
    return clauseData(int(index.internalId() - 1), index.row(), index.column(), role);
}

QVariant CodeTreeModel::sectionData(int section, int column, int role) const
{
    const domain::Section &s = m_document->section(section);
    const domain::SectionDue review = m_reviewBasis.dueOf(s, m_today);
    const bool isDue = review.isDue();
    switch (role) {
    case Qt::DisplayRole:
        if (column == TitleColumn)
            return s.title;
        return isDue ? tr("review due") : QString();
    case Qt::AccessibleTextRole:
        if (column == TitleColumn)
            return tr("Section %1, %2")
                .arg(QString::number(m_document->sectionNumber(section)), s.title);
        return isDue ? tr("review due") : QString();
    case Qt::EditRole:
        return column == TitleColumn ? QVariant(s.title) : QVariant();
    case Qt::FontRole:
        if (column == TitleColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (isDue) {
            //: %1 is the section's number, %2 a date; %n the review interval in days.
            return tr("Section %1 is due for review: its review interval of %n days ran out on "
                      "%2.",
                      nullptr, *s.reviewIntervalDays)
                .arg(QString::number(m_document->sectionNumber(section)),
                     display::date(review.due));
        }
        if (review.due.isValid())
            return tr("Next review due on %1.").arg(display::date(review.due));
        return s.purpose.isEmpty() ? QVariant() : QVariant(s.purpose);
    case KindRole:
        return QVariant::fromValue(Kind::Section);
    case SectionIndexRole:
        return section;
    case NumberRole:
        return QString::number(m_document->sectionNumber(section));
    case DueForReviewRole:
        return isDue;
    case ReviewDueDateRole:
        return review.due.isValid() ? QVariant(review.due) : QVariant();
    default:
        return {};
    }
}

QVariant CodeTreeModel::clauseData(int section, int clause, int column, int role) const
{
    const domain::Clause &c = m_document->clause(section, clause);
    const QString strength = domain::strengthName(c.strength); // the file's key: must, should
    // What the navigator's mark says, in the interface language ("debe", "privaloma").
    const QString badge = domain::strengthBadge(c.strength).toLower();
    switch (role) {
    case Qt::DisplayRole:
        return column == TitleColumn ? c.title : badge;
    case Qt::EditRole:
        return column == TitleColumn ? QVariant(c.title) : QVariant(strength);
    case Qt::AccessibleTextRole:
        return tr("Clause %1, %2, %3")
            .arg(m_document->clauseNumber(section, clause), c.title, badge);
    case Qt::ToolTipRole:
        return c.strength == domain::Strength::Must
            ? tr("%1 %2: must, a firm rule").arg(m_document->clauseNumber(section, clause), c.title)
            : tr("%1 %2: should, guidance that leaves room for judgement")
                  .arg(m_document->clauseNumber(section, clause), c.title);
    case KindRole:
        return QVariant::fromValue(Kind::Clause);
    case SectionIndexRole:
        return section;
    case ClauseIdRole:
        return c.id;
    case NumberRole:
        return m_document->clauseNumber(section, clause);
    case StrengthRole:
        return strength;
    default:
        return {};
    }
}

QVariant CodeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Section or clause");
    case MarkColumn:
        return tr("Mark");
    default:
        return {};
    }
}

Qt::ItemFlags CodeTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return isEditable() ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() == sectionId) {
        if (isEditable())
            flags |= Qt::ItemIsDropEnabled;
        return flags;
    }
    flags |= Qt::ItemNeverHasChildren;
    if (isEditable()) {
        // A clause accepts a drop onto itself: the dragged clause takes its place.
        flags |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
        if (index.column() == TitleColumn)
            flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool CodeTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isClause(index) || index.column() != TitleColumn || !isEditable())
        return false;
    const QString title = value.toString().trimmed();
    domain::Clause clause = m_document->clause(int(index.internalId() - 1), index.row());
    if (title.isEmpty() || title == clause.title)
        return false;
    clause.title = title;
    m_document->undoStack()->push(
        new EditClauseCommand(m_document, EditClauseCommand::Field::Title, clause));
    return true;
}

bool CodeTreeModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                             const QModelIndex &destinationParent, int destinationChild)
{
    if (count != 1 || !isSection(sourceParent) || !isSection(destinationParent) || !isEditable())
        return false;
    const int fromSection = sourceParent.row();
    if (sourceRow < 0 || sourceRow >= m_document->clauseCount(fromSection))
        return false;
    const QString clauseId = m_document->clause(fromSection, sourceRow).id;
    return moveClause(clauseId, destinationParent.row(), destinationChild);
}

bool CodeTreeModel::moveClause(const QString &clauseId, int toSection, int before)
{
    const auto from = m_document->findClause(clauseId);
    if (!from || toSection < 0 || toSection >= m_document->sectionCount())
        return false;
    const int count = m_document->clauseCount(toSection);
    if (before < 0 || before > count)
        before = count;
    int to = before;
    if (from->sectionIndex == toSection && from->clauseIndex < before)
        --to;
    if (from->sectionIndex == toSection && from->clauseIndex == to)
        return false;
    m_document->undoStack()->push(
        new MoveClauseCommand(m_document, from->sectionIndex, from->clauseIndex, toSection, to));
    return true;
}

QStringList CodeTreeModel::mimeTypes() const
{
    return {clauseMimeType()};
}

QMimeData *CodeTreeModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &index : indexes) {
        if (isClause(index)) {
            auto *data = new QMimeData;
            data->setData(clauseMimeType(), this->data(index, ClauseIdRole).toString().toUtf8());
            return data;
        }
    }
    return nullptr;
}

bool CodeTreeModel::dropTarget(int row, const QModelIndex &parent, int *section, int *before) const
{
    if (isSection(parent)) {
        *section = parent.row();
        *before = row;
        return true;
    }
    if (isClause(parent)) {
        *section = int(parent.internalId() - 1);
        *before = parent.row();
        return true;
    }
    return false;
}

bool CodeTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                    const QModelIndex &parent) const
{
    int section = 0;
    int before = 0;
    return isEditable() && data && data->hasFormat(clauseMimeType()) && (action == Qt::MoveAction)
        && dropTarget(row, parent, &section, &before)
        && m_document->findClause(QString::fromUtf8(data->data(clauseMimeType())));
}

bool CodeTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    int section = 0;
    int before = 0;
    dropTarget(row, parent, &section, &before);
    const QString clauseId = QString::fromUtf8(data->data(clauseMimeType()));
    if (isClause(parent)) {
        // Dropped onto a clause: take its place, whichever way the clause travels.
        const auto from = m_document->findClause(clauseId);
        if (from->sectionIndex == section && from->clauseIndex < before)
            ++before;
    }
    return moveClause(clauseId, section, before);
}

Qt::DropActions CodeTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions CodeTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool CodeTreeModel::isEditable() const
{
    return m_document && !m_document->isReadOnly();
}

void CodeTreeModel::renumber(int section, int fromClause)
{
    const int count = m_document->clauseCount(section);
    if (fromClause < 0 || fromClause >= count)
        return;
    emit dataChanged(clauseIndex(section, fromClause, TitleColumn),
                     clauseIndex(section, count - 1, TitleColumn),
                     {Qt::AccessibleTextRole, Qt::ToolTipRole, NumberRole});
}

bool CodeTreeModel::event(QEvent *event)
{
    announceTextsOnLanguageChange(*this, event);
    return QAbstractItemModel::event(event);
}

} // namespace tenet::app

#include "comparisonmodel.h"

#include "app/common/languagechange.h"
#include "render/changetext.h"
#include "render/itemfields.h"
#include "render/redlinehtml.h"

#include <QColor>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;
using namespace tenet::domain;
using tenet::render::ChangeText;
using tenet::render::ItemFields;
using tenet::render::redlineClauseAnchor;
using tenet::render::redlineItemAnchor;
using tenet::render::redlineSectionAnchor;

namespace tenet::app {

namespace {

// Parent rows carry internal id 0; a child carries its parent's row + 1.
constexpr quintptr sectionRowId = 0;

// The colour is a second signal only: the change column also says it in words.
QColor kindColour(ChangeKind kind, bool moved)
{
    switch (kind) {
    case ChangeKind::Added:
        return QColor(0x1f, 0x7a, 0x3a);
    case ChangeKind::Removed:
        return QColor(0xb3, 0x26, 0x1e);
    case ChangeKind::Changed:
        return QColor(0x8a, 0x5a, 0x00);
    case ChangeKind::Unchanged:
        return moved ? QColor(0x3b, 0x5b, 0xab) : QColor();
    }
    return {};
}

QString kindSymbol(ChangeKind kind, bool moved)
{
    switch (kind) {
    case ChangeKind::Added:
        return u"+"_s;
    case ChangeKind::Removed:
        return u"\u2212"_s;
    case ChangeKind::Changed:
        return u"~"_s;
    case ChangeKind::Unchanged:
        return moved ? u"\u21c5"_s : QString();
    }
    return {};
}

// The interface's language as an output language: QLocale's default follows the interface
// ("es_ES" when it speaks Spanish); the C locale (no language chosen) is English.
render::OutputLanguage interfaceLanguage()
{
    const QLocale locale;
    return locale.language() == QLocale::C
        ? render::OutputLanguage::english()
        : render::OutputLanguage(locale.name().section(u'_', 0, 0));
}

} // namespace

ComparisonModel::ComparisonModel(QObject *parent) : QAbstractItemModel(parent) { }

void ComparisonModel::setComparison(const Comparison &comparison, const CodeContent &before,
                                    const CodeContent &after)
{
    beginResetModel();
    m_comparison = comparison;
    m_language = interfaceLanguage();
    m_rows.clear();
    for (int s = 0; s < m_comparison.sections.size(); ++s) {
        const SectionComparison &section = m_comparison.sections.at(s);
        if (!section.hasChanges())
            continue;
        SectionRow row;
        row.sectionIndex = s;
        for (int c = 0; c < section.clauses.size(); ++c) {
            if (section.clauses.at(c).isChange())
                row.entries.append({RowType::Clause, c, {}, {}});
        }
        for (int i = 0; i < section.items.size(); ++i) {
            const ItemComparison &item = section.items.at(i);
            const auto was
                = ItemFields::of(item.itemKind, item.key, before.section(section.key), m_language);
            const auto now
                = ItemFields::of(item.itemKind, item.key, after.section(section.key), m_language);
            const QString name = ItemFields::name(now.isEmpty() ? was : now);
            const QString tip = item.kind == ChangeKind::Changed
                ? tr("Before: %1\nAfter: %2")
                      .arg(ItemFields::description(was), ItemFields::description(now))
                : ItemFields::description(now.isEmpty() ? was : now);
            row.entries.append({RowType::Item, i, name, tip});
        }
        m_rows.append(row);
    }
    endResetModel();
}

void ComparisonModel::clear()
{
    beginResetModel();
    m_comparison = {};
    m_rows.clear();
    endResetModel();
}

QModelIndex ComparisonModel::indexOfClause(const QString &clauseId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        const SectionRow &row = m_rows.at(r);
        const SectionComparison &section = m_comparison.sections.at(row.sectionIndex);
        for (int e = 0; e < row.entries.size(); ++e) {
            const Entry &entry = row.entries.at(e);
            if (entry.type == RowType::Clause
                && section.clauses.at(entry.index).clauseId == clauseId)
                return createIndex(e, 0, quintptr(r + 1));
        }
    }
    return {};
}

QModelIndex ComparisonModel::indexOfItem(const QString &itemKind, const QString &key) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        const SectionRow &row = m_rows.at(r);
        const SectionComparison &section = m_comparison.sections.at(row.sectionIndex);
        for (int e = 0; e < row.entries.size(); ++e) {
            const Entry &entry = row.entries.at(e);
            if (entry.type != RowType::Item)
                continue;
            const ItemComparison &item = section.items.at(entry.index);
            if (item.itemKind == itemKind && item.key == key)
                return createIndex(e, 0, quintptr(r + 1));
        }
    }
    return {};
}

QModelIndex ComparisonModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, sectionRowId) : QModelIndex();
    if (parent.internalId() != sectionRowId || parent.row() >= m_rows.size())
        return {};
    if (row >= m_rows.at(parent.row()).entries.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ComparisonModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == sectionRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, sectionRowId);
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.column() != 0 || parent.internalId() != sectionRowId)
        return 0;
    return int(m_rows.at(parent.row()).entries.size());
}

int ComparisonModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == sectionRowId)
        return sectionData(m_rows.at(index.row()), index.column(), role);
    const SectionRow &row = m_rows.at(int(index.internalId() - 1));
    return entryData(row, row.entries.at(index.row()), index.column(), role);
}

QVariant ComparisonModel::sectionData(const SectionRow &row, int column, int role) const
{
    const SectionComparison &section = m_comparison.sections.at(row.sectionIndex);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NumberColumn:
            return QString::number(sectionNumber(section.key));
        case TitleColumn:
            return section.title;
        case ChangeColumn:
            return tr("%n changes", nullptr, int(row.entries.size()));
        case FieldsColumn:
            return section.changedFields.isEmpty()
                ? QString()
                //: The section's own fields that changed, for example "the title and the
                //: review interval" (in the words of the list of changes).
                : tr("Section details: %1")
                      .arg(ChangeText::fieldList(section.changedFields, m_language));
        }
        break;
    case Qt::FontRole:
        if (column == TitleColumn || column == NumberColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::AccessibleTextRole:
        if (column == TitleColumn)
            return tr("Section %1, %2").arg(sectionNumber(section.key)).arg(section.title);
        break;
    case AnchorRole:
        return redlineSectionAnchor(row.sectionIndex);
    case ChangeKindRole:
        return int(ChangeKind::Changed);
    case MovedRole:
        return false;
    case RowTypeRole:
        return int(RowType::Section);
    case KeyRole:
        return sectionKeyName(section.key);
    }
    return {};
}

QVariant ComparisonModel::entryData(const SectionRow &row, const Entry &entry, int column,
                                    int role) const
{
    const SectionComparison &section = m_comparison.sections.at(row.sectionIndex);
    if (entry.type == RowType::Item) {
        const ItemComparison &item = section.items.at(entry.index);
        switch (role) {
        case Qt::DisplayRole:
            switch (column) {
            case NumberColumn:
                return ChangeText::itemKindLabel(item.itemKind, m_language);
            case TitleColumn:
                return entry.itemName;
            case ChangeColumn:
                return kindSymbol(item.kind, false) + u' '
                    + ChangeText::kindLabel(item.kind, false, m_language);
            case FieldsColumn:
                return ChangeText::fieldList(item.changedFields, m_language);
            }
            break;
        case Qt::ToolTipRole:
            return entry.itemToolTip;
        case Qt::ForegroundRole:
            if (column == ChangeColumn)
                return kindColour(item.kind, false);
            break;
        case AnchorRole:
            return redlineItemAnchor(row.sectionIndex, entry.index);
        case ChangeKindRole:
            return int(item.kind);
        case MovedRole:
            return false;
        case RowTypeRole:
            return int(RowType::Item);
        case KeyRole:
            return item.key;
        }
        return {};
    }

    const ClauseComparison &clause = section.clauses.at(entry.index);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NumberColumn:
            if (clause.numberBefore.isEmpty())
                return clause.numberAfter;
            if (clause.numberAfter.isEmpty() || clause.numberAfter == clause.numberBefore)
                return clause.numberBefore;
            return clause.numberBefore + u" \u2192 "_s + clause.numberAfter;
        case TitleColumn:
            return clause.after ? clause.after->title : clause.before->title;
        case ChangeColumn:
            return kindSymbol(clause.kind, clause.moved) + u' '
                + ChangeText::kindLabel(clause.kind, clause.moved, m_language);
        case FieldsColumn:
            return ChangeText::fieldList(clause.changedFields, m_language);
        }
        break;
    case Qt::ToolTipRole:
        if (column == NumberColumn && clause.moved)
            return tr("Moved from %1 to %2").arg(clause.numberBefore, clause.numberAfter);
        if (column == TitleColumn && clause.kind == ChangeKind::Changed
            && clause.changedFields.contains(u"title"_s))
            return tr("Was: %1").arg(clause.before->title);
        break;
    case Qt::ForegroundRole:
        if (column == ChangeColumn)
            return kindColour(clause.kind, clause.moved);
        break;
    case Qt::FontRole:
        if (column == TitleColumn && clause.kind == ChangeKind::Removed) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        break;
    case AnchorRole:
        return redlineClauseAnchor(row.sectionIndex, entry.index);
    case ChangeKindRole:
        return int(clause.kind);
    case MovedRole:
        return clause.moved;
    case RowTypeRole:
        return int(RowType::Clause);
    case KeyRole:
        return clause.clauseId;
    }
    return {};
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case TitleColumn:
        return tr("Title");
    case ChangeColumn:
        return tr("Change");
    case FieldsColumn:
        return tr("What changed");
    }
    return {};
}

bool ComparisonModel::event(QEvent *event)
{
    announceTextsOnLanguageChange(*this, event);
    return QAbstractItemModel::event(event);
}

} // namespace tenet::app

#include "itemtablemodel.h"

#include "app/common/languagechange.h"
#include "app/editor/commands/edititemscommand.h"
#include "app/editor/draftdocument.h"
#include "domain/contentrules.h"
#include "domain/role.h"
#include "domain/structureditems.h"
#include "itemcolumns.h"

#include <QRegularExpression>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace tenet::app {

namespace {

const QRegularExpression &keyPattern()
{
    static const QRegularExpression pattern(u"^[a-z][a-z0-9_]*$"_s);
    return pattern;
}

const QRegularExpression &identifierPattern()
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._-]*$"_s);
    return pattern;
}

// The roles as the reader calls them, not as the file stores them.
QString roleLabels()
{
    QStringList labels;
    for (const QString &name : domain::allRoleNames().split(u", "_s))
        labels.append(domain::roleLabel(name));
    return labels.join(u", "_s);
}

} // namespace

ItemTableModel::ItemTableModel(ItemKind kind, QObject *parent)
    : QAbstractTableModel(parent), m_kind(kind), m_columns(ItemColumns::of(kind))
{
}

ItemTableModel::~ItemTableModel() = default;

DraftDocument *ItemTableModel::document() const
{
    return m_document;
}

void ItemTableModel::setDocument(DraftDocument *document)
{
    beginResetModel();
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    m_section = -1;
    if (m_document) {
        for (int s = 0; s < m_document->sectionCount(); ++s) {
            if (m_document->section(s).key == sectionKeyOf(m_kind))
                m_section = s;
        }
        connect(m_document, &DraftDocument::itemsChanged, this,
                &ItemTableModel::documentItemsChanged);
        connect(m_document, &DraftDocument::contentAboutToBeReset, this,
                [this] { beginResetModel(); });
        connect(m_document, &DraftDocument::contentReset, this, [this] {
            m_rowCount = items().count(m_kind);
            endResetModel();
        });
    }
    m_rowCount = items().count(m_kind);
    endResetModel();
}

void ItemTableModel::documentItemsChanged(int section)
{
    if (section != m_section)
        return;
    const int count = items().count(m_kind);
    if (count != m_rowCount) {
        // Rows come and go one discrete edit at a time here, never per keystroke.
        beginResetModel();
        m_rowCount = count;
        endResetModel();
        return;
    }
    if (count > 0)
        emit dataChanged(index(0, 0), index(count - 1, columnCount() - 1));
}

SectionItems ItemTableModel::items() const
{
    if (!m_document || m_section < 0)
        return {};
    return SectionItems::of(m_document->section(m_section));
}

bool ItemTableModel::isEditable() const
{
    return m_document && m_section >= 0 && !m_document->isReadOnly();
}

ItemTableModel::CellEditor ItemTableModel::columnEditor(int column) const
{
    return m_columns->columns().at(column).editor;
}

int ItemTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int ItemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns->columns().size());
}

QVariant ItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    const ItemColumns::Column &column = m_columns->columns().at(section);
    switch (role) {
    case Qt::DisplayRole:
        return column.header;
    case Qt::ToolTipRole:
        return column.toolTip;
    default:
        return {};
    }
}

Qt::ItemFlags ItemTableModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const bool check = columnEditor(index.column()) == CellEditor::Check;
    if (check)
        flags |= Qt::ItemIsUserCheckable;
    if (isEditable() && !check)
        flags |= Qt::ItemIsEditable;
    // A read-only table still shows its check boxes, greyed.
    if (check && !isEditable())
        flags &= ~Qt::ItemIsEnabled;
    return flags;
}

QVariant ItemTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.row() >= m_rowCount)
        return {};
    const ItemColumns::Column &column = m_columns->columns().at(index.column());
    switch (role) {
    case CellEditorRole:
        return int(column.editor);
    case ItemFieldRole:
        return column.field ? QVariant(int(*column.field)) : QVariant();
    case Qt::TextAlignmentRole:
        switch (column.editor) {
        case CellEditor::Tier:
        case CellEditor::Hours:
        case CellEditor::Number:
        case CellEditor::Percent:
        case CellEditor::Months:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    default:
        return m_columns->value(items(), index.row(), index.column(), role);
    }
}

bool ItemTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !isEditable())
        return false;
    const bool check = columnEditor(index.column()) == CellEditor::Check;
    if ((check && role != Qt::CheckStateRole) || (!check && role != Qt::EditRole))
        return false;
    SectionItems changed = items();
    QString problem = formatProblem(index.row(), index.column(), value);
    if (problem.isEmpty())
        problem = m_columns->apply(changed, index.row(), index.column(), value);
    if (!problem.isEmpty()) {
        emit editRefused(problem);
        return false;
    }
    if (changed == items())
        return false;
    return commit(changed, tr("Edit %1").arg(itemTableName(m_kind)));
}

QString ItemTableModel::formatProblem(int row, int column, const QVariant &value) const
{
    const ItemColumns::Column &spec = m_columns->columns().at(column);
    const QString textValue = value.toString().trimmed();
    bool isNumber = true;
    const double numberValue = value.toDouble(&isNumber);
    // Each message is one sentence; the column's header and the row's number fill it.
    const QString header = spec.header;
    const QString rowNumber = QString::number(row + 1);
    switch (spec.editor) {
    case CellEditor::Key:
        if (!keyPattern().match(textValue).hasMatch())
            //: %1 is a column's header, %2 a row number.
            return tr("Not changed: \"%1\" in row %2 must be lower-case letters, digits and "
                      "underscores, starting with a letter (for example \"first_contact\").")
                .arg(header, rowNumber);
        break;
    case CellEditor::Identifier:
        if (!identifierPattern().match(textValue).hasMatch())
            //: %1 is a column's header, %2 a row number.
            return tr("Not changed: \"%1\" in row %2 must be letters, digits, dots, underscores "
                      "and hyphens, starting with a letter or digit.")
                .arg(header, rowNumber);
        break;
    case CellEditor::Role:
        if (textValue.isEmpty())
            //: %1 is a column's header, %2 a row number.
            return tr("Not changed: \"%1\" in row %2 needs a role or a team.")
                .arg(header, rowNumber);
        break;
    case CellEditor::Tier:
    case CellEditor::Hours:
    case CellEditor::Number:
    case CellEditor::Percent:
    case CellEditor::Months: {
        const domain::ItemLimit &limit = domain::itemLimit(*spec.field);
        // An optional field has no value of 0 of its own: the editor shows 0 as "none".
        if (limit.mayBeAbsent && isNumber && numberValue == 0)
            break;
        if (!isNumber || !limit.allows(numberValue)) {
            //: %1 is a column's header, %2 a row number, %3 the rule, for example "a whole
            //: number from 1 to 100" (tenet::domain::ItemLimit).
            return limit.mayBeAbsent
                ? tr("Not changed: \"%1\" in row %2 must be %3, or 0 for none.")
                      .arg(header, rowNumber, limit.rule())
                : tr("Not changed: \"%1\" in row %2 must be %3.")
                      .arg(header, rowNumber, limit.rule());
        }
        break;
    }
    case CellEditor::RoleSet:
        for (const QString &name : value.toStringList()) {
            if (!domain::roleFromName(name))
                return tr("Not changed: \"%1\" is not a role; the roles are %2.")
                    .arg(name, roleLabels());
        }
        break;
    case CellEditor::Direction:
        if (!domain::kpiDirectionFromName(textValue))
            //: %1 is a column's header, %2 a row number, %3 and %4 the two directions of a
            //: KPI ("at most", "at least").
            return tr("Not changed: \"%1\" in row %2 must be \"%3\" or \"%4\".")
                .arg(header, rowNumber, domain::kpiDirectionLabel(domain::KpiDirection::AtMost),
                     domain::kpiDirectionLabel(domain::KpiDirection::AtLeast));
        break;
    default:
        break;
    }
    return {};
}

QString ItemTableModel::ruleViolation(const SectionItems &items) const
{
    const QString prefix
        = u"/sections/"_s + QString::number(m_section) + u'/' + itemListKey(m_kind);
    const auto relevant = [&](const domain::CodeContent &content) {
        QStringList messages;
        const QList<domain::Error> errors = domain::checkContentRules(content);
        for (const domain::Error &error : errors) {
            if (error.where.startsWith(prefix))
                messages.append(error.message);
        }
        return messages;
    };
    const QStringList before = relevant(m_document->content());
    domain::CodeContent changed = m_document->content();
    items.applyTo(changed.sections[m_section]);
    const QStringList after = relevant(changed);
    for (const QString &message : after) {
        if (!before.contains(message))
            return tr("Not changed: %1.").arg(message);
    }
    return {};
}

bool ItemTableModel::commit(const SectionItems &items, const QString &text)
{
    const QString problem = ruleViolation(items);
    if (!problem.isEmpty()) {
        emit editRefused(problem);
        return false;
    }
    m_document->undoStack()->push(new EditItemsCommand(m_document, m_section, items, text));
    emit editAccepted();
    return true;
}

bool ItemTableModel::addRow(int row)
{
    if (!isEditable())
        return false;
    SectionItems changed = items();
    m_columns->insertNew(changed, qBound(0, row, changed.count(m_kind)));
    return commit(changed, tr("Add %1").arg(itemNoun(m_kind)));
}

bool ItemTableModel::deleteRow(int row)
{
    if (!isEditable() || row < 0 || row >= m_rowCount)
        return false;
    SectionItems changed = items();
    m_columns->removeRow(changed, row);
    return commit(changed, tr("Delete %1").arg(itemNoun(m_kind)));
}

bool ItemTableModel::moveRow(int from, int to)
{
    if (!isEditable())
        return false;
    SectionItems changed = items();
    if (!m_columns->moveRow(changed, from, to))
        return false;
    return commit(changed,
                  to < from ? tr("Move %1 up").arg(itemNoun(m_kind))
                            : tr("Move %1 down").arg(itemNoun(m_kind)));
}

bool ItemTableModel::event(QEvent *event)
{
    announceTextsOnLanguageChange(*this, event);
    return QAbstractTableModel::event(event);
}

} // namespace tenet::app

#include "itemtablemodel.h"

#include "app/editor/commands/edititemscommand.h"
#include "app/editor/draftdocument.h"
#include "domain/contentrules.h"
#include "domain/itemlimits.h"
#include "domain/role.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace tenet::app {

using CellEditor = ItemTableModel::CellEditor;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tenet::app::ItemTableModel", text);
}

using domain::ItemField;

struct ColumnSpec
{
    QString header;
    QString toolTip;
    CellEditor editor;
    std::optional<ItemField> field = std::nullopt; // numeric columns: their limits
};

const QList<ColumnSpec> &columnsOf(ItemKind kind)
{
    static const QList<ColumnSpec> escalation = {
        {tr("Tier"), tr("The tier's number: 1 is the first line; each tier appears once."),
         CellEditor::Tier, ItemField::EscalationTier},
        {tr("Who"), tr("The role (agent, supervisor, manager) or team that takes the issue."),
         CellEditor::Role},
        {tr("Within (h)"),
         tr("Hours after the customer first raised the issue by which this tier must have it."),
         CellEditor::Hours, ItemField::EscalationWithinHours},
        {tr("Action"), tr("What is done at this tier."), CellEditor::LongText},
    };
    static const QList<ColumnSpec> followUp = {
        {tr("Follow-up step"),
         tr("A step that confirms, after resolution, that the customer is "
            "satisfied."),
         CellEditor::LongText},
    };
    static const QList<ColumnSpec> stages = {
        {tr("Key"), tr("The stage's stable key: lower-case letters, digits and underscores."),
         CellEditor::Key},
        {tr("Name"), tr("The stage's name as people see it."), CellEditor::Text},
        {tr("Within (h)"),
         tr("Hours after the complaint was logged by which this stage must be reached."),
         CellEditor::Hours, ItemField::StageWithinHours},
    };
    static const QList<ColumnSpec> programmes = {
        {tr("Id"), tr("The programme's stable identifier."), CellEditor::Identifier},
        {tr("Title"), tr("The programme's name."), CellEditor::Text},
        {tr("Hours"), tr("Classroom, computer-based and simulated-call hours in total."),
         CellEditor::Hours, ItemField::ProgrammeHours},
        {tr("Objectives"), tr("What a person can do after the programme, one per line."),
         CellEditor::Lines},
        {tr("Final test"), tr("Whether the programme ends with a test that must be passed."),
         CellEditor::Check},
        {tr("Pass mark (%)"), tr("The score that passes the final test; needed when there is one."),
         CellEditor::Percent, ItemField::ProgrammePassMark},
        {tr("Roles"), tr("The roles that must take the programme; none ticked means everyone."),
         CellEditor::RoleSet},
        {tr("Refresher (months)"), tr("How many months later it must be taken again; none: never."),
         CellEditor::Months, ItemField::ProgrammeRefresherMonths},
    };
    static const QList<ColumnSpec> kpis = {
        {tr("Key"), tr("The KPI's stable key, used when measured values are imported (asa)."),
         CellEditor::Key},
        {tr("Name"), tr("The KPI's name."), CellEditor::Text},
        {tr("Definition"), tr("How it is measured."), CellEditor::LongText},
        {tr("Unit"), tr("The unit of its values: s, %, min."), CellEditor::Text},
        {tr("Direction"),
         tr("at most: lower is better (waiting time); at least: higher is better "
            "(satisfaction)."),
         CellEditor::Direction},
        {tr("Target"), tr("The value to reach."), CellEditor::Number, ItemField::KpiTarget},
        {tr("Alert"),
         tr("The value past which an alert is raised: beyond the target in the bad "
            "direction."),
         CellEditor::Number, ItemField::KpiAlert},
        {tr("Action when breached"), tr("Whom to notify and the action plan."),
         CellEditor::LongText},
    };
    switch (kind) {
    case ItemKind::Escalation:
        return escalation;
    case ItemKind::FollowUp:
        return followUp;
    case ItemKind::Stage:
        return stages;
    case ItemKind::Programme:
        return programmes;
    case ItemKind::Kpi:
        return kpis;
    }
    return kpis;
}

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

QString directionText(domain::KpiDirection direction)
{
    return direction == domain::KpiDirection::AtMost ? tr("at most") : tr("at least");
}

// The first free "prefix" + n among the keys.
QString freeKey(const QString &prefix, const QStringList &taken)
{
    for (int n = 1;; ++n) {
        const QString key = prefix + QString::number(n);
        if (!taken.contains(key))
            return key;
    }
}

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

QStringList linesOf(const QVariant &value)
{
    QStringList lines = value.typeId() == QMetaType::QStringList ? value.toStringList()
                                                                 : value.toString().split(u'\n');
    QStringList kept;
    for (const QString &line : std::as_const(lines)) {
        if (!line.trimmed().isEmpty())
            kept.append(line.trimmed());
    }
    return kept;
}

template<typename T> bool moveWithin(QList<T> &list, int from, int to)
{
    if (from < 0 || from >= list.size() || to < 0 || to >= list.size() || from == to)
        return false;
    list.move(from, to);
    return true;
}

} // namespace

ItemTableModel::ItemTableModel(ItemKind kind, QObject *parent)
    : QAbstractTableModel(parent), m_kind(kind)
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
    return columnsOf(m_kind).at(column).editor;
}

int ItemTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int ItemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(columnsOf(m_kind).size());
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
    const ColumnSpec &spec = columnsOf(m_kind).at(section);
    switch (role) {
    case Qt::DisplayRole:
        return spec.header;
    case Qt::ToolTipRole:
        return spec.toolTip;
    default:
        return {};
    }
}

Qt::ItemFlags ItemTableModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const bool check = columnsOf(m_kind).at(index.column()).editor == CellEditor::Check;
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
    if (role == CellEditorRole)
        return int(columnsOf(m_kind).at(index.column()).editor);
    if (role == ItemFieldRole) {
        const auto field = columnsOf(m_kind).at(index.column()).field;
        return field ? QVariant(int(*field)) : QVariant();
    }
    return value(index.row(), index.column(), role);
}

QVariant ItemTableModel::value(int row, int column, int role) const
{
    const SectionItems all = items();
    const bool display = role == Qt::DisplayRole;
    const bool edit = role == Qt::EditRole;
    const bool tip = role == Qt::ToolTipRole;
    const auto text = [&](const QString &s) -> QVariant {
        if (display || edit || tip)
            return s;
        return {};
    };
    const auto numeric = [&](double v) -> QVariant {
        if (display)
            return number(v);
        if (edit)
            return v;
        return {};
    };
    if (role == Qt::TextAlignmentRole) {
        switch (columnsOf(m_kind).at(column).editor) {
        case CellEditor::Tier:
        case CellEditor::Hours:
        case CellEditor::Number:
        case CellEditor::Percent:
        case CellEditor::Months:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    switch (m_kind) {
    case ItemKind::Escalation: {
        const domain::EscalationTier &t = all.escalation.at(row);
        switch (column) {
        case 0:
            return display ? QVariant(QString::number(t.tier))
                : edit     ? QVariant(t.tier)
                           : QVariant();
        case 1:
            return text(t.role);
        case 2:
            return numeric(t.withinHours);
        case 3:
            return text(t.action);
        }
        break;
    }
    case ItemKind::FollowUp:
        return text(all.followUp.at(row));
    case ItemKind::Stage: {
        const domain::ComplaintStage &s = all.stages.at(row);
        switch (column) {
        case 0:
            return text(s.key);
        case 1:
            return text(s.name);
        case 2:
            return numeric(s.withinHours);
        }
        break;
    }
    case ItemKind::Programme: {
        const domain::TrainingProgramme &p = all.programmes.at(row);
        switch (column) {
        case 0:
            return text(p.id);
        case 1:
            return text(p.title);
        case 2:
            return numeric(p.hours);
        case 3:
            if (edit)
                return p.objectives;
            if (display)
                return p.objectives.join(u"; "_s);
            if (tip)
                return p.objectives.join(u'\n');
            return {};
        case 4:
            if (role == Qt::CheckStateRole)
                return p.finalTest ? Qt::Checked : Qt::Unchecked;
            if (tip)
                return p.finalTest ? tr("Ends with a final test") : tr("No final test");
            return {};
        case 5:
            if (display)
                return p.passMark ? number(*p.passMark) : u"—"_s;
            if (edit)
                return p.passMark.value_or(0);
            return {};
        case 6:
            if (edit)
                return p.roles;
            if (display || tip)
                return p.roles.isEmpty() ? tr("everyone") : p.roles.join(u", "_s);
            return {};
        case 7:
            if (display)
                return p.refresherMonths ? QString::number(*p.refresherMonths) : u"—"_s;
            if (edit)
                return p.refresherMonths.value_or(0);
            return {};
        }
        break;
    }
    case ItemKind::Kpi: {
        const domain::Kpi &k = all.kpis.at(row);
        switch (column) {
        case 0:
            return text(k.key);
        case 1:
            return text(k.name);
        case 2:
            return text(k.definition);
        case 3:
            return text(k.unit);
        case 4:
            if (edit)
                return domain::kpiDirectionName(k.direction);
            if (display)
                return directionText(k.direction);
            return {};
        case 5:
            return numeric(k.target);
        case 6:
            return numeric(k.alert);
        case 7:
            return text(k.action);
        }
        break;
    }
    }
    return {};
}

bool ItemTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !isEditable())
        return false;
    const bool check = columnsOf(m_kind).at(index.column()).editor == CellEditor::Check;
    if ((check && role != Qt::CheckStateRole) || (!check && role != Qt::EditRole))
        return false;
    SectionItems changed = items();
    const QString problem = applyValue(changed, index.row(), index.column(), value);
    if (!problem.isEmpty()) {
        emit editRefused(problem);
        return false;
    }
    if (changed == items())
        return false;
    return commit(changed, tr("Edit %1").arg(itemTableName(m_kind)));
}

QString ItemTableModel::applyValue(SectionItems &items, int row, int column,
                                   const QVariant &value) const
{
    const ColumnSpec &spec = columnsOf(m_kind).at(column);
    const QString textValue = value.toString().trimmed();
    bool isNumber = true;
    const double numberValue = value.toDouble(&isNumber);
    const auto where = [&] {
        return tr("%1 %2, %3").arg(itemNoun(m_kind), QString::number(row + 1), spec.header);
    };

    switch (spec.editor) {
    case CellEditor::Key:
        if (!keyPattern().match(textValue).hasMatch())
            return tr("Not changed: %1 must be lower-case letters, digits and underscores, "
                      "starting with a letter (for example \"first_contact\").")
                .arg(where());
        break;
    case CellEditor::Identifier:
        if (!identifierPattern().match(textValue).hasMatch())
            return tr("Not changed: %1 must be letters, digits, dots, underscores and hyphens, "
                      "starting with a letter or digit.")
                .arg(where());
        break;
    case CellEditor::Role:
        if (textValue.isEmpty())
            return tr("Not changed: %1 needs a role or a team.").arg(where());
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
            return limit.mayBeAbsent
                ? tr("Not changed: %1 must be %2, or 0 for none.").arg(where(), limit.rule())
                : tr("Not changed: %1 must be %2.").arg(where(), limit.rule());
        }
        break;
    }
    case CellEditor::RoleSet:
        for (const QString &name : value.toStringList()) {
            if (!domain::roleFromName(name))
                return tr("Not changed: \"%1\" is not a role; the roles are %2.")
                    .arg(name, domain::allRoleNames());
        }
        break;
    case CellEditor::Direction:
        if (!domain::kpiDirectionFromName(textValue))
            return tr("Not changed: %1 must be at_most or at_least.").arg(where());
        break;
    default:
        break;
    }

    switch (m_kind) {
    case ItemKind::Escalation: {
        domain::EscalationTier &t = items.escalation[row];
        switch (column) {
        case 0:
            t.tier = int(numberValue);
            break;
        case 1:
            t.role = textValue;
            break;
        case 2:
            t.withinHours = numberValue;
            break;
        case 3:
            t.action = textValue;
            break;
        }
        break;
    }
    case ItemKind::FollowUp:
        if (textValue.isEmpty())
            return tr("Not changed: a follow-up step needs some text; delete the row instead.");
        items.followUp[row] = textValue;
        break;
    case ItemKind::Stage: {
        domain::ComplaintStage &s = items.stages[row];
        switch (column) {
        case 0:
            s.key = textValue;
            break;
        case 1:
            s.name = textValue;
            break;
        case 2:
            s.withinHours = numberValue;
            break;
        }
        break;
    }
    case ItemKind::Programme: {
        domain::TrainingProgramme &p = items.programmes[row];
        switch (column) {
        case 0:
            p.id = textValue;
            break;
        case 1:
            p.title = textValue;
            break;
        case 2:
            p.hours = numberValue;
            break;
        case 3:
            p.objectives = linesOf(value);
            break;
        case 4:
            p.finalTest = value.toInt() == Qt::Checked;
            break;
        case 5:
            p.passMark = numberValue != 0 ? std::optional<double>(numberValue) : std::nullopt;
            break;
        case 6: {
            // Kept in the roster's order, whatever order they were ticked in.
            QStringList roles;
            const QStringList picked = value.toStringList();
            for (domain::Role r :
                 {domain::Role::Agent, domain::Role::Supervisor, domain::Role::Manager,
                  domain::Role::Quality, domain::Role::Trainer}) {
                if (picked.contains(domain::roleName(r)))
                    roles.append(domain::roleName(r));
            }
            p.roles = roles;
            break;
        }
        case 7:
            p.refresherMonths
                = numberValue != 0 ? std::optional<int>(int(numberValue)) : std::nullopt;
            break;
        }
        break;
    }
    case ItemKind::Kpi: {
        domain::Kpi &k = items.kpis[row];
        switch (column) {
        case 0:
            k.key = textValue;
            break;
        case 1:
            k.name = textValue;
            break;
        case 2:
            k.definition = textValue;
            break;
        case 3:
            k.unit = textValue;
            break;
        case 4:
            k.direction = *domain::kpiDirectionFromName(textValue);
            break;
        case 5:
            k.target = numberValue;
            break;
        case 6:
            k.alert = numberValue;
            break;
        case 7:
            k.action = textValue;
            break;
        }
        break;
    }
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
    row = qBound(0, row, changed.count(m_kind));
    switch (m_kind) {
    case ItemKind::Escalation: {
        domain::EscalationTier tier;
        for (const domain::EscalationTier &t : std::as_const(changed.escalation)) {
            tier.tier = qMax(tier.tier, t.tier + 1);
            tier.withinHours = qMax(tier.withinHours, t.withinHours);
        }
        tier.role = domain::roleName(domain::Role::Manager);
        changed.escalation.insert(row, tier);
        break;
    }
    case ItemKind::FollowUp:
        changed.followUp.insert(row, tr("New follow-up step"));
        break;
    case ItemKind::Stage: {
        QStringList keys;
        domain::ComplaintStage stage;
        for (const domain::ComplaintStage &s : std::as_const(changed.stages)) {
            keys.append(s.key);
            stage.withinHours = qMax(stage.withinHours, s.withinHours);
        }
        stage.key = freeKey(u"stage_"_s, keys);
        stage.name = tr("New stage");
        changed.stages.insert(row, stage);
        break;
    }
    case ItemKind::Programme: {
        QStringList ids;
        for (const domain::TrainingProgramme &p : std::as_const(changed.programmes))
            ids.append(p.id);
        domain::TrainingProgramme programme;
        programme.id = freeKey(u"programme-"_s, ids);
        programme.title = tr("New programme");
        programme.hours = 1;
        changed.programmes.insert(row, programme);
        break;
    }
    case ItemKind::Kpi: {
        QStringList keys;
        for (const domain::Kpi &k : std::as_const(changed.kpis))
            keys.append(k.key);
        domain::Kpi kpi;
        kpi.key = freeKey(u"kpi_"_s, keys);
        kpi.name = tr("New KPI");
        changed.kpis.insert(row, kpi);
        break;
    }
    }
    return commit(changed, tr("Add %1").arg(itemNoun(m_kind)));
}

bool ItemTableModel::deleteRow(int row)
{
    if (!isEditable() || row < 0 || row >= m_rowCount)
        return false;
    SectionItems changed = items();
    switch (m_kind) {
    case ItemKind::Escalation:
        changed.escalation.removeAt(row);
        break;
    case ItemKind::FollowUp:
        changed.followUp.removeAt(row);
        break;
    case ItemKind::Stage:
        changed.stages.removeAt(row);
        break;
    case ItemKind::Programme:
        changed.programmes.removeAt(row);
        break;
    case ItemKind::Kpi:
        changed.kpis.removeAt(row);
        break;
    }
    return commit(changed, tr("Delete %1").arg(itemNoun(m_kind)));
}

bool ItemTableModel::moveRow(int from, int to)
{
    if (!isEditable())
        return false;
    SectionItems changed = items();
    bool moved = false;
    switch (m_kind) {
    case ItemKind::Escalation:
        moved = moveWithin(changed.escalation, from, to);
        break;
    case ItemKind::FollowUp:
        moved = moveWithin(changed.followUp, from, to);
        break;
    case ItemKind::Stage:
        moved = moveWithin(changed.stages, from, to);
        break;
    case ItemKind::Programme:
        moved = moveWithin(changed.programmes, from, to);
        break;
    case ItemKind::Kpi:
        moved = moveWithin(changed.kpis, from, to);
        break;
    }
    if (!moved)
        return false;
    return commit(changed,
                  to < from ? tr("Move %1 up").arg(itemNoun(m_kind))
                            : tr("Move %1 down").arg(itemNoun(m_kind)));
}

} // namespace tenet::app

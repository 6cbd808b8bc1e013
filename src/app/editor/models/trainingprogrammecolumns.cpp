#include "trainingprogrammecolumns.h"

#include "domain/role.h"

using namespace Qt::StringLiterals;

namespace tenet::app {

namespace {

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

} // namespace

TrainingProgrammeColumns::TrainingProgrammeColumns()
    : ItemColumns({
        {tr("Id"), tr("The programme's stable identifier."), CellEditor::Identifier},
        {tr("Title"), tr("The programme's name."), CellEditor::Text},
        {tr("Hours"), tr("Classroom, computer-based and simulated-call hours in total."),
         CellEditor::Hours, domain::ItemField::ProgrammeHours},
        {tr("Objectives"), tr("What a person can do after the programme, one per line."),
         CellEditor::Lines},
        {tr("Final test"), tr("Whether the programme ends with a test that must be passed."),
         CellEditor::Check},
        {tr("Pass mark (%)"), tr("The score that passes the final test; needed when there is one."),
         CellEditor::Percent, domain::ItemField::ProgrammePassMark},
        {tr("Roles"), tr("The roles that must take the programme; none ticked means everyone."),
         CellEditor::RoleSet},
        {tr("Refresher (months)"), tr("How many months later it must be taken again; none: never."),
         CellEditor::Months, domain::ItemField::ProgrammeRefresherMonths},
    })
{
}

QVariant TrainingProgrammeColumns::value(const SectionItems &items, int row, int column,
                                         int role) const
{
    const domain::TrainingProgramme &p = items.programmes.at(row);
    const bool display = role == Qt::DisplayRole;
    const bool edit = role == Qt::EditRole;
    const bool tip = role == Qt::ToolTipRole;
    switch (column) {
    case 0:
        return text(p.id, role);
    case 1:
        return text(p.title, role);
    case 2:
        return number(p.hours, role);
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
            return p.passMark ? numberText(*p.passMark) : u"—"_s;
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
    return {};
}

QString TrainingProgrammeColumns::apply(SectionItems &items, int row, int column,
                                        const QVariant &value) const
{
    domain::TrainingProgramme &p = items.programmes[row];
    const double numberValue = value.toDouble();
    switch (column) {
    case 0:
        p.id = value.toString().trimmed();
        break;
    case 1:
        p.title = value.toString().trimmed();
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
        // 0 is the editor's "none".
        p.passMark = numberValue != 0 ? std::optional<double>(numberValue) : std::nullopt;
        break;
    case 6: {
        // Kept in the roster's order, whatever order they were ticked in.
        QStringList roles;
        const QStringList picked = value.toStringList();
        for (domain::Role r : {domain::Role::Agent, domain::Role::Supervisor, domain::Role::Manager,
                               domain::Role::Quality, domain::Role::Trainer}) {
            if (picked.contains(domain::roleName(r)))
                roles.append(domain::roleName(r));
        }
        p.roles = roles;
        break;
    }
    case 7:
        p.refresherMonths = numberValue != 0 ? std::optional<int>(int(numberValue)) : std::nullopt;
        break;
    }
    return {};
}

void TrainingProgrammeColumns::insertNew(SectionItems &items, int row) const
{
    QStringList ids;
    for (const domain::TrainingProgramme &p : std::as_const(items.programmes))
        ids.append(p.id);
    domain::TrainingProgramme programme;
    programme.id = freeKey(u"programme-"_s, ids);
    programme.title = tr("New programme");
    programme.hours = 1;
    items.programmes.insert(row, programme);
}

void TrainingProgrammeColumns::removeRow(SectionItems &items, int row) const
{
    items.programmes.removeAt(row);
}

bool TrainingProgrammeColumns::moveRow(SectionItems &items, int from, int to) const
{
    return moveWithin(items.programmes, from, to);
}

} // namespace tenet::app

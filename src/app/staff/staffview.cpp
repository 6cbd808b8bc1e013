#include "staffview.h"

#include "pindialog.h"
#include "rosterimportdialog.h"
#include "staffdialog.h"
#include "stafffilterproxy.h"
#include "stafftablemodel.h"

#include "app/session/session.h"
#include "domain/staffrules.h"
#include "storage/rosterstore.h"
#include "storage/staffstore.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSet>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tenet::app {

namespace {

const domain::Role allRoles[] = {domain::Role::Agent, domain::Role::Supervisor,
                                 domain::Role::Manager, domain::Role::Quality,
                                 domain::Role::Trainer};

// The distinct non-empty values, sorted as people read them.
QStringList distinct(const QList<domain::StaffMember> &staff,
                     QString domain::StaffMember::*field)
{
    QSet<QString> seen;
    for (const domain::StaffMember &member : staff) {
        if (!(member.*field).isEmpty())
            seen.insert(member.*field);
    }
    QStringList values(seen.begin(), seen.end());
    std::sort(values.begin(), values.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    return values;
}

// Refills a filter combo with "all" plus the values, keeping the current choice if it is
// still offered.
void refill(QComboBox *combo, const QString &allText, const QStringList &values)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(allText, QString());
    for (const QString &value : values)
        combo->addItem(value, value);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

QComboBox *filterCombo(QWidget *parent, const QString &name, const QString &accessibleName,
                       const QString &toolTip)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(toolTip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

} // namespace

StaffView::StaffView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_confirm([this](const QString &title, const QString &question) {
        return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No)
            == QMessageBox::Yes;
    })
{
    buildUi();
    connect(&m_session, &Session::databaseChanged, this, &StaffView::reload);
    connect(&m_session, &Session::userChanged, this, &StaffView::updateActions);
    reload();
}

StaffView::~StaffView() = default;

void StaffView::buildUi()
{
    setObjectName(u"staffView"_s);
    setAccessibleName(tr("Staff"));

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(u"staffSearchEdit"_s);
    m_searchEdit->setAccessibleName(tr("Search staff"));
    m_searchEdit->setPlaceholderText(tr("Search name or number"));
    m_searchEdit->setToolTip(tr("Finds people by name or employee number; case and accents do "
                                "not matter (Ctrl+Shift+F)."));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(220);
    auto *findAction = new QAction(this);
    // Ctrl+F is the window's search in clauses.
    findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    QWidget::addAction(findAction);

    m_teamCombo = filterCombo(this, u"staffTeamFilter"_s, tr("Team filter"),
                              tr("Show only the people of one team."));
    m_siteCombo = filterCombo(this, u"staffSiteFilter"_s, tr("Site filter"),
                              tr("Show only the people of one site."));
    m_roleCombo = filterCombo(this, u"staffRoleFilter"_s, tr("Role filter"),
                              tr("Show only the people with one role."));
    m_roleCombo->addItem(tr("All roles"), QString());
    for (const domain::Role role : allRoles)
        m_roleCombo->addItem(domain::roleName(role), domain::roleName(role));
    m_statusCombo = filterCombo(this, u"staffStatusFilter"_s, tr("Status filter"),
                                tr("Show active people, inactive people, or both."));
    m_statusCombo->addItem(tr("Active and inactive"), QString());
    m_statusCombo->addItem(tr("Active"), u"active"_s);
    m_statusCombo->addItem(tr("Inactive"), u"inactive"_s);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_searchEdit, 1);
    filters->addWidget(m_teamCombo);
    filters->addWidget(m_siteCombo);
    filters->addWidget(m_roleCombo);
    filters->addWidget(m_statusCombo);

    const auto makeAction = [this](const QString &text, const QKeySequence &shortcut,
                                   const QString &objectName) {
        auto *action = new QAction(text, this);
        action->setObjectName(objectName);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QWidget::addAction(action);
        return action;
    };
    m_addAction = makeAction(tr("&Add…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                             u"staffAddAction"_s);
    m_editAction = makeAction(tr("&Edit…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                              u"staffEditAction"_s);
    m_deactivateAction = makeAction(tr("&Deactivate"), QKeySequence(Qt::CTRL | Qt::Key_Delete),
                                    u"staffDeactivateAction"_s);
    m_resetPinAction = makeAction(tr("Reset &PIN…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P),
                                  u"staffResetPinAction"_s);
    m_importAction = new QAction(tr("Import &Staff…"), this);
    m_importAction->setObjectName(u"staffImportAction"_s);
    connect(m_addAction, &QAction::triggered, this, &StaffView::addMember);
    connect(m_editAction, &QAction::triggered, this, &StaffView::editMember);
    connect(m_deactivateAction, &QAction::triggered, this, &StaffView::deactivateMember);
    connect(m_resetPinAction, &QAction::triggered, this, &StaffView::resetPin);
    connect(m_importAction, &QAction::triggered, this, &StaffView::importRoster);

    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(u"staffToolBar"_s);
    toolBar->setAccessibleName(tr("Staff actions"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_addAction);
    toolBar->addAction(m_editAction);
    toolBar->addAction(m_deactivateAction);
    toolBar->addAction(m_resetPinAction);
    toolBar->addSeparator();
    toolBar->addAction(m_importAction);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(u"staffMessageLabel"_s);
    m_messageLabel->setAccessibleName(tr("Message"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();

    m_model = new StaffTableModel(this);
    m_proxy = new StaffFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(u"staffTable"_s);
    m_table->setAccessibleName(tr("Staff"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StaffTableModel::NumberColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // E-mail addresses vary most in length, so that column takes the spare width.
    m_table->horizontalHeader()->setSectionResizeMode(StaffTableModel::EmailColumn,
                                                      QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_editAction->isEnabled())
            editMember();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StaffView::updateActions);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"staffCountLabel"_s);
    m_countLabel->setAccessibleName(tr("People shown"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(toolBar);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_countLabel);

    connect(m_searchEdit, &QLineEdit::textChanged, this, &StaffView::applyFilters);
    for (QComboBox *combo : {m_teamCombo, m_siteCombo, m_roleCombo, m_statusCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &StaffView::applyFilters);
}

void StaffView::reload()
{
    const std::optional<QString> selected = selectedEmployeeNo();
    QList<domain::StaffMember> staff;
    if (m_session.database()) {
        auto read = storage::StaffStore(*m_session.database()).list();
        if (read)
            staff = std::move(read).value();
        else
            showMessage(tr("The staff list could not be read: %1").arg(read.error().message), true);
    }
    m_model->setStaff(std::move(staff));
    updateFilterChoices();
    applyFilters();
    m_table->resizeColumnsToContents();
    if (selected)
        selectEmployee(*selected);
    updateActions();
}

void StaffView::updateFilterChoices()
{
    refill(m_teamCombo, tr("All teams"), distinct(m_model->staff(), &domain::StaffMember::team));
    refill(m_siteCombo, tr("All sites"), distinct(m_model->staff(), &domain::StaffMember::site));
}

void StaffView::applyFilters()
{
    m_proxy->setTeam(m_teamCombo->currentData().toString());
    m_proxy->setSite(m_siteCombo->currentData().toString());
    m_proxy->setRoleName(m_roleCombo->currentData().toString());
    const QString status = m_statusCombo->currentData().toString();
    m_proxy->setActive(status.isEmpty() ? std::nullopt : std::optional<bool>(status == u"active"_s));
    m_proxy->setSearchText(m_searchEdit->text());
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    m_countLabel->setText(shown == all ? tr("%n people", nullptr, all)
                                       : tr("%1 of %n people", nullptr, all).arg(shown));
    updateActions();
}

bool StaffView::canChange() const
{
    return m_session.database() && m_session.user() && domain::mayChangeRoster(m_session.actor());
}

std::optional<QString> StaffView::selectedEmployeeNo() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first().data(StaffTableModel::EmployeeNoRole).toString();
}

std::optional<domain::StaffMember> StaffView::selectedMember() const
{
    const std::optional<QString> number = selectedEmployeeNo();
    if (!number)
        return std::nullopt;
    const int row = m_model->rowOf(*number);
    if (row < 0)
        return std::nullopt;
    return m_model->member(row);
}

void StaffView::selectEmployee(const QString &employeeNo)
{
    const int row = m_model->rowOf(employeeNo);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void StaffView::updateActions()
{
    const bool may = canChange();
    const std::optional<domain::StaffMember> selected = selectedMember();
    QString why;
    if (!m_session.database())
        why = tr("Open a database to change the roster.");
    else if (!m_session.user())
        why = tr("Sign in as a manager to change the roster.");
    else if (!may)
        why = tr("Only a manager can change the roster; you are signed in as %1.")
                  .arg(domain::roleName(m_session.user()->role));
    const QString pick = tr("Select a person in the table first.");

    const auto set = [&](QAction *action, bool enabled, const QString &tip, const QString &whyNot) {
        action->setEnabled(enabled);
        action->setToolTip(enabled ? tip : whyNot);
    };
    set(m_addAction, may, tr("Add a person to the roster (Ctrl+Shift+N)."), why);
    set(m_importAction, may && m_session.database(),
        tr("Import a roster file from the HR system, with a preview first."), why);
    set(m_editAction, may && selected.has_value(), tr("Edit the selected person (Ctrl+E)."),
        may ? pick : why);
    // Deactivating them would lock the acting manager out: the domain's rule says so.
    const bool isSelf = selected && [&] {
        domain::StaffMember deactivated = *selected;
        deactivated.active = false;
        return !domain::checkKeepsOwnAccess(m_session.actor(), deactivated).ok();
    }();
    set(m_deactivateAction, may && selected && selected->active && !isSelf,
        tr("Deactivate the selected person: they can no longer sign in (Ctrl+Delete)."),
        !may            ? why
            : !selected ? pick
            : isSelf    ? tr("You cannot deactivate yourself.")
                        : tr("%1 is already inactive.").arg(selected->fullName));
    set(m_resetPinAction, may && selected.has_value(),
        tr("Set a new PIN for the selected person (Ctrl+Alt+P)."), may ? pick : why);

    if (!may && m_session.database())
        showMessage(tr("Read only. %1").arg(why), false);
    else if (m_messageLabel->property("readOnlyNotice").toBool())
        m_messageLabel->hide();
    m_messageLabel->setProperty("readOnlyNotice", !may && m_session.database());
}

void StaffView::showMessage(const QString &text, bool problem)
{
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(problem ? u"color: #b00020;"_s : u"color: palette(mid);"_s);
    m_messageLabel->setProperty("readOnlyNotice", false);
    m_messageLabel->setVisible(!text.isEmpty());
    if (problem)
        emit failed(text);
}

void StaffView::addMember()
{
    if (!canChange())
        return;
    auto *dialog = new StaffDialog(
        [this](const domain::StaffMember &member) {
            const domain::Status added = storage::StaffStore(*m_session.database())
                                             .add(member, QString(), m_session.actor());
            if (added.ok()) {
                reload();
                selectEmployee(member.employeeNo);
                showMessage(tr("%1 was added. Reset their PIN so that they can sign in.")
                                .arg(member.fullName),
                            false);
                emit staffChanged();
            }
            return added;
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setChoices(distinct(m_model->staff(), &domain::StaffMember::team),
                       distinct(m_model->staff(), &domain::StaffMember::site));
    dialog->open();
}

void StaffView::editMember()
{
    const std::optional<domain::StaffMember> selected = selectedMember();
    if (!canChange() || !selected)
        return;
    auto *dialog = new StaffDialog([this](const domain::StaffMember &member) {
        return saveEdit(member);
    }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setChoices(distinct(m_model->staff(), &domain::StaffMember::team),
                       distinct(m_model->staff(), &domain::StaffMember::site));
    dialog->setMember(*selected);
    dialog->open();
}

domain::Status StaffView::saveEdit(const domain::StaffMember &member)
{
    // The store refuses this too; the view says it in the user's language.
    if (!domain::checkKeepsOwnAccess(m_session.actor(), member))
        return domain::Error::refused(
            tr("You cannot deactivate yourself or take away your own manager role; ask "
               "another manager."));
    // The roster store updates one person when given just them, in one audited step.
    const auto done = storage::RosterStore(*m_session.database())
                          .apply({member}, false, m_session.actor());
    if (!done.ok())
        return done.error();
    reload();
    selectEmployee(member.employeeNo);
    showMessage(done->updated.isEmpty() ? tr("Nothing changed for %1.").arg(member.fullName)
                                        : tr("%1 was updated.").arg(member.fullName),
                false);
    if (m_session.user() && member.employeeNo == m_session.user()->employeeNo)
        m_session.signIn(member); // their own name or team changed: keep the session current
    emit staffChanged();
    return {};
}

void StaffView::deactivateMember()
{
    std::optional<domain::StaffMember> selected = selectedMember();
    if (!canChange() || !selected || !selected->active)
        return;
    // One keystroke (Ctrl+Delete) would otherwise stop someone signing in.
    if (!m_confirm(tr("Deactivate %1").arg(selected->fullName),
                   tr("Deactivate %1 (%2)? They will no longer be able to sign in or sign the "
                      "code, and the dashboard stops counting them. Editing them makes them "
                      "active again.")
                       .arg(selected->fullName, selected->employeeNo)))
        return;
    selected->active = false;
    const domain::Status saved = saveEdit(*selected);
    if (!saved.ok())
        showMessage(tr("%1 was not deactivated: %2").arg(selected->fullName, saved.error().toString()),
                    true);
    else
        showMessage(tr("%1 was deactivated; edit them to make them active again.")
                        .arg(selected->fullName),
                    false);
}

void StaffView::resetPin()
{
    const std::optional<domain::StaffMember> selected = selectedMember();
    if (!canChange() || !selected)
        return;
    const QString number = selected->employeeNo;
    const QString name = selected->fullName;
    auto *dialog = new PinDialog(
        name,
        [this, number, name](const QString &pin) {
            const domain::Status set = storage::StaffStore(*m_session.database())
                                           .setSecret(number, pin, m_session.actor());
            if (set.ok())
                showMessage(tr("%1 has a new PIN.").arg(name), false);
            return set;
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void StaffView::importRoster()
{
    if (!canChange())
        return;
    auto *dialog = new RosterImportDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RosterImportDialog::applied, this, [this](const domain::RosterPlan &done) {
        reload();
        showMessage(tr("The roster import added %1, updated %2 and deactivated %3 people.")
                        .arg(done.added.size())
                        .arg(done.updated.size())
                        .arg(done.deactivated.size()),
                    false);
        emit staffChanged();
    });
    dialog->open();
}

} // namespace tenet::app

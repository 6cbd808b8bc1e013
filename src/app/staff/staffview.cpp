#include "staffview.h"

#include "pindialog.h"
#include "rosterimportdialog.h"
#include "staffdialog.h"
#include "stafffilterbar.h"
#include "stafffilterproxy.h"
#include "stafftablemodel.h"

#include "app/session/session.h"
#include "domain/staffrules.h"
#include "storage/rosterstore.h"
#include "storage/staffstore.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tenet::app {

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

    m_filters = new StaffFilterBar(this);
    auto *findAction = new QAction(this);
    // Ctrl+F is the window's search in clauses.
    findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, m_filters, &StaffFilterBar::focusSearch);
    QWidget::addAction(findAction);

    const auto makeAction = [this](const QKeySequence &shortcut, const QString &objectName) {
        auto *action = new QAction(this);
        action->setObjectName(objectName);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QWidget::addAction(action);
        return action;
    };
    m_addAction = makeAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), u"staffAddAction"_s);
    m_editAction = makeAction(QKeySequence(Qt::CTRL | Qt::Key_E), u"staffEditAction"_s);
    m_deactivateAction
        = makeAction(QKeySequence(Qt::CTRL | Qt::Key_Delete), u"staffDeactivateAction"_s);
    m_resetPinAction
        = makeAction(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P), u"staffResetPinAction"_s);
    m_importAction = new QAction(this);
    m_importAction->setObjectName(u"staffImportAction"_s);
    connect(m_addAction, &QAction::triggered, this, &StaffView::addMember);
    connect(m_editAction, &QAction::triggered, this, &StaffView::editMember);
    connect(m_deactivateAction, &QAction::triggered, this, &StaffView::deactivateMember);
    connect(m_resetPinAction, &QAction::triggered, this, &StaffView::resetPin);
    connect(m_importAction, &QAction::triggered, this, &StaffView::importRoster);

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(u"staffToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_addAction);
    m_toolBar->addAction(m_editAction);
    m_toolBar->addAction(m_deactivateAction);
    m_toolBar->addAction(m_resetPinAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_importAction);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(u"staffMessageLabel"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();

    m_model = new StaffTableModel(this);
    m_proxy = new StaffFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    // The edit role holds what sorts right: the start date as a date, not as shown.
    m_proxy->setSortRole(Qt::EditRole);
    m_table = new QTableView(this);
    m_table->setObjectName(u"staffTable"_s);
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
    retranslate();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_countLabel);

    connect(m_filters, &StaffFilterBar::changed, this, &StaffView::applyFilters);
}

void StaffView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        applyFilters(); // the count of people shown, and the actions' tool tips
    }
    QWidget::changeEvent(event);
}

void StaffView::retranslate()
{
    setAccessibleName(tr("Staff"));
    m_addAction->setText(tr("&Add…"));
    m_editAction->setText(tr("&Edit…"));
    m_deactivateAction->setText(tr("&Deactivate"));
    m_resetPinAction->setText(tr("Reset &PIN…"));
    m_importAction->setText(tr("Import &Staff…"));
    m_toolBar->setAccessibleName(tr("Staff actions"));
    m_messageLabel->setAccessibleName(tr("Message"));
    m_table->setAccessibleName(tr("Staff"));
    m_countLabel->setAccessibleName(tr("People shown"));
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
    m_filters->setChoices(distinctValues(m_model->staff(), &domain::StaffMember::team),
                          distinctValues(m_model->staff(), &domain::StaffMember::site));
}

void StaffView::applyFilters()
{
    m_proxy->setTeam(m_filters->team());
    m_proxy->setSite(m_filters->site());
    m_proxy->setRoleName(m_filters->roleName());
    m_proxy->setActive(m_filters->active());
    m_proxy->setSearchText(m_filters->searchText());
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    //: %1 is how many people the filters show, %n how many are on the roster.
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
                  .arg(domain::roleLabel(m_session.user()->role));
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
        //: Above the staff table for someone who may not change it; %1 says why.
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
    dialog->setChoices(distinctValues(m_model->staff(), &domain::StaffMember::team),
                       distinctValues(m_model->staff(), &domain::StaffMember::site));
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
    dialog->setChoices(distinctValues(m_model->staff(), &domain::StaffMember::team),
                       distinctValues(m_model->staff(), &domain::StaffMember::site));
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
        //: %1, %2 and %3 are numbers of people.
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

#include "rosterimportdialog.h"

#include "ui_staff_rosterimportdialog.h"

#include "app/common/displayformat.h"
#include "app/session/session.h"
#include "domain/messagetext.h"
#include "domain/staffrules.h"
#include "exchange/rostercsv.h"
#include "storage/rosterstore.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tenet::app {

namespace {

// The value of one roster field, as the interface shows it.
QString fieldValue(const domain::StaffMember &member, const QString &field)
{
    if (field == u"employee_no"_s) return member.employeeNo;
    if (field == u"full_name"_s) return member.fullName;
    if (field == u"email"_s) return member.email;
    if (field == u"role"_s)
        return domain::roleLabel(member.role);
    if (field == u"team"_s) return member.team;
    if (field == u"site"_s) return member.site;
    if (field == u"language"_s) return member.language;
    if (field == u"start_date"_s)
        return display::date(member.startDate);
    if (field == u"active"_s)
        return member.active ? RosterImportDialog::tr("yes") : RosterImportDialog::tr("no");
    return {};
}

// The name of one roster field (a column of the roster file), as the interface says it.
QString fieldLabel(const QString &field)
{
    if (field == u"employee_no"_s)
        return RosterImportDialog::tr("employee number");
    if (field == u"full_name"_s)
        return RosterImportDialog::tr("name");
    if (field == u"email"_s)
        return RosterImportDialog::tr("e-mail");
    if (field == u"role"_s)
        return RosterImportDialog::tr("role");
    if (field == u"team"_s)
        return RosterImportDialog::tr("team");
    if (field == u"site"_s)
        return RosterImportDialog::tr("site");
    if (field == u"language"_s)
        return RosterImportDialog::tr("language");
    if (field == u"start_date"_s)
        return RosterImportDialog::tr("start date");
    //: A roster field: whether the person may sign in.
    if (field == u"active"_s)
        return RosterImportDialog::tr("active");
    return field;
}

QString shown(const QString &value)
{
    //: A roster field that has no value.
    return value.isEmpty() ? RosterImportDialog::tr("(empty)") : value;
}

} // namespace

RosterImportDialog::RosterImportDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RosterImportDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    QPushButton *applyButton = m_ui->buttons->button(QDialogButtonBox::Apply);
    applyButton->setDefault(true);
    retranslate();
    m_ui->previewTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->previewTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->previewTree->header()->setStretchLastSection(true);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &RosterImportDialog::chooseFile);
    connect(m_ui->deactivateCheck, &QCheckBox::toggled, this, &RosterImportDialog::updatePreview);
    connect(applyButton, &QPushButton::clicked, this, &RosterImportDialog::apply);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
}

RosterImportDialog::~RosterImportDialog() = default;

void RosterImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        updatePreview();
    }
    QDialog::changeEvent(event);
}

void RosterImportDialog::retranslate()
{
    setWindowTitle(tr("Import Staff"));
    m_ui->buttons->button(QDialogButtonBox::Apply)->setText(tr("&Apply Import"));
}

void RosterImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Staff"), m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).path(),
        tr("Roster files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool RosterImportDialog::loadFile(const QString &path)
{
    m_path = path;
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
    m_people.clear();
    m_errors.clear();
    QList<domain::Error> all;
    const auto entries = exchange::readRosterCsv(path, &all);
    if (entries.ok()) {
        for (const exchange::RosterEntry &entry : entries.value())
            m_people.append(entry.member);
    } else {
        // One line each, with what the file holds escaped, as tenetctl prints them.
        for (const domain::Error &error : std::as_const(all))
            m_errors.append(domain::escapeForMessage(error.toString()));
        if (m_errors.isEmpty())
            m_errors.append(domain::escapeForMessage(entries.error().toString()));
    }
    updatePreview();
    return canApply();
}

bool RosterImportDialog::canApply() const
{
    return !m_path.isEmpty() && m_errors.isEmpty() && m_blocker.isEmpty() && !m_plan.isEmpty()
        && m_session.database() && m_session.user() && domain::mayChangeRoster(m_session.actor());
}

void RosterImportDialog::updatePreview()
{
    m_plan = {};
    m_blocker.clear();
    m_ui->previewTree->clear();
    if (m_path.isEmpty()) {
        m_ui->summaryLabel->setText(
            tr("Choose the roster file. Nothing is written until you look at what it changes "
               "and apply it."));
    } else if (!m_errors.isEmpty()) {
        showErrors();
    } else if (!m_session.database()) {
        m_ui->summaryLabel->setText(tr("Open a database first."));
    } else {
        const auto plan = storage::RosterStore(*m_session.database())
                              .preview(m_people, m_ui->deactivateCheck->isChecked());
        if (plan.ok()) {
            m_plan = plan.value();
            showPlan();
            m_blocker = selfLockOut();
            if (!m_blocker.isEmpty())
                m_ui->summaryLabel->setText(m_blocker);
        } else {
            m_errors.append(domain::escapeForMessage(plan.error().toString()));
            showErrors();
            m_errors.clear(); // a choice (deactivate all) caused it; let the user change it
        }
    }
    QPushButton *applyButton = m_ui->buttons->button(QDialogButtonBox::Apply);
    applyButton->setEnabled(canApply());
    const bool manager = m_session.user() && domain::mayChangeRoster(m_session.actor());
    applyButton->setToolTip(manager ? tr("Write these changes to the roster in one step.")
                                    : tr("Only a signed-in manager can import staff."));
}

QString RosterImportDialog::selfLockOut() const
{
    // A manager who imports a file that leaves them out or demotes them would lose the right
    // to undo it; another manager must do that.
    // The store enforces the rule; the dialog says which way the file would lock them out.
    if (!m_session.user() || domain::checkKeepsOwnAccess(m_session.actor(), m_plan))
        return {};
    const QString me = m_session.user()->employeeNo;
    for (const domain::StaffMember &member : m_plan.deactivated) {
        if (member.employeeNo == me)
            return tr("The file does not list you (%1), so applying it would deactivate you. "
                      "Add yourself to the file or clear \"Deactivate people missing from the "
                      "file\".")
                .arg(me);
    }
    for (const domain::StaffChange &change : m_plan.updated) {
        if (change.after.employeeNo == me
            && (!change.after.active || change.after.role != domain::Role::Manager))
            return tr("Applying the file would deactivate you (%1) or take away your manager "
                      "role; ask another manager to import it.")
                .arg(me);
    }
    return {};
}

QTreeWidgetItem *RosterImportDialog::addGroup(const QString &title, int count)
{
    auto *group = new QTreeWidgetItem(m_ui->previewTree, {title.arg(count)});
    group->setFirstColumnSpanned(true);
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setExpanded(true);
    return group;
}

void RosterImportDialog::showPlan()
{
    const auto row = [](QTreeWidgetItem *group, const domain::StaffMember &member,
                        const QString &details) {
        new QTreeWidgetItem(group, {member.employeeNo, member.fullName, details});
    };
    if (m_plan.isEmpty()) {
        m_ui->summaryLabel->setText(
            tr("The file matches the roster: there is nothing to change (%n people unchanged).",
               nullptr, m_plan.unchanged));
        return;
    }
    //: %1, %2, %3 and %4 are numbers of people.
    m_ui->summaryLabel->setText(
        tr("Applying this file will add %1, update %2 and deactivate %3 people (%4 "
           "unchanged). Nothing has been written yet.")
            .arg(m_plan.added.size())
            .arg(m_plan.updated.size())
            .arg(m_plan.deactivated.size())
            .arg(m_plan.unchanged));
    if (!m_plan.added.isEmpty()) {
        QTreeWidgetItem *group = addGroup(tr("To add (%1)"), int(m_plan.added.size()));
        for (const domain::StaffMember &member : std::as_const(m_plan.added))
            row(group, member,
                QStringList {domain::roleLabel(member.role), member.team, member.site}
                    .filter(QRegularExpression(u"."_s))
                    .join(u", "_s));
    }
    if (!m_plan.updated.isEmpty()) {
        QTreeWidgetItem *group = addGroup(tr("To update (%1)"), int(m_plan.updated.size()));
        for (const domain::StaffChange &change : std::as_const(m_plan.updated)) {
            QStringList parts;
            for (const QString &field : change.changedFields)
                //: One changed field of a person: its name, the value before, the value after.
                parts.append(tr("%1: %2 → %3")
                                 .arg(fieldLabel(field), shown(fieldValue(change.before, field)),
                                      shown(fieldValue(change.after, field))));
            row(group, change.after, parts.join(u"; "_s));
        }
    }
    if (!m_plan.deactivated.isEmpty()) {
        QTreeWidgetItem *group = addGroup(tr("To deactivate (%1)"), int(m_plan.deactivated.size()));
        for (const domain::StaffMember &member : std::as_const(m_plan.deactivated))
            row(group, member, tr("not in the file"));
    }
}

void RosterImportDialog::showErrors()
{
    m_ui->summaryLabel->setText(
        tr("The file cannot be imported: fix the rows below and choose it again. Nothing has "
           "been written."));
    QTreeWidgetItem *group = addGroup(tr("Problems (%1)"), int(m_errors.size()));
    group->setForeground(0, QColor(0xb0, 0x00, 0x20));
    for (const QString &error : std::as_const(m_errors)) {
        auto *item = new QTreeWidgetItem(group, {error});
        item->setFirstColumnSpanned(true);
        item->setToolTip(0, error);
    }
}

bool RosterImportDialog::apply()
{
    if (!canApply())
        return false;
    const auto done = storage::RosterStore(*m_session.database())
                          .apply(m_people, m_ui->deactivateCheck->isChecked(), m_session.actor());
    if (!done.ok()) {
        m_ui->summaryLabel->setText(
            tr("The import was not applied: %1. Nothing has been written.")
                .arg(domain::escapeForMessage(done.error().toString())));
        return false;
    }
    emit applied(done.value());
    accept();
    return true;
}

} // namespace tenet::app

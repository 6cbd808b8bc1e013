#pragma once

#include "domain/result.h"
#include "domain/staffmember.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QTableView;
class QToolBar;

namespace tenet::app {

class Session;
class StaffFilterBar;
class StaffFilterProxy;
class StaffTableModel;

// The staff editor: the roster as a table that can be filtered by team, site, role and
// status and searched by name or number, and, for a signed-in manager, adding, editing,
// deactivating people, resetting their PIN and importing a roster file. Every change goes
// through the stores, which audit it; anyone else sees the roster read-only.
class StaffView : public QWidget
{
    Q_OBJECT

public:
    explicit StaffView(Session &session, QWidget *parent = nullptr);
    ~StaffView() override;

    // Reads the roster again, keeping the filters and the selected person.
    void reload();

    // File > Import Staff…: opens the roster import dialog.
    QAction *importAction() const { return m_importAction; }
    QAction *addAction() const { return m_addAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *deactivateAction() const { return m_deactivateAction; }
    QAction *resetPinAction() const { return m_resetPinAction; }

    // Asks a yes/no question before a change (deactivating someone); a message box whose
    // default answer is No unless replaced, so that tests can answer without a dialog.
    using Confirmer = std::function<bool(const QString &title, const QString &question)>;
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }

    // The employee number of the selected person, if any.
    std::optional<QString> selectedEmployeeNo() const;
    void selectEmployee(const QString &employeeNo);

signals:
    // A change could not be made; the message says why (it is also shown in the view).
    void failed(const QString &message);
    // The roster changed (a person added, edited, deactivated, or an import applied).
    void staffChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void updateActions();
    void updateFilterChoices();
    void applyFilters();
    void showMessage(const QString &text, bool problem);
    bool canChange() const;
    std::optional<domain::StaffMember> selectedMember() const;

    void addMember();
    void editMember();
    void deactivateMember();
    void resetPin();
    void importRoster();
    // Writes one changed entry through the roster store (audited) and follows it.
    domain::Status saveEdit(const domain::StaffMember &member);

    Session &m_session;
    Confirmer m_confirm;
    StaffTableModel *m_model = nullptr;
    StaffFilterProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    StaffFilterBar *m_filters = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deactivateAction = nullptr;
    QAction *m_resetPinAction = nullptr;
    QAction *m_importAction = nullptr;
};

} // namespace tenet::app

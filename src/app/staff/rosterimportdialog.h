#pragma once

#include "domain/result.h"
#include "domain/rosterplan.h"
#include "domain/staffmember.h"

#include <QDialog>
#include <QList>

#include <memory>

class QTreeWidgetItem;

namespace Ui {
class RosterImportDialog;
}

namespace tenet::app {

class Session;

// File > Import staff: reads a roster CSV and shows who would be added, updated (with the
// fields that change) and deactivated before anything is written; a file with any bad row
// lists every error by line and column and cannot be applied. Apply writes it all in one
// transaction through storage::RosterStore.
class RosterImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RosterImportDialog(Session &session, QWidget *parent = nullptr);
    ~RosterImportDialog() override;

    // Reads the file and shows its preview; false when it cannot be imported.
    bool loadFile(const QString &path);

    const domain::RosterPlan &plan() const { return m_plan; }
    // The file's problems as "FILE:LINE: column NAME: what is wrong", in file order.
    const QStringList &errors() const { return m_errors; }
    bool canApply() const;

    // Writes the import; on failure the dialog stays open and shows why.
    bool apply();

signals:
    // The roster changed: `done` is what was written.
    void applied(const domain::RosterPlan &done);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseFile();
    void updatePreview();
    void showPlan();
    void showErrors();
    // Why applying the plan would lock the signed-in manager out, or empty.
    QString selfLockOut() const;
    QTreeWidgetItem *addGroup(const QString &title, int count);

    std::unique_ptr<Ui::RosterImportDialog> m_ui;
    Session &m_session;
    QString m_path;
    QList<domain::StaffMember> m_people;
    domain::RosterPlan m_plan;
    QStringList m_errors;
    QString m_blocker;
};

} // namespace tenet::app

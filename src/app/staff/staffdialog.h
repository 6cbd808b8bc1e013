#pragma once

#include "domain/result.h"
#include "domain/staffmember.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class StaffDialog;
}

namespace tenet::app {

// Asks for one person's roster entry, to add them or to edit them (the employee number is
// then fixed). OK checks the fields, then hands the entry to `save`; when that fails the
// dialog stays open and says why.
class StaffDialog : public QDialog
{
    Q_OBJECT

public:
    using Save = std::function<domain::Status(const domain::StaffMember &)>;

    explicit StaffDialog(Save save, QWidget *parent = nullptr);
    ~StaffDialog() override;

    // Switches to editing this person.
    void setMember(const domain::StaffMember &member);
    // The teams and sites offered (new ones can still be typed).
    void setChoices(const QStringList &teams, const QStringList &sites);

    domain::StaffMember member() const;
    // What is wrong with the fields, or empty.
    QString problem() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setLanguage(const QString &code);
    std::unique_ptr<Ui::StaffDialog> m_ui;
    Save m_save;
    bool m_editing = false;
    QString m_editedName;
};

} // namespace tenet::app

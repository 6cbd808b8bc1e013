#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class NoteDialog;
}

namespace tenet::app {

// Asks for the short text a workflow step carries: a note for the reviewer, the reason a
// draft is sent back or withdrawn. OK stays disabled while a required text is empty.
class NoteDialog : public QDialog
{
    Q_OBJECT

public:
    NoteDialog(const QString &title, const QString &prompt, const QString &okText, bool required,
               QWidget *parent = nullptr);
    ~NoteDialog() override;

    QString text() const;

private:
    void updateOk();

    std::unique_ptr<Ui::NoteDialog> m_ui;
    bool m_required;
};

} // namespace tenet::app

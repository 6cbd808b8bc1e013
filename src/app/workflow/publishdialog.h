#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PublishDialog;
}

namespace tenet::app {

// Asks how a version is published (material or editorial) and for the change summary.
// Editorial is offered only when an earlier version was published.
class PublishDialog : public QDialog
{
    Q_OBJECT

public:
    PublishDialog(int versionNumber, bool hasPublishedBefore, QWidget *parent = nullptr);
    ~PublishDialog() override;

    bool isMaterial() const;
    QString summary() const;

private:
    void updateOk();

    std::unique_ptr<Ui::PublishDialog> m_ui;
};

} // namespace tenet::app

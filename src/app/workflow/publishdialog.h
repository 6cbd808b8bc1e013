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
    // `audienceSize` is how many people a material publication asks to sign; negative when
    // it is not known.
    PublishDialog(int versionNumber, bool hasPublishedBefore, int audienceSize,
                  QWidget *parent = nullptr);
    ~PublishDialog() override;

    bool isMaterial() const;
    QString summary() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateOk();

    std::unique_ptr<Ui::PublishDialog> m_ui;
    int m_audienceSize;
    int m_versionNumber;
};

} // namespace tenet::app

#pragma once

#include "domain/result.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class PinDialog;
}

namespace tenet::app {

// Asks for a new PIN twice. OK checks both are the same and long enough, then hands the PIN
// to `save`; when that fails the dialog stays open and says why.
class PinDialog : public QDialog
{
    Q_OBJECT

public:
    using Save = std::function<domain::Status(const QString &)>;

    PinDialog(const QString &personName, Save save, QWidget *parent = nullptr);
    ~PinDialog() override;

    static constexpr int minimumLength = 4;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    std::unique_ptr<Ui::PinDialog> m_ui;
    Save m_save;
    QString m_personName;
};

} // namespace tenet::app

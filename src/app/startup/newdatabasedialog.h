#pragma once

#include "databaseopener.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class NewDatabaseDialog;
}

namespace tenet::app {

// Asks what a new database file starts with: the demonstration organisation, or the user's
// own organisation with the user as its first manager.
class NewDatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewDatabaseDialog(const QString &path, QWidget *parent = nullptr);
    ~NewDatabaseDialog() override;

    // None for the demonstration organisation.
    std::optional<NewOrganisation> organisation() const;
    // The language of the demonstration organisation, when that is chosen ("en", "es").
    QString demoLanguage() const;
    // Why Create is not available yet, as a sentence; empty when it is.
    QString problem() const;

private:
    void describeDemo();
    void update();

    std::unique_ptr<Ui::NewDatabaseDialog> m_ui;
};

} // namespace tenet::app

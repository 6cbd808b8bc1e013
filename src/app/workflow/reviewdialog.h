#pragma once

#include "domain/sectionkey.h"
#include "domain/sectionreview.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ReviewDialog;
}

namespace tenet::app {

// Asks which section was reviewed, with what outcome, and a note: the record that keeps a
// section from going stale on the dashboard.
class ReviewDialog : public QDialog
{
    Q_OBJECT

public:
    ReviewDialog(int versionInForce, QWidget *parent = nullptr);
    ~ReviewDialog() override;

    domain::SectionKey section() const;
    domain::ReviewOutcome outcome() const;
    QString note() const;

private:
    std::unique_ptr<Ui::ReviewDialog> m_ui;
};

} // namespace tenet::app

#pragma once

#include "domain/sectionkey.h"
#include "domain/sectionreview.h"
#include "domain/version.h"

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
    // Offers the sections of `inForce`, under the titles it gives them.
    explicit ReviewDialog(const domain::Version &inForce, QWidget *parent = nullptr);
    ~ReviewDialog() override;

    domain::SectionKey section() const;
    domain::ReviewOutcome outcome() const;
    QString note() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::ReviewDialog> m_ui;
    int m_versionNumber = 0;
    QList<std::pair<domain::SectionKey, QString>> m_sections; // key and title, in order
};

} // namespace tenet::app

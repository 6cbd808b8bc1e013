#pragma once

#include "compliancereportwriter.h"

#include "domain/version.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ComplianceReportDialog;
}

namespace tenet::app {

class Session;

// Asks for the compliance report's format (PDF or CSV), the published version it judges (the
// one in force first), the file to write and whether to open it when done.
class ComplianceReportDialog : public QDialog
{
    Q_OBJECT

public:
    // `today` is the day the report judges on (the dashboard's day); it names the file.
    ComplianceReportDialog(Session &session, const QDate &today, QWidget *parent = nullptr);
    ~ComplianceReportDialog() override;

    // What the user chose; the version is empty when nothing was ever published.
    ComplianceReportRequest request() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillVersions();
    void fillFormats();
    void chooseFile();
    void formatChanged();
    void updateOk();
    QString extension() const;

    std::unique_ptr<Ui::ComplianceReportDialog> m_ui;
    QDate m_today;
    QString m_codeLanguage; // the report's, which decides the CSV separator offered first
    std::optional<domain::VersionInfo> m_inForce;
    QList<domain::VersionInfo> m_history; // the other published versions, newest first
};

} // namespace tenet::app

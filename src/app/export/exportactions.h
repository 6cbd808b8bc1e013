#pragma once

#include "domain/code.h"
#include "domain/result.h"

#include <QObject>

class QAction;
class QPrinter;
class QWidget;

namespace tenet::storage {
class Database;
}

namespace tenet::app {

class Session;

// File > Export Handbook and File > Print Handbook for the code shown: the export renders
// the PDF off the GUI thread behind a progress dialog that can cancel it.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    ExportActions(Session &session, QWidget *window);

    QAction *exportHandbookAction() const { return m_exportAction; }
    QAction *printAction() const { return m_printAction; }

    // Paints the handbook of one version on a printer (switched to full-page mode), as the
    // print preview does; no dialog.
    static domain::Status printHandbook(storage::Database &db, const domain::Code &code,
                                        qint64 versionId, QPrinter &printer);

    // Shows the export dialog and runs the export it asks for.
    void exportHandbook();
    // Shows a print preview of the version in force (the open draft when none is in force);
    // a chooser in its toolbar switches to any other version the export offers.
    void print();

private:
    void updateEnabled();
    void showError(const QString &file, const domain::Error &error);

    Session &m_session;
    QWidget *m_window;
    QAction *m_exportAction;
    QAction *m_printAction;
    bool m_exporting = false;
};

} // namespace tenet::app

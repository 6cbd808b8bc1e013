#pragma once

#include "domain/result.h"

#include <QObject>

#include <memory>

class QAction;
class QMessageBox;
class QWidget;

namespace tenet::app {

class Session;

// File > Import Code and File > Export Code: tenet.code/1 files, read and written by the
// same use cases as `tenetctl import-code` and `export-code`, so they are checked the same way
// and fail with the same messages (the file, the line or JSON pointer, what is wrong). An
// import becomes a new draft of the code shown; an export writes the version in force (the
// open draft when nothing is in force yet). The *File methods do the work without dialogs.
class CodeFileActions : public QObject
{
    Q_OBJECT

public:
    CodeFileActions(Session &session, QWidget *window);

    QAction *importAction() const { return m_importAction; }
    QAction *exportAction() const { return m_exportAction; }

    // Imports the file as a new draft by the person signed in; returns the sentence that
    // reports it ("FILE was imported as draft version 3 ...").
    domain::Result<QString> importFile(const QString &path);
    // Writes the version to export to `path`; returns the sentence that reports it.
    domain::Result<QString> exportFile(const QString &path);

    // The dialog that reports a failure: a headline, and the error exactly as tenetctl words
    // it. Returned unshown so that its text can be checked.
    static std::unique_ptr<QMessageBox> errorBox(QWidget *parent, const QString &headline,
                                                 const domain::Error &error);

private:
    void chooseFileToImport();
    void chooseFileToExport();
    void updateEnabled();

    Session &m_session;
    QWidget *m_window;
    QAction *m_importAction;
    QAction *m_exportAction;
};

} // namespace tenet::app

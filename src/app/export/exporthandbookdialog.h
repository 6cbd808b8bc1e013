#pragma once

#include "render/handbookrenderer.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ExportHandbookDialog;
}

namespace tenet::app {

class Session;

// Asks which version of the code shown to export as a PDF handbook, on which paper, to
// which file, and whether to open it when done.
class ExportHandbookDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportHandbookDialog(Session &session, QWidget *parent = nullptr);
    ~ExportHandbookDialog() override;

    qint64 versionId() const; // 0 when the code has no version
    render::PaperSize paper() const;
    QString outputPath() const;
    bool openWhenDone() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseFile();
    void updateOk();

    std::unique_ptr<Ui::ExportHandbookDialog> m_ui;
    Session &m_session;
};

} // namespace tenet::app

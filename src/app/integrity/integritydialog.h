#pragma once

#include <QByteArray>
#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace tenet::app {

struct IntegrityOutcome;

// Help > Database Integrity…: runs the checks of `tenetctl verify` off the GUI thread,
// shows what they found and, when they pass, the seal of the database as it is now, to
// copy or save and keep outside the file (docs/integrity.md).
class IntegrityDialog : public QDialog
{
    Q_OBJECT

public:
    explicit IntegrityDialog(const QString &databasePath, QWidget *parent = nullptr);

    // Starts the checks (again); the dialog starts them once by itself when first shown.
    void start();
    bool isRunning() const { return m_running; }

    QString sealText() const;
    void copySeal() const;
    // Asks for a file, then saves the seal there.
    void saveSealAs();
    // Writes the seal to the file; false (after saying why) when it could not.
    bool saveSealTo(const QString &path);

signals:
    void checkFinished(bool passed);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showStep(int step);
    void showOutcome(const IntegrityOutcome &outcome);

    QString m_databasePath;
    QByteArray m_sealText; // as made: saved byte for byte
    bool m_running = false;
    bool m_started = false;
    QLabel *m_headline;
    QProgressBar *m_progress;
    QPlainTextEdit *m_problems;
    QLabel *m_sealLabel;
    QPlainTextEdit *m_seal;
    QPushButton *m_copy;
    QPushButton *m_save;
    QPushButton *m_again;
};

} // namespace tenet::app

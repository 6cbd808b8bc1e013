#pragma once

#include <QDialog>

class QLabel;

namespace tenet::app {

// Help > About: the version, Tenet's licence, and the libraries the program is built with,
// each with its licence, as the licences ask.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The dialog's rich text, for the dialog and for tests.
    static QString text();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_text = nullptr;
};

} // namespace tenet::app

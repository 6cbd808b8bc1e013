#pragma once

#include <QDialog>
#include <QUrl>

class QTextBrowser;

namespace tenet::app {

// Help > User Guide: the guide's HTML in a browser inside Tenet, which works offline and
// without a web browser installed; Open in Browser hands the page shown to the system's.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    // Shows the index of the guide in `language` (see UserGuide::language).
    explicit UserGuideDialog(const QString &language, QWidget *parent = nullptr);

    // The page shown; empty when no guide is installed.
    QUrl source() const;
    QTextBrowser *browser() const { return m_browser; }

private:
    void openInBrowser();

    QTextBrowser *m_browser;
    QUrl m_home;
};

} // namespace tenet::app

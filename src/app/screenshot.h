#pragma once

#include <QCommandLineOption>

class QCommandLineParser;

namespace tenet::app {

class MainWindow;
class Session;

// `tenet --screenshot FILE --view VIEW [--db DATABASE] [--as EMPLOYEE_NO] [--lang LANGUAGE]`
// (editor, history, compare, reading, dashboard or staff): renders the main window showing
// one view to a PNG and exits. It works without a display (QT_QPA_PLATFORM=offscreen), for
// the documentation's pictures and for checks. The language (--lang, see LanguageOption) is
// held for the picture: signing in as --as does not switch to that person's language.
class ScreenshotOptions
{
public:
    // Adds the options to the parser.
    explicit ScreenshotOptions(QCommandLineParser &parser);

    bool requested(const QCommandLineParser &parser) const;
    QString database(const QCommandLineParser &parser) const;
    // Signs in (--as, or the first manager), shows the view, writes the PNG; the exit status.
    int take(const QCommandLineParser &parser, MainWindow &window, Session &session) const;

private:
    QCommandLineOption m_screenshot;
    QCommandLineOption m_view;
    QCommandLineOption m_database;
    QCommandLineOption m_as;
};

} // namespace tenet::app

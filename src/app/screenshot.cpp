#include "screenshot.h"

#include "mainwindow.h"

#include "editor/draftdocument.h"
#include "editor/editorview.h"
#include "history/historyview.h"
#include "session/session.h"
#include "storage/staffstore.h"
#include "storage/versionstore.h"

#include <spdlog/spdlog.h>

#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace tenet::app {

namespace {

// The person a screenshot is taken as: the one named, or else the first agent for the
// reading view and the first manager for the others.
std::optional<domain::StaffMember> screenshotUser(storage::StaffStore &staff, const QString &named,
                                                  domain::Role role)
{
    if (!named.isEmpty()) {
        auto member = staff.find(named);
        return member ? std::optional(*member) : std::nullopt;
    }
    const auto people = staff.list();
    if (!people)
        return std::nullopt;
    for (const domain::StaffMember &member : *people) {
        if (member.active && member.role == role)
            return member;
    }
    return std::nullopt;
}

} // namespace

ScreenshotOptions::ScreenshotOptions(QCommandLineParser &parser)
    : m_screenshot(u"screenshot"_s,
                   QApplication::translate("main", "Render the main window to a PNG file and exit."),
                   u"PNG"_s)
    , m_view(u"view"_s,
             QApplication::translate("main", "The view to render: editor, history, compare, reading, dashboard or staff."),
             u"VIEW"_s, u"editor"_s)
    , m_database(u"db"_s,
                 QApplication::translate("main", "The database to open: a file, a "
                                                 "postgresql:// address or service=NAME."),
                 u"DATABASE"_s)
    , m_as(u"as"_s, QApplication::translate("main", "Who is signed in for the screenshot."),
           u"EMPLOYEE_NO"_s)
{
    parser.addOption(m_screenshot);
    parser.addOption(m_view);
    parser.addOption(m_database);
    parser.addOption(m_as);
}

bool ScreenshotOptions::requested(const QCommandLineParser &parser) const
{
    return parser.isSet(m_screenshot);
}

QString ScreenshotOptions::database(const QCommandLineParser &parser) const
{
    return parser.value(m_database);
}

int ScreenshotOptions::take(const QCommandLineParser &parser, MainWindow &window,
                            Session &session) const
{
    storage::StaffStore staff(*session.database());
    const QString view = parser.value(m_view);
    const auto role = view == u"reading"_s ? domain::Role::Agent : domain::Role::Manager;
    if (const auto user = screenshotUser(staff, parser.value(m_as), role))
        session.signIn(*user);

    window.resize(1280, 800);
    window.show();
    if (view == u"history"_s || view == u"compare"_s) {
        window.showView(MainWindow::View::History);
        if (view == u"compare"_s && session.code()) {
            storage::VersionStore store(*session.database());
            const auto versions = store.versions(session.code()->id);
            if (versions && versions->size() >= 2)
                window.history()->compare(versions->at(versions->size() - 2).id,
                                          versions->last().id);
        }
    } else if (view == u"editor"_s) {
        // A clause shows more of the editor than a section does: its form and preview.
        if (const DraftDocument *document = window.editor()->document()) {
            for (const domain::Section &section : document->content().sections) {
                if (!section.clauses.isEmpty()) {
                    window.editor()->selectClause(section.clauses.first().id);
                    break;
                }
            }
        }
    } else if (view == u"reading"_s) {
        window.showView(MainWindow::View::Reading);
    } else if (view == u"dashboard"_s) {
        window.showView(MainWindow::View::Dashboard);
    } else if (view == u"staff"_s) {
        window.showView(MainWindow::View::Staff);
    } else {
        spdlog::error("unknown view {}: use editor, history, compare, reading, dashboard or staff",
                      view.toStdString());
        return 1;
    }
    QApplication::processEvents();
    const QString png = parser.value(m_screenshot);
    if (!window.grab().save(png, "PNG")) {
        spdlog::error("cannot write the screenshot {}", png.toStdString());
        return 2;
    }
    return 0;
}

} // namespace tenet::app

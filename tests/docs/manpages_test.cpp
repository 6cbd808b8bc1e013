#include "support/tempdir.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using namespace tenet;

namespace {

QString helpOf(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished());
    INFO(program.toStdString() << ' ' << arguments.join(u' ').toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The page as plain text: roff's escaped hyphens and font changes undone, so that
// `\-\-db` and `\fB\-\-db\fR` both read --db.
QString manPage(const QString &relativePath)
{
    QFile file(TENET_SOURCE_DIR u"/docs/man/"_s + relativePath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    text.replace(QRegularExpression(uR"(\\f[BIRP])"_s), QString());
    text.replace(u"\\-"_s, u"-"_s);
    return text;
}

// The options a help text lists: "  -o, --output FILE  ..." gives -o and --output.
QStringList optionsIn(const QString &help)
{
    QStringList options;
    static const QRegularExpression line(uR"(^\s+(-[^\s,]+(?:,\s+-[^\s,]+)*))"_s,
                                         QRegularExpression::MultilineOption);
    for (const auto &match : line.globalMatch(help)) {
        for (const QString &option : match.captured(1).split(u", "_s))
            options << option.trimmed();
    }
    return options;
}

// The commands `tenetctl --help` lists: the indented lines between "Commands:" and the
// next heading, each beginning with the command's words.
QStringList tenetctlCommands(const QString &help)
{
    const int start = help.indexOf(u"Commands:\n"_s);
    REQUIRE(start >= 0);
    const int end = help.indexOf(u"\n\n"_s, start);
    QStringList commands;
    for (const QString &line : help.mid(start, end - start).split(u'\n').mid(1)) {
        // Two spaces, the words, then at least one space of padding before the summary.
        static const QRegularExpression command(uR"(^  ([a-z-]+(?: [a-z-]+)?)\s{2,})"_s);
        const auto match = command.match(line);
        if (match.hasMatch())
            commands << match.captured(1);
    }
    return commands;
}

// The part of a page about one command: from its .SS heading to the next heading. The
// heading is the command's words, then its synopsis (options, upper-case placeholders), so
// that "ack" does not find the heading of "ack list".
QString commandSection(const QString &page, const QString &command)
{
    const QRegularExpression heading(u"^\\.SS \""_s + QRegularExpression::escape(command)
                                         + u"(\"| [-\\[(\\p{Lu}])"_s,
                                     QRegularExpression::MultilineOption);
    const auto match = heading.match(page);
    if (!match.hasMatch())
        return {};
    const int at = match.capturedStart();
    const int next = page.indexOf(QRegularExpression(u"\n\\.S[SH] "_s), at + 1);
    return page.mid(at, next < 0 ? -1 : next - at);
}

} // namespace

TEST_CASE("the man pages of tenetctl name every command and option of its help", "[docs]")
{
    const QString general = helpOf(TENETCTL_PATH, {u"--help"_s});
    const QStringList commands = tenetctlCommands(general);
    REQUIRE(commands.size() >= 20);
    for (const QString &language : {u""_s, u"es/"_s}) {
        const QString page = manPage(language + u"tenetctl.1"_s);
        const int optionsAt = page.indexOf(u"\n.SH OP"_s);
        const QString globalSection
            = page.mid(optionsAt, page.indexOf(u"\n.SH "_s, optionsAt + 1) - optionsAt);
        for (const QString &option : optionsIn(general.mid(general.indexOf(u"Options every"_s)))) {
            INFO(language.toStdString() << "tenetctl.1, option " << option.toStdString());
            CHECK(globalSection.contains(option));
        }
        for (const QString &command : commands) {
            const QString section = commandSection(page, command);
            INFO(language.toStdString() << "tenetctl.1, command " << command.toStdString());
            REQUIRE_FALSE(section.isEmpty());
            const QString help = helpOf(TENETCTL_PATH, command.split(u' ') << u"--help"_s);
            const int own = help.indexOf(u"\nOptions:\n"_s);
            if (own < 0)
                continue;
            const QString ownOptions = help.mid(own, help.indexOf(u"\nOptions every"_s) - own);
            for (const QString &option : optionsIn(ownOptions)) {
                INFO("option " << option.toStdString());
                CHECK(section.contains(option));
            }
        }
    }
}

TEST_CASE("the man pages of tenet name every option of its help", "[docs]")
{
    const QString help = helpOf(TENET_PATH, {u"--help"_s});
    const QStringList options = optionsIn(help);
    REQUIRE(options.contains(u"--screenshot"_s));
    for (const QString &language : {u""_s, u"es/"_s}) {
        const QString page = manPage(language + u"tenet.1"_s);
        for (const QString &option : options) {
            INFO(language.toStdString() << "tenet.1, option " << option.toStdString());
            CHECK(page.contains(option));
        }
    }
}

TEST_CASE("the man page check finds a command missing from a page", "[docs]")
{
    const QString page = u".SH COMMANDS\n.SS \"staff add --employee NO\"\nAdds.\n"
                         ".SS \"staff list\"\nLists.\n.SS \"ack list\"\nLists.\n"
                         ".SH EXIT STATUS\n"_s;
    CHECK_FALSE(commandSection(page, u"staff add"_s).isEmpty());
    CHECK(commandSection(page, u"staff add"_s).contains(u"--employee"_s));
    CHECK_FALSE(commandSection(page, u"staff list"_s).contains(u"EXIT"_s));
    CHECK(commandSection(page, u"staff import"_s).isEmpty());
    CHECK(commandSection(page, u"staff"_s).isEmpty());
    CHECK(commandSection(page, u"ack"_s).isEmpty());
}

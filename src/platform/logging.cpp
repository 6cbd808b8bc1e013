#include "logging.h"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <vector>

using namespace Qt::StringLiterals;

namespace tenet::platform {

QString logFilePath(const QString &program)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty())
        return {};
    return folder + u"/logs/"_s + program + u".log"_s;
}

void setUpLogging(const QString &program, LogConsole console)
{
    std::vector<spdlog::sink_ptr> sinks;
    if (console == LogConsole::WarningsToStderr) {
        auto stderrSink = std::make_shared<spdlog::sinks::stderr_sink_mt>();
        stderrSink->set_level(spdlog::level::warn);
        // One line per message, as scripts expect: "tenetctl: what went wrong".
        stderrSink->set_pattern(program.toStdString() + ": %v");
        sinks.push_back(stderrSink);
    }
    const QString path = logFilePath(program);
    if (!path.isEmpty() && QDir().mkpath(QFileInfo(path).absolutePath())) {
        try {
            auto fileSink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QFile::encodeName(path).toStdString(), 1024 * 1024, 3);
            fileSink->set_level(spdlog::level::info);
            fileSink->set_pattern("%Y-%m-%dT%H:%M:%S.%e %l [%P] %v");
            sinks.push_back(fileSink);
        } catch (const spdlog::spdlog_ex &) {
            // A read-only home folder must not stop the program; it runs without a log file.
        }
    }
    auto logger = std::make_shared<spdlog::logger>(program.toStdString(), sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::info);
    // Few lines are written, and those of a crashed or killed program matter most.
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
}

} // namespace tenet::platform

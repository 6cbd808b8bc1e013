#include "command.h"

#include "platform/paths.h"
#include "storage/database.h"
#include "storage/staffstore.h"
#include "storage/versionstore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::cli {

CommandContext::CommandContext(const QCommandLineParser &args, QTextStream &out, bool readOnly)
    : m_args(args), m_out(out), m_readOnly(readOnly)
{
}

CommandContext::~CommandContext() = default;

bool CommandContext::json() const
{
    return m_args.isSet(u"json"_s);
}

QString CommandContext::value(const QString &option) const
{
    return m_args.value(option);
}

bool CommandContext::isSet(const QString &option) const
{
    return m_args.isSet(option);
}

QStringList CommandContext::positional() const
{
    return m_args.positionalArguments();
}

QString CommandContext::databasePath() const
{
    return m_args.value(u"db"_s);
}

Result<storage::Database *> CommandContext::database()
{
    if (!m_database) {
        auto opened = storage::Database::open(databasePath(),
                                              m_readOnly ? storage::OpenMode::ReadOnly
                                                         : storage::OpenMode::ExistingOnly);
        if (!opened)
            return opened.error();
        m_database = std::move(opened).value();
    }
    return m_database.get();
}

Result<Actor> CommandContext::actor(bool required)
{
    const QString employeeNo = m_args.value(u"as"_s);
    if (employeeNo.isEmpty()) {
        if (required)
            return Error::usage(u"--as EMPLOYEE_NO is required: name the staff member who "
                                "takes this step"_s);
        return Actor {u"os:"_s + platform::operatingSystemUser(), std::nullopt};
    }
    auto db = database();
    if (!db)
        return db.error();
    return storage::StaffStore(**db).actor(employeeNo);
}

Result<Code> CommandContext::code()
{
    auto db = database();
    if (!db)
        return db.error();
    auto read = storage::VersionStore(**db).codes();
    if (!read)
        return read.error();
    const QList<Code> &codes = *read;
    if (m_args.isSet(u"code"_s)) {
        auto id = integer(m_args.value(u"code"_s), u"--code"_s);
        if (!id)
            return id.error();
        for (const Code &code : codes) {
            if (code.id == *id)
                return code;
        }
        return Error::notFound(u"%1: there is no code with id %2"_s.arg(databasePath()).arg(*id));
    }
    if (codes.isEmpty())
        return Error::notFound(
            u"%1 holds no code yet; import one with `tenetctl import-code FILE`"_s.arg(
                databasePath()));
    if (codes.size() > 1) {
        QStringList choices;
        for (const Code &code : codes)
            choices << u"%1 (%2)"_s.arg(code.id).arg(code.title);
        return Error::usage(u"%1 holds %2 codes; name one with --code ID: %3"_s.arg(
            databasePath(), QString::number(codes.size()), choices.join(u", "_s)));
    }
    return codes.first();
}

Result<int> CommandContext::integer(const QString &text, const QString &name) const
{
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok)
        return Error::usage(u"%1 takes a whole number, not \"%2\""_s.arg(name, text));
    return number;
}

} // namespace tenet::cli

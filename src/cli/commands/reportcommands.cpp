#include "commands.h"
#include "domain/organisationdate.h"

#include "cli/commandtarget.h"
#include "cli/jsonoutput.h"
#include "render/compliancereportrenderer.h"
#include "usecases/compliancereport.h"

#include <nlohmann/json.hpp>

#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::cli::commands {

namespace {

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    const bool isNew = !QFileInfo::exists(path);
    if (file.open(QIODevice::WriteOnly) && isNew) {
        // The report names staff; a new file is readable by its owner only, whatever the umask.
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (!file.isOpen() || file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return Error::invalid(path, u"cannot be written: %1"_s.arg(file.errorString()));
    }
    if (!file.commit())
        return Error::invalid(path, u"cannot be written: %1"_s.arg(file.errorString()));
    return {};
}

Status report(CommandContext &context)
{
    const QString format = context.value(u"format"_s).toLower();
    if (format != u"pdf"_s && format != u"csv"_s)
        return Error::usage(u"report needs --format pdf or --format csv, not \"%1\""_s.arg(
            context.value(u"format"_s)));
    // The CSV's field separator: the report's language decides unless --delimiter does.
    QChar delimiter;
    if (context.isSet(u"delimiter"_s)) {
        const QString text = context.value(u"delimiter"_s);
        if (text != u","_s && text != u";"_s)
            return Error::usage(u"--delimiter takes ',' or ';', not \"%1\""_s.arg(text));
        if (format != u"csv"_s)
            return Error::usage(u"--delimiter is for --format csv"_s);
        delimiter = text.front();
    }
    const QString output = context.value(u"output"_s);
    if (output.isEmpty() || output == u"-"_s)
        return Error::usage(u"report needs -o FILE: the report is written to a file"_s);
    QDate today = domain::organisationToday();
    if (context.isSet(u"today"_s)) {
        today = QDate::fromString(context.value(u"today"_s), Qt::ISODate);
        if (!today.isValid())
            return Error::usage(u"--today: \"%1\" is not a date of the form YYYY-MM-DD"_s.arg(
                context.value(u"today"_s)));
    }
    std::optional<int> number;
    if (context.isSet(u"version"_s)) {
        auto n = context.integer(context.value(u"version"_s), u"--version"_s);
        if (!n)
            return n.error();
        number = *n;
    }
    auto target = findTarget(context);
    if (!target)
        return target.error();
    storage::Database &db = target->database();
    const Code &code = target->code;
    auto data = usecases::gatherComplianceReport(db, code, number, today);
    if (!data)
        return data.error();

    const render::ComplianceReportRenderer renderer(*data);
    QByteArray bytes;
    if (format == u"csv"_s) {
        bytes = renderer.renderCsv(delimiter);
    } else {
        auto pdf = renderer.renderPdf();
        if (!pdf)
            return pdf.error();
        bytes = std::move(pdf).value();
    }
    if (Status s = writeFile(output, bytes); !s)
        return s;

    const int required = int(data->people.size());
    if (context.json()) {
        printJson(context.out(),
                  {{"file", output.toStdString()},
                   {"format", format.toStdString()},
                   {"version", data->versionNumber},
                   {"today", data->today.toString(Qt::ISODate).toStdString()},
                   {"required", required},
                   {"signed", data->signedCount()},
                   {"overdue", data->overdueCount()},
                   {"ledger_ok", data->ledgerOk},
                   {"ledger_last_hash", data->ledgerLastHash.toStdString()}});
    } else {
        context.out() << u"Wrote the compliance report of version %1 to %2: %3 of %4 people "
                         "signed, %5 overdue; the ledger %6.\n"_s.arg(
                             QString::number(data->versionNumber), output,
                             QString::number(data->signedCount()), QString::number(required),
                             QString::number(data->overdueCount()),
                             data->ledgerOk ? u"verifies"_s : u"FAILS verification"_s);
    }
    return {};
}

} // namespace

QList<Command> reportCommands()
{
    Command command {
        u"report"_s,
        u"Write the compliance report of the version in force (or --version N) for auditors: "
        "every person who must sign, signed when or not, overdue, totals per team, the "
        "sections' review status and the ledger's verification, in the language of the "
        "version."_s,
        {},
        {{u"format"_s, u"pdf or csv."_s, u"FORMAT"_s},
         {{u"o"_s, u"output"_s}, u"The file to write."_s, u"FILE"_s},
         {u"version"_s, u"A published version's number (default: the version in force)."_s, u"N"_s},
         {u"today"_s, u"Judge as on this day, YYYY-MM-DD (default: today, UTC)."_s, u"DATE"_s},
         {u"delimiter"_s,
          u"The CSV's field separator, ',' or ';' (default: ';' for a code in Spanish or "
          "Lithuanian, whose spreadsheets use a decimal comma; ',' otherwise)."_s,
          u"CHAR"_s}},
        report};
    // The PDF is laid out with Qt's GUI module's fonts.
    command.needsGui = true;
    return {command};
}

} // namespace tenet::cli::commands

#include "commands.h"

#include "cli/commandtarget.h"
#include "cli/jsonoutput.h"
#include "cli/outputfile.h"
#include "cli/versionlookup.h"
#include "render/handbookrenderer.h"
#include "render/htmlexport.h"
#include "render/markdownexport.h"
#include "storage/versionstore.h"
#include "usecases/handbooksource.h"

#include <nlohmann/json.hpp>

#include <QCryptographicHash>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::cli::commands {

namespace {

// The version named on the command line, with everything its handbook shows.
Result<render::HandbookSource> handbookSource(CommandContext &context)
{
    auto target = findTarget(context);
    if (!target)
        return target.error();
    storage::Database &db = target->database();
    const Code &code = target->code;
    storage::VersionStore store(db);
    auto info = findExportedVersion(store, code.id, context.isSet(u"draft"_s),
                                    context.value(u"version"_s));
    if (!info)
        return info.error();
    return usecases::loadHandbookSource(db, code, info->id);
}

// Writes a text export to -o FILE, or to standard output without it (or with "-").
Status writeText(CommandContext &context, const render::HandbookSource &source,
                 const QByteArray &bytes, const char *format)
{
    const QString output = context.value(u"output"_s);
    if (output.isEmpty() || output == u"-"_s) {
        context.out() << QString::fromUtf8(bytes);
        return {};
    }
    if (Status s = writeOutputFile(output, bytes); !s)
        return s;
    const VersionInfo &info = source.version.info;
    if (context.json()) {
        printJson(context.out(),
                  {{"file", output.toStdString()},
                   {"format", format},
                   {"version", info.number},
                   {"status", versionStateName(info.state).toStdString()},
                   {"bytes", bytes.size()}});
    } else {
        context.out() << u"Wrote version %1 (%2) to %3.\n"_s.arg(
            QString::number(info.number), versionStateName(info.state), output);
    }
    return {};
}

// The handbook kept when the version was published, byte for byte: the document people
// signed, whatever the layout of this Tenet.
Status exportPublishedPdf(CommandContext &context, const QString &output)
{
    if (context.isSet(u"draft"_s))
        return Error::usage(u"--as-published and --draft exclude each other: a draft was never "
                            "published"_s);
    auto target = findTarget(context);
    if (!target)
        return target.error();
    storage::Database &db = target->database();
    const Code &code = target->code;
    storage::VersionStore store(db);
    auto info = findExportedVersion(store, code.id, false, context.value(u"version"_s));
    if (!info)
        return info.error();
    auto pdf = store.publishedHandbook(info->id);
    if (!pdf)
        return Error::invalid(
            u"version %1"_s.arg(info->number),
            u"no handbook was stored when it was published (it was published before Tenet "
            "kept handbooks, or by a program that did not render one); `export-pdf --version "
            "%1` renders it anew with this Tenet's layout"_s.arg(info->number));
    if (Status s = writeOutputFile(output, *pdf); !s)
        return s;
    const QString sha256 = QString::fromLatin1(
        QCryptographicHash::hash(*pdf, QCryptographicHash::Sha256).toHex());
    if (context.json()) {
        printJson(context.out(), {{"file", output.toStdString()},
                                  {"format", "pdf"},
                                  {"version", info->number},
                                  {"status", versionStateName(info->state).toStdString()},
                                  {"as_published", true},
                                  {"bytes", pdf->size()},
                                  {"sha256", sha256.toStdString()}});
    } else {
        context.out() << u"Wrote the handbook of version %1 as published to %2 (SHA-256 %3).\n"_s
                             .arg(QString::number(info->number), output, sha256);
    }
    return {};
}

Status exportPdf(CommandContext &context)
{
    const QString output = context.value(u"output"_s);
    if (output.isEmpty() || output == u"-"_s)
        return Error::usage(u"export-pdf needs -o FILE.pdf: a PDF is not written to the "
                            "terminal"_s);
    if (context.isSet(u"as-published"_s))
        return exportPublishedPdf(context, output);
    const QString paperName = context.value(u"paper"_s).toLower();
    if (paperName != u"a4"_s && paperName != u"letter"_s)
        return Error::usage(
            u"--paper takes a4 or letter, not \"%1\""_s.arg(context.value(u"paper"_s)));
    auto source = handbookSource(context);
    if (!source)
        return source.error();

    const render::HandbookRenderer renderer(
        *source, paperName == u"letter"_s ? render::PaperSize::Letter : render::PaperSize::A4);
    auto handbook = renderer.renderPdf();
    if (!handbook)
        return handbook.error();
    if (Status s = writeOutputFile(output, handbook->pdf); !s)
        return s;

    const VersionInfo &info = source->version.info;
    if (context.json()) {
        nlohmann::ordered_json contents = nlohmann::ordered_json::array();
        for (const render::HandbookContentsEntry &entry : handbook->contents)
            contents.push_back(
                {{"number",
                  entry.number.isEmpty() ? nlohmann::ordered_json()
                                         : nlohmann::ordered_json(entry.number.toStdString())},
                 {"title", entry.title.toStdString()},
                 {"page", entry.page}});
        printJson(context.out(),
                  {{"file", output.toStdString()},
                   {"format", "pdf"},
                   {"version", info.number},
                   {"status", versionStateName(info.state).toStdString()},
                   {"paper", paperName.toStdString()},
                   {"pages", handbook->pageCount},
                   {"bytes", handbook->pdf.size()},
                   {"contents", contents}});
    } else {
        context.out() << u"Wrote the handbook of version %1 (%2, %3 pages) to %4.\n"_s.arg(
            QString::number(info.number), versionStateName(info.state),
            QString::number(handbook->pageCount), output);
    }
    return {};
}

Status exportHtml(CommandContext &context)
{
    auto source = handbookSource(context);
    if (!source)
        return source.error();
    return writeText(context, *source, render::handbookHtml(*source), "html");
}

Status exportMarkdown(CommandContext &context)
{
    auto source = handbookSource(context);
    if (!source)
        return source.error();
    return writeText(context, *source, render::handbookMarkdown(*source), "markdown");
}

QList<QCommandLineOption> versionOptions()
{
    return {{u"version"_s, u"The version's number (default: the version in force)."_s, u"N"_s},
            {u"draft"_s, u"The open draft instead of the version in force."_s}};
}

} // namespace

QList<Command> exportCommands()
{
    Command pdf {u"export-pdf"_s,
                 u"Write the handbook of a version as PDF: cover, contents, sections, the "
                 "changes since the previous published version, and a page to sign."_s,
                 {},
                 versionOptions() << QCommandLineOption(
                     u"paper"_s, u"a4 (the default) or letter."_s, u"SIZE"_s, u"a4"_s)
                                  << QCommandLineOption({u"o"_s, u"output"_s},
                                                        u"The PDF file to write."_s, u"FILE"_s)
                                  << QCommandLineOption(
                                         u"as-published"_s,
                                         u"The handbook stored when the version was published, "
                                         "byte for byte (no new layout)."_s),
                 exportPdf};
    Command html {
        u"export-html"_s,
        u"Write a version as one self-contained HTML file, for an intranet."_s,
        {},
        versionOptions() << QCommandLineOption(
            {u"o"_s, u"output"_s}, u"Write to FILE instead of standard output."_s, u"FILE"_s),
        exportHtml};
    Command markdown {
        u"export-md"_s,
        u"Write a version as CommonMark, for a wiki."_s,
        {},
        versionOptions() << QCommandLineOption(
            {u"o"_s, u"output"_s}, u"Write to FILE instead of standard output."_s, u"FILE"_s),
        exportMarkdown};
    // Qt lays out text with its GUI module's fonts, so these run on a QGuiApplication.
    pdf.needsGui = true;
    html.needsGui = true;
    return {pdf, html, markdown};
}

} // namespace tenet::cli::commands

#include "commands.h"

#include "cli/commandtarget.h"
#include "cli/versionlookup.h"
#include "exchange/codefile.h"
#include "storage/versionstore.h"
#include "usecases/codeexchange.h"

#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::cli::commands {

namespace {

// The code a file is imported into: the one named or the only one, or a new code made
// from the file's own title and organisation.
Result<Code> targetCode(CommandContext &context, storage::VersionStore &store,
                        const exchange::CodeDocument &document, const Actor &actor)
{
    auto codes = store.codes();
    if (!codes)
        return codes.error();
    if (context.isSet(u"new-code"_s) || (codes->isEmpty() && !context.isSet(u"code"_s)))
        return store.createCode(document.code, actor);
    return context.code();
}

Status importCode(CommandContext &context)
{
    const QStringList files = context.positional();
    if (files.size() != 1)
        return Error::usage(u"import-code takes one FILE"_s);
    auto document = exchange::readCodeFile(files.first());
    if (!document)
        return document.error();
    auto db = context.database();
    if (!db)
        return db.error();
    auto actor = context.actor(false);
    if (!actor)
        return actor.error();

    storage::VersionStore store(**db);
    auto code = targetCode(context, store, *document, *actor);
    if (!code)
        return code.error();
    auto imported = usecases::importCodeDocument(**db, code->id, *document, *actor);
    if (!imported)
        return imported.error();
    context.out() << u"Imported %1 as draft version %2 of \"%3\": %4 clauses in 7 sections.\n"_s
                         .arg(files.first(), QString::number(imported->draft.number), code->title,
                              QString::number(imported->clauses));
    return {};
}

Status exportCode(CommandContext &context)
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
    const QString output = context.value(u"output"_s);
    if (output.isEmpty() || output == u"-"_s) {
        auto version = store.load(info->id);
        if (!version)
            return version.error();
        const exchange::CodeDocument document {code, version->info, version->content};
        context.out() << QString::fromUtf8(exchange::serializeCodeDocument(document));
        return {};
    }
    if (Status s = usecases::exportCodeFile(db, code, info->id, output); !s)
        return s;
    context.out() << u"Wrote version %1 (%2) to %3.\n"_s.arg(
        QString::number(info->number), versionStateName(info->state), output);
    return {};
}

} // namespace

QList<Command> codeFileCommands()
{
    return {{u"import-code"_s,
             u"Create a new draft of the code from a tenet.code/1 JSON file (the first import "
             "also creates the code)."_s,
             u"FILE"_s,
             {{u"new-code"_s, u"Create a new code from the file even if the database holds one."_s}},
             importCode},
            {u"export-code"_s,
             u"Write a version of the code as a tenet.code/1 JSON file (by default the version "
             "in force, to standard output)."_s,
             {},
             {{u"version"_s, u"The version's number."_s, u"N"_s},
              {u"draft"_s, u"The open draft instead of the version in force."_s},
              {{u"o"_s, u"output"_s}, u"Write to FILE instead of standard output."_s, u"FILE"_s}},
             exportCode}};
}

} // namespace tenet::cli::commands

#include "commands.h"

#include "cli/commandtarget.h"
#include "cli/jsonoutput.h"
#include "cli/versionlookup.h"
#include "domain/searchquery.h"
#include "storage/searchhit.h"
#include "storage/versionstore.h"

#include <nlohmann/json.hpp>

#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::cli::commands {

namespace {

// Which version to search: the one named, all of them, or by default the version in
// force (the open draft while nothing has been published).
Result<std::optional<VersionInfo>> scope(CommandContext &context,
                                         const storage::VersionStore &store, qint64 codeId)
{
    if (context.isSet(u"all-versions"_s)) {
        if (context.isSet(u"version"_s))
            return Error::usage(u"give --version N or --all-versions, not both"_s);
        return std::optional<VersionInfo>();
    }
    if (context.isSet(u"version"_s)) {
        auto named = findVersion(store, codeId, context.value(u"version"_s));
        if (!named)
            return named.error();
        return std::optional<VersionInfo>(*named);
    }
    auto inForce = store.inForce(codeId);
    if (!inForce)
        return inForce.error();
    if (*inForce)
        return *inForce;
    auto open = store.openVersion(codeId);
    if (!open)
        return open.error();
    if (*open)
        return *open;
    return Error::notFound(u"the code has no version to search yet"_s);
}

QString versionList(const QList<int> &numbers)
{
    QStringList parts;
    for (int n : numbers)
        parts << QString::number(n);
    return parts.join(u", "_s);
}

Status search(CommandContext &context)
{
    const QString text = context.positional().join(u' ').trimmed();
    if (text.isEmpty())
        return Error::usage(u"search needs the TEXT to look for"_s);
    if (Status checked = checkSearchQuery(text); !checked)
        return checked;
    auto target = findTarget(context);
    if (!target)
        return target.error();
    storage::Database &db = target->database();
    const Code &code = target->code;
    storage::VersionStore store(db);
    auto searched = scope(context, store, code.id);
    if (!searched)
        return searched.error();
    const std::optional<qint64> versionId
        = *searched ? std::optional<qint64>((*searched)->id) : std::nullopt;
    auto hitsRead = store.search(code.id, text, versionId);
    if (!hitsRead)
        return hitsRead.error();
    const QList<storage::SearchHit> &hits = *hitsRead;

    if (context.json()) {
        nlohmann::ordered_json results = nlohmann::ordered_json::array();
        for (const storage::SearchHit &hit : hits) {
            results.push_back({{"version", hit.versionNumbers.isEmpty() ? 0 : hit.versionNumbers.last()},
                               {"versions", hit.versionNumbers},
                               {"clause_id", hit.clauseId.toStdString()},
                               {"number", hit.clauseNumber.toStdString()},
                               {"section", sectionKeyName(hit.section).toStdString()},
                               {"title", hit.title.toStdString()},
                               {"snippet", hit.snippet.toStdString()}});
        }
        printJson(context.out(), {{"query", text.toStdString()},
                                  {"version", *searched ? nlohmann::ordered_json((*searched)->number)
                                                        : nlohmann::ordered_json()},
                                  {"results", results}});
        return {};
    }
    const QString where = *searched ? u"version %1"_s.arg((*searched)->number)
                                    : u"all versions"_s;
    if (hits.isEmpty()) {
        context.out() << u"No clause in %1 matches \"%2\".\n"_s.arg(where, text);
        return {};
    }
    context.out() << u"%1 clause(s) in %2 match \"%3\":\n"_s.arg(
        QString::number(hits.size()), where, text);
    for (const storage::SearchHit &hit : hits) {
        context.out() << u"\n"_s << hit.clauseNumber << u' ' << hit.title << u"  ("_s
                      << hit.clauseId;
        if (!versionId)
            context.out() << u"; versions "_s << versionList(hit.versionNumbers);
        context.out() << u")\n    "_s << hit.snippet << u'\n';
    }
    return {};
}

} // namespace

QList<Command> searchCommands()
{
    return {{u"search"_s,
             u"Search clause titles and bodies (by default in the version in force); "
             "accents are optional."_s,
             u"TEXT"_s,
             {{u"version"_s, u"Search this version (a number, draft or current)."_s, u"N"_s},
              {u"all-versions"_s, u"Search every version."_s}},
             search}};
}

} // namespace tenet::cli::commands

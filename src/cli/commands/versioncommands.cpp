#include "commands.h"

#include "cli/commandtarget.h"
#include "cli/difftext.h"
#include "cli/jsonoutput.h"
#include "cli/table.h"
#include "cli/versionlookup.h"
#include "domain/comparison.h"
#include "storage/versionstore.h"

#include <nlohmann/json.hpp>

#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::cli::commands {

namespace {

QString publicationKind(const VersionInfo &v)
{
    if (!v.material)
        return {};
    return *v.material ? u"material"_s : u"editorial"_s;
}

Status listVersions(CommandContext &context)
{
    auto target = findTarget(context);
    if (!target)
        return target.error();
    storage::Database &db = target->database();
    const Code &code = target->code;
    auto versionsRead = storage::VersionStore(db).versions(code.id);
    if (!versionsRead)
        return versionsRead.error();
    const QList<VersionInfo> &versions = *versionsRead;
    if (context.json()) {
        nlohmann::ordered_json array = nlohmann::ordered_json::array();
        for (const VersionInfo &v : versions)
            array.push_back(versionInfoToJson(v));
        printJson(context.out(),
                  {{"code", {{"id", code.id}, {"title", code.title.toStdString()}}},
                   {"versions", array}});
        return {};
    }
    context.out() << code.title << u'\n';
    Table table({u"#"_s, u"STATE"_s, u"AUTHOR"_s, u"APPROVED BY"_s, u"PUBLISHED"_s, u"KIND"_s,
                 u"SUMMARY"_s});
    for (const VersionInfo &v : versions) {
        table.addRow({QString::number(v.number), versionStateName(v.state), v.author, v.approvedBy,
                      v.publishedAt.isValid() ? v.publishedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)
                                              : QString(),
                      publicationKind(v), v.summary});
    }
    table.print(context.out());
    return {};
}

Status diffVersions(CommandContext &context)
{
    const QStringList names = context.positional();
    if (names.size() != 2)
        return Error::usage(u"diff takes two versions: diff A B (numbers, \"draft\" or "
                            "\"current\")"_s);
    auto target = findTarget(context);
    if (!target)
        return target.error();
    storage::Database &db = target->database();
    const Code &code = target->code;
    storage::VersionStore store(db);
    auto fromInfo = findVersion(store, code.id, names.at(0));
    if (!fromInfo)
        return fromInfo.error();
    auto toInfo = findVersion(store, code.id, names.at(1));
    if (!toInfo)
        return toInfo.error();
    auto from = store.load(fromInfo->id);
    if (!from)
        return from.error();
    auto to = store.load(toInfo->id);
    if (!to)
        return to.error();

    const Comparison comparison = compareContent(from->content, to->content);
    if (context.json())
        printJson(context.out(), comparisonToJson(from->info, to->info, comparison));
    else
        printComparison(context.out(), *from, *to, comparison);
    return {};
}

} // namespace

QList<Command> versionCommands()
{
    Command diff {u"diff"_s,
                  u"Compare two versions clause by clause (A and B: numbers, \"draft\" or "
                  "\"current\")."_s,
                  u"A B"_s,
                  {},
                  diffVersions};
    // The text compared is the clause bodies' Markdown as read by Qt's GUI module.
    diff.needsGui = true;
    return {
        {u"versions"_s, u"List every version of the code with its state."_s, {}, {}, listVersions},
        diff};
}

} // namespace tenet::cli::commands

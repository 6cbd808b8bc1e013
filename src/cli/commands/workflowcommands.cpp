#include "commands.h"

#include "usecases/handbooksource.h"
#include "cli/versionlookup.h"
#include "render/handbookrenderer.h"
#include "storage/versionstore.h"

#include <QDateTime>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::cli::commands {

namespace {

using Step = Result<VersionInfo> (*)(CommandContext &, storage::VersionStore &, qint64,
                                     const Actor &);

// Every workflow step acts on the code's open version, by a named staff member.
Status runStep(CommandContext &context, Step step, const QString &doneMessage)
{
    auto db = context.database();
    if (!db)
        return db.error();
    auto code = context.code();
    if (!code)
        return code.error();
    auto actor = context.actor(true);
    if (!actor)
        return actor.error();
    storage::VersionStore store(**db);
    auto open = findVersion(store, code->id, u"draft"_s);
    if (!open)
        return open.error();
    auto after = step(context, store, open->id, *actor);
    if (!after)
        return after.error();
    context.out() << doneMessage.arg(QString::number(after->number), code->title,
                                     versionStateName(after->state))
                  << u'\n';
    return {};
}

Status submit(CommandContext &context)
{
    return runStep(
        context,
        [](CommandContext &c, storage::VersionStore &store, qint64 id, const Actor &actor) {
            return store.submit(id, actor, c.value(u"note"_s));
        },
        u"Submitted version %1 of \"%2\" for review; it is now %3."_s);
}

Status sendBack(CommandContext &context)
{
    if (context.value(u"reason"_s).trimmed().isEmpty())
        return Error::usage(u"send-back needs --reason TEXT: the author needs to know what to "
                            "change"_s);
    return runStep(
        context,
        [](CommandContext &c, storage::VersionStore &store, qint64 id, const Actor &actor) {
            return store.sendBack(id, actor, c.value(u"reason"_s));
        },
        u"Sent version %1 of \"%2\" back to its author; it is now a %3 again."_s);
}

Status approve(CommandContext &context)
{
    return runStep(
        context,
        [](CommandContext &, storage::VersionStore &store, qint64 id, const Actor &actor) {
            return store.approve(id, actor);
        },
        u"Approved version %1 of \"%2\"; it is now %3 and can be published."_s);
}

// The handbook of the approved version as it will be once published (not marked DRAFT),
// rendered now so that the publication stores the very document people will sign. Empty
// when the version is not approved: the publication is refused anyway.
Result<QByteArray> handbookToPublish(CommandContext &context, storage::VersionStore &store,
                                     qint64 versionId, const Actor &actor)
{
    auto info = store.info(versionId);
    if (!info)
        return info.error();
    if (info->state != VersionState::Approved)
        return QByteArray();
    auto db = context.database();
    if (!db)
        return db.error();
    auto code = context.code();
    if (!code)
        return code.error();
    auto source = usecases::loadHandbookSource(**db, *code, info->id);
    if (!source)
        return source.error();
    VersionInfo &published = source->version.info;
    published.state = VersionState::Published;
    published.publishedBy = actor.id;
    published.publishedAt = QDateTime::currentDateTimeUtc();
    published.material = context.isSet(u"material"_s);
    published.summary = context.value(u"summary"_s);
    auto handbook = render::HandbookRenderer(*source).renderPdf();
    if (!handbook)
        return handbook.error();
    return handbook->pdf;
}

Status publish(CommandContext &context)
{
    const bool material = context.isSet(u"material"_s);
    if (material == context.isSet(u"editorial"_s))
        return Error::usage(u"publish needs exactly one of --material (everyone signs again) "
                            "or --editorial (wording only)"_s);
    if (context.value(u"summary"_s).trimmed().isEmpty())
        return Error::usage(u"publish needs --summary TEXT: what changed, in a sentence"_s);
    return runStep(
        context,
        [](CommandContext &c, storage::VersionStore &store, qint64 id,
           const Actor &actor) -> Result<VersionInfo> {
            auto handbook = handbookToPublish(c, store, id, actor);
            if (!handbook)
                return handbook.error();
            return store.publish(id, actor, c.isSet(u"material"_s), c.value(u"summary"_s),
                                 *handbook);
        },
        material ? u"Published version %1 of \"%2\" as a material change; it is now %3, and "
                   "everyone must sign it."_s
                 : u"Published version %1 of \"%2\" as an editorial change; it is now %3, and "
                   "signatures of the last material version still count."_s);
}

Status withdraw(CommandContext &context)
{
    return runStep(
        context,
        [](CommandContext &c, storage::VersionStore &store, qint64 id, const Actor &actor) {
            return store.withdraw(id, actor, c.value(u"reason"_s));
        },
        u"Withdrew version %1 of \"%2\"; it is now %3."_s);
}

} // namespace

QList<Command> workflowCommands()
{
    const QString actsOnOpen = u" Acts on the code's open version; --as is required."_s;
    return {{u"submit"_s, u"Submit the draft for review."_s + actsOnOpen, {},
             {{u"note"_s, u"A note for the reviewer."_s, u"TEXT"_s}}, submit},
            {u"send-back"_s, u"Return a version in review to its author (managers)."_s + actsOnOpen,
             {}, {{u"reason"_s, u"What must change."_s, u"TEXT"_s}}, sendBack},
            {u"approve"_s,
             u"Approve a version in review (managers; not its author or submitter)."_s + actsOnOpen,
             {}, {}, approve},
            {u"publish"_s, u"Publish the approved version (managers)."_s + actsOnOpen, {},
             {{u"material"_s, u"Everyone must acknowledge it again."_s},
              {u"editorial"_s, u"Wording only: acknowledgements of the last material version "
                               "still count."_s},
              {u"summary"_s, u"What changed, for the people who will read it."_s, u"TEXT"_s}},
             publish, false, true},
            {u"withdraw"_s, u"Abandon the open version (its author or a manager)."_s + actsOnOpen,
             {}, {{u"reason"_s, u"Why."_s, u"TEXT"_s}}, withdraw}};
}

} // namespace tenet::cli::commands

#include "commands.h"

#include "cli/commandtarget.h"
#include "storage/versionstore.h"
#include "usecases/publish.h"
#include "usecases/startdraft.h"

#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::cli::commands {

namespace {

// A step gets the open version of the target, and who takes it.
using Step = Result<VersionInfo> (*)(CommandContext &, const CommandTarget &);

// Every workflow step acts on the code's open version, by a named staff member.
Status runStep(CommandContext &context, Step step, const QString &doneMessage)
{
    auto target = findTarget(context, {TargetNeeds::Actor::Required, u"draft"_s});
    if (!target)
        return target.error();
    auto after = step(context, *target);
    if (!after)
        return after.error();
    context.out() << doneMessage.arg(QString::number(after->number), target->code.title,
                                     versionStateName(after->state))
                  << u'\n';
    return {};
}

Status submit(CommandContext &context)
{
    return runStep(
        context,
        [](CommandContext &c, const CommandTarget &t) {
            return storage::VersionStore(t.database())
                .submit(t.version->id, *t.actor, c.value(u"note"_s));
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
        [](CommandContext &c, const CommandTarget &t) {
            return storage::VersionStore(t.database())
                .sendBack(t.version->id, *t.actor, c.value(u"reason"_s));
        },
        u"Sent version %1 of \"%2\" back to its author; it is now a %3 again."_s);
}

Status approve(CommandContext &context)
{
    return runStep(
        context,
        [](CommandContext &, const CommandTarget &t) {
            return storage::VersionStore(t.database()).approve(t.version->id, *t.actor);
        },
        u"Approved version %1 of \"%2\"; it is now %3 and can be published."_s);
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
        [](CommandContext &c, const CommandTarget &t) {
            return usecases::publishVersion(
                t.database(), t.code,
                {t.version->id, c.isSet(u"material"_s), c.value(u"summary"_s)}, *t.actor);
        },
        material ? u"Published version %1 of \"%2\" as a material change; it is now %3, and "
                   "everyone must sign it."_s
                 : u"Published version %1 of \"%2\" as an editorial change; it is now %3, and "
                   "signatures of the last material version still count."_s);
}

Status startDraft(CommandContext &context)
{
    auto target = findTarget(context, {TargetNeeds::Actor::Required, {}});
    if (!target)
        return target.error();
    const Code &code = target->code;
    auto started = usecases::startDraft(target->database(), code, *target->actor);
    if (!started)
        return started.error();
    const QString number = QString::number(started->version.number);
    if (started->continued)
        context.out() << u"Version %1 of \"%2\" is already open as a draft; edit that one.\n"_s.arg(
            number, code.title);
    else if (started->basedOn)
        context.out() << u"Started draft version %1 of \"%2\" from version %3, the version in "
                         "force.\n"_s.arg(number, code.title, QString::number(*started->basedOn));
    else
        context.out() << u"Started draft version %1 of \"%2\" with its seven sections empty: "
                         "nothing is in force to start from.\n"_s.arg(number, code.title);
    return {};
}

Status withdraw(CommandContext &context)
{
    return runStep(
        context,
        [](CommandContext &c, const CommandTarget &t) {
            return storage::VersionStore(t.database())
                .withdraw(t.version->id, *t.actor, c.value(u"reason"_s));
        },
        u"Withdrew version %1 of \"%2\"; it is now %3."_s);
}

} // namespace

QList<Command> workflowCommands()
{
    const QString actsOnOpen = u" Acts on the code's open version; --as is required."_s;
    return {{u"start-draft"_s,
             u"Start a new draft of the code: a copy of the version in force, or its seven "
             "sections empty when nothing is in force (an open draft is continued instead); "
             "--as is required."_s,
             {},
             {},
             startDraft},
            {u"submit"_s,
             u"Submit the draft for review."_s + actsOnOpen,
             {},
             {{u"note"_s, u"A note for the reviewer."_s, u"TEXT"_s}},
             submit},
            {u"send-back"_s,
             u"Return a version in review to its author (managers)."_s + actsOnOpen,
             {},
             {{u"reason"_s, u"What must change."_s, u"TEXT"_s}},
             sendBack},
            {u"approve"_s,
             u"Approve a version in review (managers; not its author or submitter)."_s + actsOnOpen,
             {},
             {},
             approve},
            {u"publish"_s,
             u"Publish the approved version (managers)."_s + actsOnOpen,
             {},
             {{u"material"_s, u"Everyone must acknowledge it again."_s},
              {u"editorial"_s,
               u"Wording only: acknowledgements of the last material version "
               "still count."_s},
              {u"summary"_s, u"What changed, for the people who will read it."_s, u"TEXT"_s}},
             publish,
             false,
             true},
            {u"withdraw"_s,
             u"Abandon the open version (its author or a manager)."_s + actsOnOpen,
             {},
             {{u"reason"_s, u"Why."_s, u"TEXT"_s}},
             withdraw}};
}

} // namespace tenet::cli::commands

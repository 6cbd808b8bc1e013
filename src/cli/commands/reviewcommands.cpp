#include "commands.h"

#include "cli/commandtarget.h"
#include "domain/sectionkey.h"
#include "domain/sectionreview.h"
#include "storage/sectionreviewstore.h"

#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::cli::commands {

namespace {

QString allSectionNames()
{
    QStringList names;
    for (SectionKey key : allSectionKeys)
        names << sectionKeyName(key);
    return names.join(u", "_s);
}

Status review(CommandContext &context)
{
    const QString sectionText = context.value(u"section"_s).trimmed();
    const QString outcomeText = context.value(u"outcome"_s).trimmed();
    if (sectionText.isEmpty() || outcomeText.isEmpty())
        return Error::usage(u"review needs --section KEY, --outcome unchanged|revised and --as "
                            "EMPLOYEE_NO"_s);
    const auto section = sectionKeyFromName(sectionText);
    if (!section)
        return Error::invalid(
            u"--section"_s,
            u"\"%1\" is not a section; use one of %2"_s.arg(sectionText, allSectionNames()));
    const auto outcome = reviewOutcomeFromName(outcomeText);
    if (!outcome)
        return Error::invalid(
            u"--outcome"_s,
            u"\"%1\" is not an outcome; use unchanged or revised"_s.arg(outcomeText));
    auto target = findTarget(context, {TargetNeeds::Actor::Required, {}});
    if (!target)
        return target.error();
    storage::Database &db = target->database();
    const Code &code = target->code;
    const Actor &actor = *target->actor;
    auto recorded = storage::SectionReviewStore(db).record(code.id, *section, *outcome,
                                                           context.value(u"note"_s), actor);
    if (!recorded)
        return recorded.error();
    context.out() << u"Recorded %1's review of the section %2 of \"%3\" (version %4): %5.\n"_s.arg(
        recorded->reviewer, sectionKeyName(recorded->section), code.title,
        QString::number(recorded->versionNumber), reviewOutcomeName(recorded->outcome));
    return {};
}

} // namespace

QList<Command> reviewCommands()
{
    return {{u"review"_s,
             u"Record a review of a section of the version in force (not by agents); --as is "
             "required."_s,
             {},
             {{u"section"_s,
               u"The section's key: ethics, communication, behaviour, "
               "service_protocols, complaints, training or metrics."_s,
               u"KEY"_s},
              {u"outcome"_s,
               u"unchanged (it still holds) or revised (it needs or got a "
               "revision)."_s,
               u"OUTCOME"_s},
              {u"note"_s, u"What the reviewer found."_s, u"TEXT"_s}},
             review}};
}

} // namespace tenet::cli::commands

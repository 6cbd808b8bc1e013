#include "commands.h"

#include "cli/commandtarget.h"
#include "cli/jsonoutput.h"
#include "cli/table.h"
#include "cli/versionlookup.h"
#include "domain/acknowledgement.h"
#include "storage/acknowledgementstore.h"
#include "storage/checkattemptstore.h"
#include "storage/versionstore.h"

#include <nlohmann/json.hpp>

#include <QLocale>
#include <QTextStream>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::cli::commands {

namespace {

nlohmann::ordered_json ackToJson(const Acknowledgement &ack)
{
    return {{"seq", ack.seq},
            {"employee_no", ack.employeeNo.toStdString()},
            {"printed_name", ack.printedName.toStdString()},
            {"typed_name", ack.typedName.toStdString()},
            {"version", ack.versionNumber},
            {"signed_at", ack.signedAt.toUTC().toString(Qt::ISODate).toStdString()},
            {"meaning", ack.meaning.toStdString()},
            {"quiz_score",
             ack.quizScore ? nlohmann::ordered_json(*ack.quizScore) : nlohmann::ordered_json()},
            {"paper_record",
             ack.paperRecord ? nlohmann::ordered_json(ack.paperRecord->toStdString())
                             : nlohmann::ordered_json()}};
}

Status sign(CommandContext &context)
{
    const QString employeeNo = context.value(u"staff"_s).trimmed();
    const QString versionName = context.value(u"version"_s).trimmed();
    const QString name = context.value(u"name"_s);
    if (employeeNo.isEmpty() || versionName.isEmpty() || name.trimmed().isEmpty())
        return Error::usage(u"ack needs --staff EMPLOYEE_NO, --version N and --name \"Full "
                            "Name\""_s);
    storage::SignRequest request;
    request.employeeNo = employeeNo;
    request.typedName = name;
    if (context.isSet(u"pin"_s) && context.isSet(u"paper-record"_s))
        return Error::usage(u"ack takes either --pin (the person signs) or --paper-record "
                            "REASON (a manager enters a signature made on paper), not both"_s);
    if (context.isSet(u"pin"_s))
        request.pin = context.value(u"pin"_s);
    if (context.isSet(u"paper-record"_s))
        request.paperRecord = context.value(u"paper-record"_s);
    if (context.isSet(u"quiz-score"_s)) {
        bool ok = false;
        const double score = QLocale::c().toDouble(context.value(u"quiz-score"_s), &ok);
        if (!ok || !std::isfinite(score))
            return Error::invalid(u"--quiz-score"_s,
                                  u"\"%1\" is not a number"_s.arg(context.value(u"quiz-score"_s)));
        request.quizScore = score;
    }
    auto target = findTarget(context, {TargetNeeds::Actor::Optional, versionName});
    if (!target)
        return target.error();
    const Actor &actor = *target->actor;
    request.versionId = target->version->id;
    auto ack = storage::AcknowledgementStore(target->database()).sign(request, actor);
    if (!ack)
        return ack.error();
    if (context.json()) {
        printJson(context.out(), ackToJson(*ack));
        return {};
    }
    context.out() << u"%1 (%2) signed at %3: %4 (ledger row %5).\n"_s.arg(
        ack->employeeNo, ack->printedName, ack->signedAt.toUTC().toString(Qt::ISODate),
        ack->meaning, QString::number(ack->seq));
    if (ack->paperRecord)
        context.out() << u"Recorded from paper by %1: %2\n"_s.arg(actor.id, *ack->paperRecord);
    return {};
}

Status listAcks(CommandContext &context)
{
    auto target = findTarget(context);
    if (!target)
        return target.error();
    storage::Database &db = target->database();
    const Code &code = target->code;
    std::optional<int> number;
    if (context.isSet(u"version"_s)) {
        auto version = findVersion(storage::VersionStore(db), code.id, context.value(u"version"_s));
        if (!version)
            return version.error();
        number = version->number;
    }
    auto acksRead = storage::AcknowledgementStore(db).list(
        code.id, context.value(u"staff"_s).trimmed(), number);
    if (!acksRead)
        return acksRead.error();
    const QList<Acknowledgement> &acks = *acksRead;
    if (context.json()) {
        nlohmann::ordered_json array = nlohmann::ordered_json::array();
        for (const Acknowledgement &ack : acks)
            array.push_back(ackToJson(ack));
        printJson(context.out(),
                  {{"code", {{"id", code.id}, {"title", code.title.toStdString()}}},
                   {"acknowledgements", array}});
        return {};
    }
    Table table({u"#"_s, u"EMPLOYEE"_s, u"NAME"_s, u"VERSION"_s, u"SIGNED AT (UTC)"_s, u"QUIZ"_s,
                 u"PAPER"_s});
    for (const Acknowledgement &ack : acks)
        table.addRow({QString::number(ack.seq), ack.employeeNo, ack.printedName,
                      QString::number(ack.versionNumber),
                      ack.signedAt.toUTC().toString(u"yyyy-MM-dd HH:mm"_s),
                      ack.quizScore ? QLocale::c().toString(*ack.quizScore) : QString(),
                      ack.paperRecord ? u"yes"_s : QString()});
    table.print(context.out());
    return {};
}

Status listAttempts(CommandContext &context)
{
    auto target = findTarget(context);
    if (!target)
        return target.error();
    storage::Database &db = target->database();
    const Code &code = target->code;
    auto version
        = findVersion(storage::VersionStore(db), code.id,
                      context.isSet(u"version"_s) ? context.value(u"version"_s) : u"current"_s);
    if (!version)
        return version.error();
    auto attemptsRead = storage::CheckAttemptStore(db).attempts(
        version->id, context.value(u"staff"_s).trimmed());
    if (!attemptsRead)
        return attemptsRead.error();
    const QList<storage::CheckAttempt> &attempts = *attemptsRead;
    if (context.json()) {
        nlohmann::ordered_json array = nlohmann::ordered_json::array();
        for (const storage::CheckAttempt &a : attempts)
            array.push_back({{"employee_no", a.employeeNo.toStdString()},
                             {"attempted_at", a.attemptedAt.toUTC()
                                                  .toString(Qt::ISODateWithMs)
                                                  .toStdString()},
                             {"correct", a.score.correct},
                             {"total", a.score.total},
                             {"score", a.score.percent},
                             {"passed", a.score.passed}});
        printJson(context.out(), {{"version", version->number}, {"attempts", array}});
        return {};
    }
    Table table({u"EMPLOYEE"_s, u"ATTEMPTED AT (UTC)"_s, u"RIGHT"_s, u"SCORE"_s, u"RESULT"_s});
    for (const storage::CheckAttempt &a : attempts)
        table.addRow({a.employeeNo, a.attemptedAt.toUTC().toString(u"yyyy-MM-dd HH:mm"_s),
                      u"%1 of %2"_s.arg(a.score.correct).arg(a.score.total),
                      QLocale::c().toString(a.score.percent) + u'%',
                      a.score.passed ? u"passed"_s : u"not passed"_s});
    table.print(context.out());
    return {};
}

} // namespace

QList<Command> acknowledgementCommands()
{
    return {
        {u"ack"_s,
         u"Sign the version in force for a person: with their --pin after they opened every "
         "section in the desktop program (a kiosk), or, for a signature made on paper, "
         "--paper-record REASON by a manager (--as). The name must match the roster's; "
         "signing a version not in force, or twice, is refused."_s,
         {},
         {{u"staff"_s, u"The signer's employee number."_s, u"EMPLOYEE_NO"_s},
          {u"version"_s, u"The version's number, or \"current\"."_s, u"N"_s},
          {u"name"_s, u"The signer's full name as they type it."_s, u"NAME"_s},
          {u"pin"_s, u"The signer's PIN."_s, u"PIN"_s},
          {u"paper-record"_s,
           u"Enter a signature made on paper, and why (a manager's --as; no PIN)."_s, u"REASON"_s},
          {u"quiz-score"_s, u"Their score in the comprehension check, in percent."_s, u"SCORE"_s}},
         sign},
        {u"ack list"_s,
         u"List the acknowledgement ledger of the code."_s,
         {},
         {{u"staff"_s, u"Only this person's signatures."_s, u"EMPLOYEE_NO"_s},
          {u"version"_s, u"Only signatures of this version."_s, u"N"_s}},
         listAcks},
        {u"ack attempts"_s,
         u"List the attempts, passed and failed, at a version's comprehension check."_s,
         {},
         {{u"staff"_s, u"Only this person's attempts."_s, u"EMPLOYEE_NO"_s},
          {u"version"_s, u"The version's number; the version in force when left out."_s, u"N"_s}},
         listAttempts}};
}

} // namespace tenet::cli::commands

#include "contentrules.h"

#include "itemlimits.h"
#include "textlimits.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace tenet::domain {

namespace {

// The translation context of these messages.
struct ContentRulesText
{
    Q_DECLARE_TR_FUNCTIONS(tenet::domain::ContentRules)
};

QString sectionPointer(int sectionIndex)
{
    return u"/sections/"_s + QString::number(sectionIndex);
}

void checkSectionOrder(const CodeContent &content, QList<Error> &errors)
{
    QSet<SectionKey> seen;
    for (int i = 0; i < content.sections.size(); ++i) {
        const SectionKey key = content.sections.at(i).key;
        if (seen.contains(key)) {
            errors.append(
                Error::invalid(sectionPointer(i) + u"/key"_s,
                               ContentRulesText::tr("section \"%1\" appears more than once")
                                   .arg(sectionKeyName(key))));
        }
        seen.insert(key);
    }
    for (SectionKey key : allSectionKeys) {
        if (!seen.contains(key)) {
            errors.append(
                Error::invalid(QStringLiteral("/sections"),
                               ContentRulesText::tr("section \"%1\" is missing; every code has all "
                                                    "seven sections")
                                   .arg(sectionKeyName(key))));
        }
    }
}

void checkClauseIds(const CodeContent &content, QList<Error> &errors)
{
    QHash<QString, QString> firstSeenAt;
    for (int s = 0; s < content.sections.size(); ++s) {
        const QList<Clause> &clauses = content.sections.at(s).clauses;
        for (int c = 0; c < clauses.size(); ++c) {
            const QString pointer = sectionPointer(s) + u"/clauses/"_s + QString::number(c);
            const Clause &clause = clauses.at(c);
            if (clause.id.trimmed().isEmpty()) {
                errors.append(Error::invalid(pointer + u"/id"_s,
                                             ContentRulesText::tr("a clause needs an id")));
                continue;
            }
            const auto previous = firstSeenAt.constFind(clause.id);
            if (previous != firstSeenAt.cend()) {
                errors.append(
                    Error::invalid(pointer + u"/id"_s,
                                   ContentRulesText::tr("clause id \"%1\" is already used at %2")
                                       .arg(clause.id, *previous)));
            } else {
                firstSeenAt.insert(clause.id, pointer);
            }
            if (clause.title.trimmed().isEmpty())
                errors.append(Error::invalid(pointer + u"/title"_s,
                                             ContentRulesText::tr("a clause needs a title")));
        }
    }
}

template<typename Item, typename KeyOf>
void checkUniqueKeys(const QList<Item> &items, KeyOf keyOf, const QString &pointer,
                     const QString &field, QList<Error> &errors)
{
    QSet<QString> seen;
    for (int i = 0; i < items.size(); ++i) {
        const QString key = keyOf(items.at(i));
        if (seen.contains(key)) {
            errors.append(Error::invalid(pointer + u'/' + QString::number(i) + u'/' + field,
                                         ContentRulesText::tr("\"%1\" is used twice").arg(key)));
        }
        seen.insert(key);
    }
}

void checkKpis(const Section &section, const QString &pointer, QList<Error> &errors)
{
    checkUniqueKeys(section.kpis, [](const Kpi &k) { return k.key; }, pointer + u"/kpis"_s,
                    QStringLiteral("key"), errors);
    for (int i = 0; i < section.kpis.size(); ++i) {
        const Kpi &kpi = section.kpis.at(i);
        const QString where = pointer + u"/kpis/"_s + QString::number(i) + u"/alert"_s;
        // The alert threshold is the point past which the target is clearly being missed,
        // so it lies beyond the target in the bad direction.
        if (kpi.direction == KpiDirection::AtMost && kpi.alert < kpi.target) {
            errors.append(Error::invalid(
                where,
                ContentRulesText::tr(
                    "KPI \"%1\" is at most %2, so its alert threshold %3 may not be "
                    "below its target")
                    .arg(kpi.key, QString::number(kpi.target), QString::number(kpi.alert))));
        }
        if (kpi.direction == KpiDirection::AtLeast && kpi.alert > kpi.target) {
            errors.append(Error::invalid(
                where,
                ContentRulesText::tr(
                    "KPI \"%1\" is at least %2, so its alert threshold %3 may not be "
                    "above its target")
                    .arg(kpi.key, QString::number(kpi.target), QString::number(kpi.alert))));
        }
    }
}

void checkProgrammes(const Section &section, const QString &pointer, QList<Error> &errors)
{
    checkUniqueKeys(section.programmes, [](const TrainingProgramme &p) { return p.id; },
                    pointer + u"/programmes"_s, QStringLiteral("id"), errors);
    for (int i = 0; i < section.programmes.size(); ++i) {
        const TrainingProgramme &programme = section.programmes.at(i);
        if (programme.finalTest && !programme.passMark) {
            errors.append(Error::invalid(
                pointer + u"/programmes/"_s + QString::number(i) + u"/pass_mark"_s,
                ContentRulesText::tr("programme \"%1\" has a final test but no pass mark")
                    .arg(programme.id)));
        }
    }
}

void checkLimit(ItemField field, double value, const QString &pointer, int row,
                QList<Error> &errors)
{
    const ItemLimit &limit = itemLimit(field);
    if (limit.allows(value))
        return;
    errors.append(Error::invalid(
        pointer + u'/' + limit.list + u'/' + QString::number(row) + u'/' + limit.property,
        ContentRulesText::tr("%1 must be %2, not %3")
            .arg(limit.property, limit.rule(), QString::number(value, 'g', 12))));
}

// The ranges of itemlimits.h, which the file format's schema also states.
void checkItemLimits(const Section &section, const QString &pointer, QList<Error> &errors)
{
    for (int i = 0; i < section.escalation.size(); ++i) {
        checkLimit(ItemField::EscalationTier, section.escalation.at(i).tier, pointer, i, errors);
        checkLimit(ItemField::EscalationWithinHours, section.escalation.at(i).withinHours, pointer,
                   i, errors);
    }
    for (int i = 0; i < section.stages.size(); ++i)
        checkLimit(ItemField::StageWithinHours, section.stages.at(i).withinHours, pointer, i,
                   errors);
    for (int i = 0; i < section.programmes.size(); ++i) {
        const TrainingProgramme &programme = section.programmes.at(i);
        checkLimit(ItemField::ProgrammeHours, programme.hours, pointer, i, errors);
        if (programme.passMark)
            checkLimit(ItemField::ProgrammePassMark, *programme.passMark, pointer, i, errors);
        if (programme.refresherMonths)
            checkLimit(ItemField::ProgrammeRefresherMonths, *programme.refresherMonths, pointer, i,
                       errors);
    }
    for (int i = 0; i < section.kpis.size(); ++i) {
        checkLimit(ItemField::KpiTarget, section.kpis.at(i).target, pointer, i, errors);
        checkLimit(ItemField::KpiAlert, section.kpis.at(i).alert, pointer, i, errors);
    }
}

void checkText(TextField field, const QString &text, const QString &pointer,
               QList<Error> &errors)
{
    if (const auto problem = textLimit(field).problem(text))
        errors.append(Error::invalid(pointer, *problem));
}

void checkTexts(TextField field, const QStringList &texts, const QString &pointer,
                QList<Error> &errors)
{
    for (int i = 0; i < texts.size(); ++i)
        checkText(field, texts.at(i), pointer + u'/' + QString::number(i), errors);
}

// Every text field of a section, its clauses and its structured items: no control
// characters, nothing past its limit (textlimits.h).
void checkSectionText(const Section &section, const QString &pointer, QList<Error> &errors)
{
    using enum TextField;
    checkText(SectionTitle, section.title, pointer + u"/title"_s, errors);
    checkText(SectionPurpose, section.purpose, pointer + u"/purpose"_s, errors);
    checkText(SectionOwner, section.owner, pointer + u"/owner"_s, errors);
    for (int i = 0; i < section.clauses.size(); ++i) {
        const Clause &clause = section.clauses.at(i);
        const QString at = pointer + u"/clauses/"_s + QString::number(i);
        checkText(ClauseId, clause.id, at + u"/id"_s, errors);
        checkText(ClauseTitle, clause.title, at + u"/title"_s, errors);
        checkText(ClauseBody, clause.body, at + u"/body"_s, errors);
        checkTexts(ClauseReference, clause.references, at + u"/references"_s, errors);
    }
    for (int i = 0; i < section.escalation.size(); ++i) {
        const QString at = pointer + u"/escalation/"_s + QString::number(i);
        checkText(EscalationRole, section.escalation.at(i).role, at + u"/role"_s, errors);
        checkText(EscalationAction, section.escalation.at(i).action, at + u"/action"_s, errors);
    }
    checkTexts(FollowUpStep, section.followUp, pointer + u"/follow_up"_s, errors);
    for (int i = 0; i < section.stages.size(); ++i) {
        const QString at = pointer + u"/stages/"_s + QString::number(i);
        checkText(StageKey, section.stages.at(i).key, at + u"/key"_s, errors);
        checkText(StageName, section.stages.at(i).name, at + u"/name"_s, errors);
    }
    for (int i = 0; i < section.programmes.size(); ++i) {
        const TrainingProgramme &programme = section.programmes.at(i);
        const QString at = pointer + u"/programmes/"_s + QString::number(i);
        checkText(ProgrammeId, programme.id, at + u"/id"_s, errors);
        checkText(ProgrammeTitle, programme.title, at + u"/title"_s, errors);
        checkTexts(ProgrammeObjective, programme.objectives, at + u"/objectives"_s, errors);
    }
    for (int i = 0; i < section.kpis.size(); ++i) {
        const Kpi &kpi = section.kpis.at(i);
        const QString at = pointer + u"/kpis/"_s + QString::number(i);
        checkText(KpiKey, kpi.key, at + u"/key"_s, errors);
        checkText(KpiName, kpi.name, at + u"/name"_s, errors);
        checkText(KpiDefinition, kpi.definition, at + u"/definition"_s, errors);
        checkText(KpiUnit, kpi.unit, at + u"/unit"_s, errors);
        checkText(KpiAction, kpi.action, at + u"/action"_s, errors);
    }
}

} // namespace

// Each question must be answerable in exactly one right way; the schema checks the shape,
// not this. The messages name no question: the pointer does, and the editor says "Question
// 2" before them.
QList<Error> checkComprehensionRules(const ComprehensionCheck &check)
{
    QList<Error> errors;
    const QString pointer = u"/comprehension_check"_s;
    if (check.isEmpty())
        return errors;
    if (!(check.passMark > 0 && check.passMark <= 100)) {
        errors.append(Error::invalid(
            pointer + u"/pass_mark"_s,
            ContentRulesText::tr("the pass mark must be more than 0 and at most 100, not "
                                 "%1")
                .arg(check.passMark)));
    }
    checkUniqueKeys(check.questions, [](const CheckQuestion &q) { return q.id; },
                    pointer + u"/questions"_s, QStringLiteral("id"), errors);
    for (int i = 0; i < check.questions.size(); ++i) {
        const CheckQuestion &question = check.questions.at(i);
        const QString where = pointer + u"/questions/"_s + QString::number(i);
        checkText(TextField::QuestionId, question.id, where + u"/id"_s, errors);
        checkText(TextField::QuestionText, question.text, where + u"/question"_s, errors);
        for (int c = 0; c < question.choices.size(); ++c)
            checkText(TextField::ChoiceText, question.choices.at(c).text,
                      where + u"/choices/"_s + QString::number(c) + u"/text"_s, errors);
        if (question.id.trimmed().isEmpty())
            errors.append(Error::invalid(where + u"/id"_s, ContentRulesText::tr("needs an id")));
        if (question.text.trimmed().isEmpty())
            errors.append(Error::invalid(where + u"/question"_s,
                                         ContentRulesText::tr("needs the question's text")));
        if (question.choices.size() < 2)
            errors.append(
                Error::invalid(where + u"/choices"_s,
                               ContentRulesText::tr("needs at least two choices to pick from")));
        qsizetype right = 0;
        for (int c = 0; c < question.choices.size(); ++c) {
            right += question.choices.at(c).correct ? 1 : 0;
            if (question.choices.at(c).text.trimmed().isEmpty())
                errors.append(
                    Error::invalid(where + u"/choices/"_s + QString::number(c) + u"/text"_s,
                                   ContentRulesText::tr("choice %1 has no text").arg(c + 1)));
        }
        if (right != 1)
            errors.append(Error::invalid(
                where + u"/choices"_s,
                ContentRulesText::tr("needs exactly one choice marked right, not %1").arg(right)));
    }
    return errors;
}

QList<Error> checkContentRules(const CodeContent &content)
{
    QList<Error> errors;
    checkSectionOrder(content, errors);
    checkClauseIds(content, errors);
    for (int s = 0; s < content.sections.size(); ++s) {
        const Section &section = content.sections.at(s);
        const QString pointer = sectionPointer(s);
        checkUniqueKeys(section.escalation, [](const EscalationTier &t) {
            return QString::number(t.tier);
        }, pointer + u"/escalation"_s, QStringLiteral("tier"), errors);
        checkUniqueKeys(section.stages, [](const ComplaintStage &st) { return st.key; },
                        pointer + u"/stages"_s, QStringLiteral("key"), errors);
        checkItemLimits(section, pointer, errors);
        checkSectionText(section, pointer, errors);
        checkProgrammes(section, pointer, errors);
        checkKpis(section, pointer, errors);
    }
    errors.append(checkComprehensionRules(content.check));
    return errors;
}

QList<Error> checkCodeText(const Code &code)
{
    using enum TextField;
    QList<Error> errors;
    checkText(CodeTitle, code.title, u"/code/title"_s, errors);
    checkText(Organisation, code.organisation, u"/code/organisation"_s, errors);
    checkText(Language, code.language, u"/code/language"_s, errors);
    checkTexts(AudienceTeam, code.audienceTeams, u"/code/audience/teams"_s, errors);
    return errors;
}

QList<Error> checkVersionText(const VersionInfo &version)
{
    using enum TextField;
    QList<Error> errors;
    checkText(VersionSummary, version.summary, u"/version/summary"_s, errors);
    checkText(VersionAuthor, version.author, u"/version/author"_s, errors);
    checkText(VersionApprovedBy, version.approvedBy, u"/version/approved_by"_s, errors);
    return errors;
}

} // namespace tenet::domain

#include "textlimits.h"

using namespace Qt::StringLiterals;

namespace tenet::domain {

namespace {

bool isControl(char32_t c, TextShape shape)
{
    if (shape == TextShape::Paragraphs && (c == u'\n' || c == u'\t'))
        return false;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true;
    // The line and paragraph separators break a line as a line feed does.
    return shape == TextShape::Line && (c == 0x2028 || c == 0x2029);
}

} // namespace

std::optional<QString> TextLimit::problem(QStringView text) const
{
    qsizetype characters = 0;
    for (const char32_t c : text.toUcs4()) {
        ++characters;
        if (isControl(c, shape)) {
            return shape == TextShape::Line
                ? tr("holds a control character (U+%1) at character %2; it must be one line of "
                     "plain text")
                      .arg(uint(c), 4, 16, QLatin1Char('0'))
                      .arg(characters)
                : tr("holds a control character (U+%1) at character %2; only line breaks and "
                     "tabs may stand between its words")
                      .arg(uint(c), 4, 16, QLatin1Char('0'))
                      .arg(characters);
        }
    }
    if (characters > maximum)
        return tr("is %1 characters long; at most %2 are allowed").arg(characters).arg(maximum);
    return std::nullopt;
}

const QList<TextLimit> &textLimits()
{
    using enum TextField;
    constexpr TextShape line = TextShape::Line;
    constexpr TextShape paragraphs = TextShape::Paragraphs;
    // An id or a key, an employee number: short. A name or a title: one line of a page. A
    // table cell: a few sentences. A body: several pages.
    static const QList<TextLimit> limits = {
        {CodeTitle, u"code"_s, u"title"_s, 200, line},
        {Organisation, u"code"_s, u"organisation"_s, 200, line},
        {Language, u"code"_s, u"language"_s, 35, line},
        {AudienceTeam, u"code"_s, u"audience/teams"_s, 100, line}, // as the roster's teams
        {VersionSummary, u"version"_s, u"summary"_s, 10000, paragraphs},
        {VersionAuthor, u"version"_s, u"author"_s, 100, line},
        {VersionApprovedBy, u"version"_s, u"approved_by"_s, 100, line},
        {SectionTitle, u"sectionTitle"_s, {}, 200, line},
        {SectionPurpose, u"sectionPurpose"_s, {}, 10000, paragraphs},
        {SectionOwner, u"sectionOwner"_s, {}, 64, line},
        {ClauseId, u"clause"_s, u"id"_s, 64, line},
        {ClauseTitle, u"clause"_s, u"title"_s, 200, line},
        {ClauseBody, u"clause"_s, u"body"_s, 20000, paragraphs},
        {ClauseReference, u"clause"_s, u"references"_s, 500, line},
        {EscalationRole, u"escalationTier"_s, u"role"_s, 100, line},
        {EscalationAction, u"escalationTier"_s, u"action"_s, 1000, line},
        {FollowUpStep, u"serviceProtocolsSection"_s, u"follow_up"_s, 1000, line},
        {StageKey, u"complaintStage"_s, u"key"_s, 64, line},
        {StageName, u"complaintStage"_s, u"name"_s, 200, line},
        {ProgrammeId, u"programme"_s, u"id"_s, 64, line},
        {ProgrammeTitle, u"programme"_s, u"title"_s, 200, line},
        {ProgrammeObjective, u"programme"_s, u"objectives"_s, 1000, line},
        {KpiKey, u"kpi"_s, u"key"_s, 64, line},
        {KpiName, u"kpi"_s, u"name"_s, 200, line},
        {KpiDefinition, u"kpi"_s, u"definition"_s, 1000, line},
        {KpiUnit, u"kpi"_s, u"unit"_s, 20, line},
        {KpiAction, u"kpi"_s, u"action"_s, 1000, line},
        {QuestionId, u"checkQuestion"_s, u"id"_s, 64, line},
        {QuestionText, u"checkQuestion"_s, u"question"_s, 1000, paragraphs},
        {ChoiceText, u"checkChoice"_s, u"text"_s, 500, line},
    };
    return limits;
}

const TextLimit &textLimit(TextField field)
{
    return textLimits().at(qsizetype(field));
}

} // namespace tenet::domain

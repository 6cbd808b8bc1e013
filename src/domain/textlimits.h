#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace tenet::domain {

// The text fields of a code (its identity, its version, its sections, clauses, structured
// items and comprehension check).
enum class TextField
{
    CodeTitle,
    Organisation,
    Language,
    AudienceTeam,
    VersionSummary,
    VersionAuthor,
    VersionApprovedBy,
    SectionTitle,
    SectionPurpose,
    SectionOwner,
    ClauseId,
    ClauseTitle,
    ClauseBody,
    ClauseReference,
    EscalationRole,
    EscalationAction,
    FollowUpStep,
    StageKey,
    StageName,
    ProgrammeId,
    ProgrammeTitle,
    ProgrammeObjective,
    KpiKey,
    KpiName,
    KpiDefinition,
    KpiUnit,
    KpiAction,
    QuestionId,
    QuestionText,
    ChoiceText,
};

// One line of plain text (a title, an id, a name), or paragraphs that may also hold line
// breaks and tabs (a clause's Markdown body, a section's purpose).
enum class TextShape
{
    Line,
    Paragraphs,
};

// How long one text field of a code may be, and whether it may span lines. This table is the
// one source of these limits: the content rules check them, and a test holds them equal to
// the maxLength of schemas/code.schema.json. The limits are far above any real text; they
// keep a file from filling the database, a handbook or a report with one field.
struct TextLimit
{
    Q_DECLARE_TR_FUNCTIONS(tenet::domain::TextLimit)

public:
    TextField field;
    QString definition; // the schema's definition that holds the field: "clause", "sectionTitle"
    QString property; // its path inside the definition, "title", "audience/teams"; empty: itself
    qsizetype maximum = 0; // in characters (code points, as JSON Schema counts them)
    TextShape shape = TextShape::Line;

    // What is wrong with `text` in this field: a control character (NUL, a line break in a
    // line, ...) named with its position counting from 1, or more than `maximum`
    // characters. Nothing when it may be stored.
    std::optional<QString> problem(QStringView text) const;
};

// Every text field of a code, in the order of TextField.
const QList<TextLimit> &textLimits();
const TextLimit &textLimit(TextField field);

} // namespace tenet::domain

#include "domain/contentrules.h"
#include "domain/textlimits.h"
#include "support/tempdir.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <functional>

using namespace tenet::domain;

namespace {

QJsonObject codeSchema()
{
    QFile file(QStringLiteral(TENET_SOURCE_DIR "/schemas/code.schema.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    REQUIRE(document.isObject());
    return document.object();
}

// The schema of a text field: a string, or an array of strings whose items are the field.
QJsonObject textSchema(QJsonObject field)
{
    if (field.value(u"type"_s) == u"array"_s)
        field = field.value(u"items"_s).toObject();
    return field;
}

bool isFreeText(const QJsonObject &field)
{
    // Enumerations, constants and dates are not text a person writes.
    return field.value(u"type"_s) == u"string"_s && !field.contains(u"enum"_s)
        && !field.contains(u"const"_s) && !field.contains(u"format"_s);
}

// Every free-text field of the schema's definitions, as "definition/property/...", with its
// schema; a definition that is itself a string is named alone. References are not followed:
// each definition is visited where it is defined.
QHash<QString, QJsonObject> schemaTextFields(const QJsonObject &schema)
{
    QHash<QString, QJsonObject> fields;
    const std::function<void(const QString &, const QJsonObject &)> visit
        = [&](const QString &path, const QJsonObject &node) {
              if (isFreeText(textSchema(node)))
                  fields.insert(path, textSchema(node));
              const QJsonObject properties = node.value(u"properties"_s).toObject();
              for (auto it = properties.begin(); it != properties.end(); ++it)
                  visit(path + u'/' + it.key(), it.value().toObject());
          };
    const QJsonObject definitions = schema.value(u"definitions"_s).toObject();
    for (auto it = definitions.begin(); it != definitions.end(); ++it)
        visit(it.key(), it.value().toObject());
    return fields;
}

QString fieldPath(const TextLimit &limit)
{
    return limit.property.isEmpty() ? limit.definition : limit.definition + u'/' + limit.property;
}

} // namespace

TEST_CASE("every text limit is the maxLength the file format's schema states", "[domain][limits]")
{
    const QHash<QString, QJsonObject> fields = schemaTextFields(codeSchema());
    for (const TextLimit &limit : textLimits()) {
        INFO(fieldPath(limit).toStdString());
        REQUIRE(fields.contains(fieldPath(limit)));
        CHECK(fields.value(fieldPath(limit)).value(u"maxLength"_s).toInteger(-1) == limit.maximum);
    }
}

TEST_CASE("every text field of the schema has a text limit", "[domain][limits]")
{
    QSet<QString> listed;
    for (const TextLimit &limit : textLimits())
        listed.insert(fieldPath(limit));
    const QHash<QString, QJsonObject> fields = schemaTextFields(codeSchema());
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        INFO(it.key().toStdString());
        CHECK(listed.contains(it.key()));
        CHECK(it.value().contains(u"maxLength"_s));
    }
}

TEST_CASE("textLimit finds each field's own limit", "[domain][limits]")
{
    for (const TextLimit &limit : textLimits())
        CHECK(textLimit(limit.field).field == limit.field);
}

TEST_CASE("a one-line text field refuses NUL, line breaks and other control characters",
          "[domain][limits]")
{
    const TextLimit &title = textLimit(TextField::ClauseTitle);
    const auto nul = title.problem(u"Hon\u0000esty"_s);
    REQUIRE(nul);
    CHECK(*nul
          == u"holds a control character (U+0000) at character 4; it must be one line of plain "
             "text"_s);
    CHECK(title.problem(u"Hon\nesty"_s));
    CHECK(title.problem(u"Hon\testy"_s));
    CHECK(title.problem(u"Hon\u0085esty"_s));
    CHECK(title.problem(u"Hon\u2028esty"_s));
    CHECK(title.problem(u"Hon\u007festy"_s));
    CHECK_FALSE(title.problem(u"Sąžiningumas — «honestidad»"_s));
    // A character outside the Basic Multilingual Plane counts as one.
    const auto counted = title.problem(u"𝐀\u0001"_s);
    REQUIRE(counted);
    CHECK(counted->contains(u"at character 2"_s));
}

TEST_CASE("a body may hold line breaks and tabs but no other control character",
          "[domain][limits]")
{
    const TextLimit &body = textLimit(TextField::ClauseBody);
    CHECK_FALSE(body.problem(u"- one\n- two\n\n\tindented"_s));
    CHECK_FALSE(body.problem(u"paragraph\u2028separator"_s));
    const auto nul = body.problem(u"first\n\u0000second"_s);
    REQUIRE(nul);
    CHECK(nul->contains(u"U+0000"_s));
    CHECK(nul->contains(u"at character 7"_s));
    CHECK(body.problem(u"carriage\rreturn"_s));
    CHECK(body.problem(u"escape\u001b[31m"_s));
}

TEST_CASE("a text field longer than its limit is refused, naming the limit", "[domain][limits]")
{
    const TextLimit &title = textLimit(TextField::ClauseTitle);
    CHECK_FALSE(title.problem(QString(title.maximum, u'a')));
    const auto tooLong = title.problem(QString(title.maximum + 1, u'a'));
    REQUIRE(tooLong);
    CHECK(*tooLong == u"is 201 characters long; at most 200 are allowed"_s);
    // Counted in characters, not UTF-16 units: 200 letters of two units each are allowed.
    QString wide;
    for (int i = 0; i < 200; ++i)
        wide += u"𝐀"_s;
    CHECK_FALSE(title.problem(wide));
}

TEST_CASE("the content rules check every text field and name it by its pointer",
          "[domain][limits]")
{
    CodeContent content = CodeContent::withEmptySections();
    Section &ethics = content.sections[0];
    ethics.clauses.append({u"eth-1"_s, u"Hon\u0000esty"_s, u"Body"_s, Strength::Must,
                           {u"ISO\n10002"_s}});
    ethics.purpose = QString(10001, u'p');
    content.sections[3].escalation.append({1, u"agent"_s, 0, u"Call\u0007back"_s});
    content.sections[3].followUp = {u"ok"_s, u"Call\u0000"_s};
    content.sections[6].kpis.append(
        {u"asa"_s, u"ASA"_s, u"def"_s, QString(21, u's'), KpiDirection::AtMost, 20, 30, u"x"_s});
    content.check.questions.append(
        {u"q1"_s, u"Why?"_s, {{u"Be\u0000cause"_s, true}, {u"No"_s, false}}});

    QStringList pointers;
    for (const Error &error : checkContentRules(content))
        pointers.append(error.where);
    CHECK(pointers.contains(u"/sections/0/clauses/0/title"_s));
    CHECK(pointers.contains(u"/sections/0/clauses/0/references/0"_s));
    CHECK(pointers.contains(u"/sections/0/purpose"_s));
    CHECK(pointers.contains(u"/sections/3/escalation/0/action"_s));
    CHECK(pointers.contains(u"/sections/3/follow_up/1"_s));
    CHECK(pointers.contains(u"/sections/6/kpis/0/unit"_s));
    CHECK(pointers.contains(u"/comprehension_check/questions/0/choices/0/text"_s));

    Code code;
    code.title = u"Code\u0000"_s;
    code.audienceTeams = {u"Chat\nVentas"_s};
    QStringList codePointers;
    for (const Error &error : checkCodeText(code))
        codePointers.append(error.where);
    CHECK(codePointers == QStringList {u"/code/title"_s, u"/code/audience/teams/0"_s});

    VersionInfo version;
    version.summary = u"Changed\n\tthe \u0000 rules"_s;
    const QList<Error> versionErrors = checkVersionText(version);
    REQUIRE(versionErrors.size() == 1);
    CHECK(versionErrors.first().where == u"/version/summary"_s);
}

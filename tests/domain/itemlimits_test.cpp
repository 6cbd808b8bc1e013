#include "domain/contentrules.h"
#include "domain/itemlimits.h"
#include "support/tempdir.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <limits>

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

// Follows a "#/definitions/name" reference, once or more.
QJsonObject resolved(const QJsonObject &schema, QJsonObject node)
{
    while (node.contains(u"$ref"_s)) {
        const QString ref = node.value(u"$ref"_s).toString();
        REQUIRE(ref.startsWith(u"#/definitions/"_s));
        node = schema.value(u"definitions"_s)
                   .toObject()
                   .value(ref.mid(QStringLiteral("#/definitions/").size()))
                   .toObject();
        REQUIRE_FALSE(node.isEmpty());
    }
    return node;
}

// The schema of one item of the named list, found through the section schemas that hold it.
QJsonObject itemSchema(const QJsonObject &schema, const QString &list)
{
    const QJsonObject definitions = schema.value(u"definitions"_s).toObject();
    for (auto it = definitions.begin(); it != definitions.end(); ++it) {
        const QJsonObject property
            = it.value().toObject().value(u"properties"_s).toObject().value(list).toObject();
        if (property.value(u"type"_s) == u"array"_s)
            return resolved(schema, property.value(u"items"_s).toObject());
    }
    FAIL("no section schema has a list called " << list.toStdString());
    return {};
}

std::optional<double> bound(const QJsonObject &field, const QString &keyword)
{
    if (!field.contains(keyword))
        return std::nullopt;
    return field.value(keyword).toDouble();
}

bool isNumeric(const QJsonObject &field)
{
    const QJsonValue type = field.value(u"type"_s);
    const auto numeric = [](const QJsonValue &t) {
        return t == u"number"_s || t == u"integer"_s;
    };
    if (type.isArray()) {
        for (const QJsonValue &t : type.toArray()) {
            if (numeric(t))
                return true;
        }
        return false;
    }
    return numeric(type);
}

} // namespace

TEST_CASE("every item limit states the minimum, maximum and type the file format's schema states",
          "[domain][limits]")
{
    const QJsonObject schema = codeSchema();
    for (const ItemLimit &limit : itemLimits()) {
        INFO((limit.list + u'/' + limit.property).toStdString());
        const QJsonObject item = itemSchema(schema, limit.list);
        const QJsonObject properties = item.value(u"properties"_s).toObject();
        REQUIRE(properties.contains(limit.property));
        const QJsonObject field = resolved(schema, properties.value(limit.property).toObject());
        CHECK(isNumeric(field));
        CHECK(bound(field, u"minimum"_s) == limit.minimum);
        CHECK(bound(field, u"maximum"_s) == limit.maximum);
        CHECK_FALSE(field.contains(u"exclusiveMinimum"_s));
        CHECK_FALSE(field.contains(u"exclusiveMaximum"_s));
        CHECK((field.value(u"type"_s) == u"integer"_s) == limit.whole);
        const bool required = item.value(u"required"_s).toArray().contains(limit.property);
        CHECK(required != limit.mayBeAbsent);
    }
}

TEST_CASE("every numeric field of the schema's structured items has an item limit",
          "[domain][limits]")
{
    const QJsonObject schema = codeSchema();
    QSet<QString> listed;
    QSet<QString> lists;
    for (const ItemLimit &limit : itemLimits()) {
        listed.insert(limit.list + u'/' + limit.property);
        lists.insert(limit.list);
    }
    CHECK(lists == QSet<QString> {u"escalation"_s, u"stages"_s, u"programmes"_s, u"kpis"_s});
    for (const QString &list : std::as_const(lists)) {
        const QJsonObject properties = itemSchema(schema, list).value(u"properties"_s).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            INFO((list + u'/' + it.key()).toStdString());
            if (isNumeric(resolved(schema, it.value().toObject())))
                CHECK(listed.contains(list + u'/' + it.key()));
        }
    }
}

TEST_CASE("itemLimit finds each field's own limit", "[domain][limits]")
{
    for (const ItemLimit &limit : itemLimits())
        CHECK(itemLimit(limit.field).property == limit.property);
    CHECK(itemLimit(ItemField::EscalationTier).rule() == u"a whole number from 1 to 100");
    CHECK(itemLimit(ItemField::ProgrammePassMark).rule() == u"a number from 0 to 100");
    CHECK(itemLimit(ItemField::KpiAlert).rule() == u"a number");
}

TEST_CASE("a limit refuses values below, above and between whole numbers", "[domain][limits]")
{
    const ItemLimit &tier = itemLimit(ItemField::EscalationTier);
    CHECK_FALSE(tier.allows(0));
    CHECK(tier.allows(1));
    CHECK(tier.allows(100));
    CHECK_FALSE(tier.allows(101));
    CHECK_FALSE(tier.allows(1.5));
    const ItemLimit &passMark = itemLimit(ItemField::ProgrammePassMark);
    CHECK(passMark.allows(0));
    CHECK(passMark.allows(72.5));
    CHECK(passMark.allows(100));
    CHECK_FALSE(passMark.allows(100.5));
    CHECK_FALSE(itemLimit(ItemField::KpiTarget).allows(std::numeric_limits<double>::quiet_NaN()));
}

TEST_CASE("the content rules refuse an item value outside its limit, where it is",
          "[domain][limits][rules]")
{
    CodeContent content = CodeContent::withEmptySections();
    Section *training = content.section(SectionKey::Training);
    TrainingProgramme programme;
    programme.id = u"induction"_s;
    programme.hours = 8;
    programme.refresherMonths = 0;
    training->programmes = {programme};
    Section *service = content.section(SectionKey::ServiceProtocols);
    EscalationTier tier;
    tier.tier = 0;
    tier.role = u"agent"_s;
    service->escalation = {tier};
    const QList<Error> errors = checkContentRules(content);
    QStringList where;
    for (const Error &error : errors)
        where.append(error.where);
    CHECK(where.contains(u"/sections/3/escalation/0/tier"_s));
    CHECK(where.contains(u"/sections/5/programmes/0/refresher_months"_s));
    CHECK(errors.size() == 2);
}

#include "codejson.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <limits>

#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tenet::exchange {

using namespace tenet::domain;
using nlohmann::json;
using nlohmann::ordered_json;

namespace {

std::string str(const QString &text)
{
    return text.toStdString();
}

QString qstr(const json &value)
{
    return QString::fromStdString(value.get<std::string>());
}

ordered_json strings(const QStringList &list)
{
    ordered_json array = ordered_json::array();
    for (const QString &item : list)
        array.push_back(str(item));
    return array;
}

QStringList qstrings(const json &array)
{
    QStringList list;
    for (const json &item : array)
        list.append(qstr(item));
    return list;
}

// 20 rather than 20.0: files are read by people, and hashes must not depend on the
// spelling of a number.
ordered_json number(double value)
{
    constexpr double largestExactInteger = 9007199254740992.0; // 2^53
    if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) < largestExactInteger)
        return static_cast<std::int64_t>(value);
    return value;
}

ordered_json timestamp(const QDateTime &when)
{
    if (!when.isValid())
        return nullptr;
    return str(when.toUTC().toString(Qt::ISODate));
}

QDateTime parseTimestamp(const json &value)
{
    if (!value.is_string())
        return {};
    return QDateTime::fromString(qstr(value), Qt::ISODate);
}

QString text(const json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? qstr(*it) : QString();
}

template<typename T>
std::optional<T> optionalNumber(const json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return std::nullopt;
    if constexpr (std::is_integral_v<T>) {
        // Checked before converting: the conversion would wrap 2147483648 round to
        // -2147483648 and 4294967297 to 1. A number out of range is refused, never changed.
        const bool fits = it->is_number_unsigned()
            ? it->template get<std::uint64_t>() <= std::uint64_t(std::numeric_limits<T>::max())
            : it->is_number_integer()
                && it->template get<std::int64_t>() >= std::numeric_limits<T>::min()
                && it->template get<std::int64_t>() <= std::numeric_limits<T>::max();
        if (!fits)
            throw Error::invalid(QString::fromLatin1(key),
                                 QStringLiteral("the number is out of range"));
    }
    return it->template get<T>();
}

QStringList stringList(const json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_array() ? qstrings(*it) : QStringList();
}

ordered_json toJson(const EscalationTier &t)
{
    return {{"tier", t.tier}, {"role", str(t.role)}, {"within_hours", number(t.withinHours)},
            {"action", str(t.action)}};
}

ordered_json toJson(const ComplaintStage &s)
{
    return {{"key", str(s.key)}, {"name", str(s.name)}, {"within_hours", number(s.withinHours)}};
}

ordered_json toJson(const TrainingProgramme &p)
{
    ordered_json j = {{"id", str(p.id)},
                      {"title", str(p.title)},
                      {"hours", number(p.hours)},
                      {"objectives", strings(p.objectives)},
                      {"final_test", p.finalTest}};
    if (p.passMark)
        j["pass_mark"] = number(*p.passMark);
    j["roles"] = strings(p.roles);
    if (p.refresherMonths)
        j["refresher_months"] = *p.refresherMonths;
    return j;
}

ordered_json toJson(const Kpi &k)
{
    return {{"key", str(k.key)},       {"name", str(k.name)},
            {"definition", str(k.definition)}, {"unit", str(k.unit)},
            {"direction", str(kpiDirectionName(k.direction))},
            {"target", number(k.target)}, {"alert", number(k.alert)},
            {"action", str(k.action)}};
}

template<typename Item>
void putItems(ordered_json &section, const char *key, const QList<Item> &items)
{
    if (items.isEmpty())
        return;
    ordered_json array = ordered_json::array();
    for (const Item &item : items)
        array.push_back(toJson(item));
    section[key] = std::move(array);
}

EscalationTier tierFromJson(const json &j)
{
    return {j.at("tier").get<int>(), text(j, "role"), j.at("within_hours").get<double>(),
            text(j, "action")};
}

ComplaintStage stageFromJson(const json &j)
{
    return {text(j, "key"), text(j, "name"), j.at("within_hours").get<double>()};
}

TrainingProgramme programmeFromJson(const json &j)
{
    TrainingProgramme p;
    p.id = text(j, "id");
    p.title = text(j, "title");
    p.hours = j.at("hours").get<double>();
    p.objectives = stringList(j, "objectives");
    p.finalTest = j.value("final_test", false);
    p.passMark = optionalNumber<double>(j, "pass_mark");
    p.roles = stringList(j, "roles");
    p.refresherMonths = optionalNumber<int>(j, "refresher_months");
    return p;
}

Kpi kpiFromJson(const json &j, const QString &pointer)
{
    Kpi k;
    k.key = text(j, "key");
    k.name = text(j, "name");
    k.definition = text(j, "definition");
    k.unit = text(j, "unit");
    const auto direction = kpiDirectionFromName(text(j, "direction"));
    if (!direction)
        throw Error::invalid(pointer + u"/direction"_s, QStringLiteral("must be one of at_most, at_least"));
    k.direction = *direction;
    k.target = j.at("target").get<double>();
    k.alert = j.at("alert").get<double>();
    k.action = text(j, "action");
    return k;
}

template<typename Item, typename Convert>
QList<Item> itemsFromJson(const json &section, const char *key, Convert convert)
{
    QList<Item> items;
    const auto it = section.find(key);
    if (it == section.end())
        return items;
    for (const json &item : *it)
        items.append(convert(item));
    return items;
}

// Runs a conversion, turning a type mismatch that slipped past the schema into an error
// at the given pointer instead of an exception.
template<typename T, typename Convert>
Result<T> guarded(const QString &pointer, Convert convert)
{
    try {
        return convert();
    } catch (const Error &error) {
        return error;
    } catch (const json::exception &e) {
        return Error::invalid(pointer.isEmpty() ? QStringLiteral("/") : pointer,
                              QString::fromUtf8(e.what()));
    }
}

Code codeFromJsonObject(const json &j)
{
    Code code;
    code.title = text(j, "title");
    code.organisation = text(j, "organisation");
    code.language = j.contains("language") ? text(j, "language") : QStringLiteral("en");
    if (const auto audience = j.find("audience"); audience != j.end()) {
        code.audienceTeams = stringList(*audience, "teams");
        code.audienceRoles = stringList(*audience, "roles");
    }
    code.attestationMonths = optionalNumber<int>(j, "attestation_months");
    code.graceDays = j.value("grace_days", 14);
    return code;
}

VersionInfo versionFromJsonObject(const json &j, const QString &pointer)
{
    VersionInfo info;
    info.number = j.value("number", 0);
    if (j.contains("status")) {
        const auto state = versionStateFromName(text(j, "status"));
        if (!state)
            throw Error::invalid(pointer + u"/status"_s, QStringLiteral("unknown version status"));
        info.state = *state;
    }
    info.author = text(j, "author");
    info.approvedBy = text(j, "approved_by");
    info.publishedAt = parseTimestamp(j.value("published_at", json()));
    if (const auto material = j.find("material"); material != j.end() && material->is_boolean())
        info.material = material->get<bool>();
    info.summary = text(j, "summary");
    return info;
}

} // namespace

ordered_json clauseToJson(const Clause &clause)
{
    return {{"id", str(clause.id)},
            {"title", str(clause.title)},
            {"body", str(clause.body)},
            {"strength", str(strengthName(clause.strength))},
            {"references", strings(clause.references)}};
}

ordered_json sectionToJson(const Section &section, bool withClauses)
{
    ordered_json j = {{"key", str(sectionKeyName(section.key))},
                      {"title", str(section.title)},
                      {"purpose", str(section.purpose)}};
    if (!section.owner.isEmpty())
        j["owner"] = str(section.owner);
    if (section.reviewIntervalDays)
        j["review_interval_days"] = *section.reviewIntervalDays;
    if (withClauses) {
        ordered_json clauses = ordered_json::array();
        for (const Clause &clause : section.clauses)
            clauses.push_back(clauseToJson(clause));
        j["clauses"] = std::move(clauses);
    }
    putItems(j, "escalation", section.escalation);
    if (!section.followUp.isEmpty())
        j["follow_up"] = strings(section.followUp);
    putItems(j, "stages", section.stages);
    putItems(j, "programmes", section.programmes);
    putItems(j, "kpis", section.kpis);
    return j;
}

ordered_json codeToJson(const Code &code)
{
    ordered_json j = {{"title", str(code.title)},
                      {"organisation", str(code.organisation)},
                      {"language", str(code.language)}};
    if (!code.audienceTeams.isEmpty() || !code.audienceRoles.isEmpty())
        j["audience"] = {{"teams", strings(code.audienceTeams)}, {"roles", strings(code.audienceRoles)}};
    if (code.attestationMonths)
        j["attestation_months"] = *code.attestationMonths;
    j["grace_days"] = code.graceDays;
    return j;
}

ordered_json versionToJson(const VersionInfo &version)
{
    ordered_json j = {{"number", version.number},
                      {"status", str(versionStateName(version.state))},
                      {"published_at", timestamp(version.publishedAt)},
                      {"material", version.material ? ordered_json(*version.material) : ordered_json()},
                      {"summary", str(version.summary)}};
    if (!version.author.isEmpty())
        j["author"] = str(version.author);
    if (!version.approvedBy.isEmpty())
        j["approved_by"] = str(version.approvedBy);
    return j;
}

ordered_json comprehensionCheckToJson(const ComprehensionCheck &check)
{
    ordered_json questions = ordered_json::array();
    for (const CheckQuestion &question : check.questions) {
        ordered_json choices = ordered_json::array();
        for (const CheckChoice &choice : question.choices) {
            ordered_json c = {{"text", str(choice.text)}};
            if (choice.correct)
                c["correct"] = true;
            choices.push_back(std::move(c));
        }
        questions.push_back({{"id", str(question.id)},
                             {"question", str(question.text)},
                             {"choices", std::move(choices)}});
    }
    return {{"pass_mark", number(check.passMark)}, {"questions", std::move(questions)}};
}

ordered_json documentToJson(const CodeDocument &document)
{
    ordered_json j = {{"format", codeFormatId}, {"code", codeToJson(document.code)}};
    if (document.version)
        j["version"] = versionToJson(*document.version);
    ordered_json sections = ordered_json::array();
    for (const Section &section : document.content.sections)
        sections.push_back(sectionToJson(section));
    j["sections"] = std::move(sections);
    if (!document.content.check.isEmpty())
        j["comprehension_check"] = comprehensionCheckToJson(document.content.check);
    return j;
}

Result<Clause> clauseFromJson(const json &j, const QString &pointer)
{
    return guarded<Clause>(pointer, [&] {
        Clause clause;
        clause.id = text(j, "id");
        clause.title = text(j, "title");
        clause.body = text(j, "body");
        const auto strength = strengthFromName(text(j, "strength"));
        if (!strength)
            throw Error::invalid(pointer + u"/strength"_s, QStringLiteral("must be one of must, should"));
        clause.strength = *strength;
        clause.references = stringList(j, "references");
        return clause;
    });
}

Result<Section> sectionFromJson(const json &j, const QString &pointer)
{
    return guarded<Section>(pointer, [&] {
        Section section;
        const auto key = sectionKeyFromName(text(j, "key"));
        if (!key)
            throw Error::invalid(pointer + u"/key"_s, QStringLiteral("unknown section key"));
        section.key = *key;
        section.title = text(j, "title");
        section.purpose = text(j, "purpose");
        section.owner = text(j, "owner");
        section.reviewIntervalDays = optionalNumber<int>(j, "review_interval_days");
        if (const auto clauses = j.find("clauses"); clauses != j.end()) {
            for (std::size_t i = 0; i < clauses->size(); ++i) {
                auto clause = clauseFromJson(clauses->at(i),
                                             pointer + u"/clauses/"_s + QString::number(i));
                if (!clause)
                    throw clause.error();
                section.clauses.append(std::move(clause).value());
            }
        }
        section.escalation = itemsFromJson<EscalationTier>(j, "escalation", tierFromJson);
        section.followUp = stringList(j, "follow_up");
        section.stages = itemsFromJson<ComplaintStage>(j, "stages", stageFromJson);
        section.programmes = itemsFromJson<TrainingProgramme>(j, "programmes", programmeFromJson);
        int index = 0;
        section.kpis = itemsFromJson<Kpi>(j, "kpis", [&](const json &item) {
            return kpiFromJson(item, pointer + u"/kpis/"_s + QString::number(index++));
        });
        return section;
    });
}

Result<ComprehensionCheck> comprehensionCheckFromJson(const json &j, const QString &pointer)
{
    return guarded<ComprehensionCheck>(pointer, [&] {
        ComprehensionCheck check;
        check.passMark = j.at("pass_mark").get<double>();
        for (const json &q : j.at("questions")) {
            CheckQuestion question {text(q, "id"), text(q, "question"), {}};
            for (const json &c : q.at("choices"))
                question.choices.append({text(c, "text"), c.value("correct", false)});
            check.questions.append(std::move(question));
        }
        return check;
    });
}

Result<CodeDocument> documentFromJson(const json &j)
{
    return guarded<CodeDocument>(QString(), [&] {
        CodeDocument document;
        document.code = codeFromJsonObject(j.at("code"));
        if (const auto version = j.find("version"); version != j.end() && version->is_object())
            document.version = versionFromJsonObject(*version, QStringLiteral("/version"));
        document.content.language = document.code.language;
        const json &sections = j.at("sections");
        for (std::size_t i = 0; i < sections.size(); ++i) {
            auto section = sectionFromJson(sections.at(i), u"/sections/"_s + QString::number(i));
            if (!section)
                throw section.error();
            document.content.sections.append(std::move(section).value());
        }
        if (const auto check = j.find("comprehension_check"); check != j.end()) {
            auto parsed = comprehensionCheckFromJson(*check, u"/comprehension_check"_s);
            if (!parsed)
                throw parsed.error();
            document.content.check = std::move(parsed).value();
        }
        return document;
    });
}

QByteArray canonicalJson(const json &value)
{
    // Invalid UTF-8 cannot reach here from a parsed file; replace rather than throw if a
    // QString ever carries a lone surrogate.
    const std::string text = value.dump(-1, ' ', false, json::error_handler_t::replace);
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

QByteArray canonicalJson(const ordered_json &value)
{
    // nlohmann::json keeps object keys sorted, which is what makes the text canonical.
    return canonicalJson(json(value));
}

} // namespace tenet::exchange

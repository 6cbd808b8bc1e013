#include "jsonoutput.h"

#include "domain/comparison.h"
#include "domain/staffmember.h"
#include "domain/version.h"

#include <nlohmann/json.hpp>

#include <QTextStream>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace tenet::domain;
using nlohmann::ordered_json;

namespace tenet::cli {

namespace {

ordered_json text(const QString &value)
{
    return value.toStdString();
}

ordered_json textOrNull(const QString &value)
{
    return value.isEmpty() ? ordered_json() : text(value);
}

ordered_json timestamp(const QDateTime &when)
{
    return when.isValid() ? text(when.toUTC().toString(Qt::ISODate))
                          : ordered_json();
}

ordered_json strings(const QStringList &list)
{
    ordered_json array = ordered_json::array();
    for (const QString &item : list)
        array.push_back(text(item));
    return array;
}

ordered_json diffToJson(const QList<DiffSegment> &segments)
{
    ordered_json array = ordered_json::array();
    for (const DiffSegment &segment : segments) {
        const char *op = segment.op == DiffSegment::Op::Equal    ? "equal"
                         : segment.op == DiffSegment::Op::Insert ? "insert"
                                                                 : "delete";
        array.push_back({{"op", op}, {"text", text(segment.text)}});
    }
    return array;
}

ordered_json clauseChangeToJson(const ClauseComparison &c)
{
    ordered_json j = {{"id", text(c.clauseId)},
                      {"change", text(changeKindName(c.kind))},
                      {"moved", c.moved},
                      {"number_before", textOrNull(c.numberBefore)},
                      {"number_after", textOrNull(c.numberAfter)},
                      {"title", text(c.after ? c.after->title : c.before->title)},
                      {"changed_fields", strings(c.changedFields)}};
    if (!c.titleDiff.isEmpty())
        j["title_diff"] = diffToJson(c.titleDiff);
    if (!c.bodyDiff.isEmpty())
        j["body_diff"] = diffToJson(c.bodyDiff);
    return j;
}

} // namespace

void printJson(QTextStream &out, const ordered_json &json)
{
    out << QString::fromStdString(json.dump(2)) << u'\n';
}

ordered_json staffToJson(const StaffMember &member)
{
    return {{"employee_no", text(member.employeeNo)},
            {"full_name", text(member.fullName)},
            {"email", textOrNull(member.email)},
            {"role", text(roleName(member.role))},
            {"team", textOrNull(member.team)},
            {"site", textOrNull(member.site)},
            {"language", text(member.language)},
            {"active", member.active},
            {"start_date", member.startDate.isValid()
                               ? text(member.startDate.toString(Qt::ISODate))
                               : ordered_json()}};
}

ordered_json versionInfoToJson(const VersionInfo &v)
{
    return {{"number", v.number},
            {"status", text(versionStateName(v.state))},
            {"author", textOrNull(v.author)},
            {"created_at", timestamp(v.createdAt)},
            {"submitted_by", textOrNull(v.submittedBy)},
            {"submitted_at", timestamp(v.submittedAt)},
            {"approved_by", textOrNull(v.approvedBy)},
            {"approved_at", timestamp(v.approvedAt)},
            {"published_by", textOrNull(v.publishedBy)},
            {"published_at", timestamp(v.publishedAt)},
            {"material", v.material ? ordered_json(*v.material) : ordered_json()},
            {"summary", text(v.summary)}};
}

ordered_json comparisonToJson(const VersionInfo &from, const VersionInfo &to,
                              const Comparison &comparison)
{
    ordered_json sections = ordered_json::array();
    for (const SectionComparison &section : comparison.sections) {
        ordered_json clauses = ordered_json::array();
        for (const ClauseComparison &c : section.clauses) {
            if (c.isChange())
                clauses.push_back(clauseChangeToJson(c));
        }
        ordered_json items = ordered_json::array();
        for (const ItemComparison &item : section.items) {
            items.push_back({{"kind", text(item.itemKind)},
                             {"key", text(item.key)},
                             {"change", text(changeKindName(item.kind))},
                             {"changed_fields", strings(item.changedFields)},
                             {"before", textOrNull(item.before)},
                             {"after", textOrNull(item.after)}});
        }
        ordered_json s = {{"key", text(sectionKeyName(section.key))},
                          {"title", text(section.title)},
                          {"changed_fields", strings(section.changedFields)},
                          {"clauses", clauses},
                          {"items", items}};
        if (!section.purposeDiff.isEmpty())
            s["purpose_diff"] = diffToJson(section.purposeDiff);
        sections.push_back(s);
    }
    return {{"from", {{"number", from.number}, {"status", text(versionStateName(from.state))}}},
            {"to", {{"number", to.number}, {"status", text(versionStateName(to.state))}}},
            {"summary",
             {{"added", comparison.added},
              {"removed", comparison.removed},
              {"changed", comparison.changed},
              {"moved", comparison.moved},
              {"item_changes", comparison.itemChanges},
              {"section_field_changes", comparison.sectionFieldChanges}}},
            {"sections", sections}};
}

} // namespace tenet::cli

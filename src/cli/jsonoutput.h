#pragma once

#include <nlohmann/json_fwd.hpp>

class QTextStream;

namespace tenet::domain {
struct Comparison;
struct StaffMember;
struct VersionInfo;
} // namespace tenet::domain

// The JSON that tenetctl prints with --json. Scripts rely on these shapes: change them only
// by adding members, and keep docs/cli.md in step.
namespace tenet::cli {

void printJson(QTextStream &out, const nlohmann::ordered_json &json);

nlohmann::ordered_json staffToJson(const domain::StaffMember &member);
nlohmann::ordered_json versionInfoToJson(const domain::VersionInfo &version);
nlohmann::ordered_json comparisonToJson(const domain::VersionInfo &from,
                                        const domain::VersionInfo &to,
                                        const domain::Comparison &comparison);

} // namespace tenet::cli

#pragma once

#include "domain/code.h"
#include "domain/codecontent.h"
#include "domain/result.h"
#include "domain/version.h"

#include <nlohmann/json_fwd.hpp>

#include <QString>

#include <optional>

namespace tenet::exchange {

// What a tenet.code/1 file holds: the code's identity, the version it came from (present
// on export, optional on import), and the content of that version.
struct CodeDocument
{
    domain::Code code;
    std::optional<domain::VersionInfo> version;
    domain::CodeContent content;
};

// Conversion between the domain types and the JSON shape of the tenet.code/1 format
// (schemas/code.schema.json). The same shape is what storage hashes and keeps, so that a
// section's content hash does not depend on where it came from.
//
// The *ToJson functions keep the keys in the order people expect to read them; optional
// fields are left out when unset, and structured item lists when empty. Numbers that are
// whole are written as integers. The *FromJson functions expect JSON that has already
// passed the schema; they still report, as Invalid errors with a JSON pointer, anything
// they cannot convert.
nlohmann::ordered_json clauseToJson(const domain::Clause &clause);
nlohmann::ordered_json sectionToJson(const domain::Section &section, bool withClauses = true);
nlohmann::ordered_json codeToJson(const domain::Code &code);
nlohmann::ordered_json versionToJson(const domain::VersionInfo &version);
nlohmann::ordered_json comprehensionCheckToJson(const domain::ComprehensionCheck &check);
nlohmann::ordered_json documentToJson(const CodeDocument &document);

domain::Result<domain::Clause> clauseFromJson(const nlohmann::json &json, const QString &pointer);
domain::Result<domain::Section> sectionFromJson(const nlohmann::json &json, const QString &pointer);
domain::Result<domain::ComprehensionCheck>
comprehensionCheckFromJson(const nlohmann::json &json, const QString &pointer);
domain::Result<CodeDocument> documentFromJson(const nlohmann::json &json);

// The one canonical serialisation (sorted keys, no white space, UTF-8) that content
// hashes are taken over.
QByteArray canonicalJson(const nlohmann::ordered_json &json);
QByteArray canonicalJson(const nlohmann::json &json);

// The format identifier every tenet.code/1 file carries in its "format" member.
inline constexpr char codeFormatId[] = "tenet.code/1";

} // namespace tenet::exchange

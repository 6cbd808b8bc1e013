#pragma once

#include "codejson.h"
#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tenet::exchange {

class SchemaValidator;

// Reading and writing tenet.code/1 files: UTF-8 JSON checked against the schema compiled
// in from schemas/code.schema.json, then against the content rules a schema cannot state.
//
// Every error names the file and where in it: "code.json:3:14: invalid JSON: ..." for
// text that is not JSON, "code.json: /sections/3/clauses/0/strength: must be one of must,
// should" for JSON that is not a valid code (Error::where is "code.json: /sections/3/...").

// Parses a file's bytes; `fileLabel` names the file in errors. The sections may come in
// any order; the document holds them in the fixed order. The returned error is the first
// problem found; `allErrors`, when given, receives every one of them.
domain::Result<CodeDocument> parseCodeJson(const QByteArray &bytes, const QString &fileLabel,
                                           QList<domain::Error> *allErrors = nullptr);

// Reads and parses a file; errors name it by `path` as given.
domain::Result<CodeDocument> readCodeFile(const QString &path,
                                          QList<domain::Error> *allErrors = nullptr);

// The file's text: pretty-printed with a two-space indent, keys in a fixed order, UTF-8,
// ending with a newline.
QByteArray serializeCodeDocument(const CodeDocument &document);

// Writes the file whole or not at all: a failed write leaves any earlier file untouched.
domain::Status writeCodeFile(const QString &path, const CodeDocument &document);

// The schema of tenet.code/1 as compiled into the program.
const SchemaValidator &codeSchema();

} // namespace tenet::exchange

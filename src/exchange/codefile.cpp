#include "codefile.h"

#include "inputfile.h"
#include "domain/contentrules.h"
#include "domain/messagetext.h"
#include "jsonschema.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

namespace tenet::exchange {

using domain::Error;
using domain::ErrorKind;
using domain::Result;
using domain::Status;
using nlohmann::json;

namespace {

// The translation context of these messages.
struct CodeFileText
{
    Q_DECLARE_TR_FUNCTIONS(tenet::exchange::CodeFile)
};

// Far beyond any real code; a bigger file is a mistake, not a code.
constexpr qint64 maximumFileSize = 64 * 1024 * 1024;

// The byte offset of the first byte that is not part of well-formed UTF-8 (no overlong
// forms, no surrogates, nothing past U+10FFFF), or -1 when the text is well-formed.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0; // overlong
            else if (lead == 0xED)
                high = 0x9F; // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90; // overlong
            else if (lead == 0xF4)
                high = 0x8F; // past U+10FFFF
        } else {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= size)
                return i;
            const unsigned char next = data[i + k];
            if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF))
                return i;
        }
        i += length;
    }
    return -1;
}

// "FILE:LINE:COLUMN" for a byte offset; the column counts characters, not bytes.
QString textPosition(const QString &label, const QByteArray &bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    qsizetype column = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((static_cast<unsigned char>(bytes.at(i)) & 0xC0) != 0x80)
            ++column;
    }
    return label + u':' + QString::number(line) + u':' + QString::number(column);
}

QString escapePointerToken(QString token)
{
    token.replace(u'~', QStringLiteral("~0"));
    token.replace(u'/', QStringLiteral("~1"));
    return token;
}

// Builds the document as nlohmann's own parser would, but refuses a key that appears twice
// in one object: nlohmann would keep the last silently, and the other value would be lost.
class DocumentBuilder : public nlohmann::json_sax<json>
{
public:
    json root;
    // Set when the parse stopped.
    bool syntaxError = false;
    std::size_t errorPosition = 0; // bytes read, the offending one included
    std::string errorText;
    bool duplicateKey = false;
    QString duplicatePointer;
    QString duplicateName;

    bool null() override { return scalar(nullptr); }
    bool boolean(bool value) override { return scalar(value); }
    bool number_integer(number_integer_t value) override { return scalar(value); }
    bool number_unsigned(number_unsigned_t value) override { return scalar(value); }
    bool number_float(number_float_t value, const string_t &) override { return scalar(value); }
    bool string(string_t &value) override { return scalar(std::move(value)); }
    bool binary(binary_t &) override { return false; }

    bool start_object(std::size_t) override { return open(json::object()); }
    bool key(string_t &name) override
    {
        if (m_stack.back()->contains(name)) {
            duplicateKey = true;
            duplicatePointer = pointer();
            duplicateName = QString::fromStdString(name);
            return false;
        }
        m_key = std::move(name);
        return true;
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(json::array()); }
    bool end_array() override { return close(); }

    bool parse_error(std::size_t position, const std::string &,
                     const nlohmann::detail::exception &error) override
    {
        syntaxError = true;
        errorPosition = position;
        errorText = error.what();
        return false;
    }

private:
    // Puts a value in the innermost open container (or at the root) and records the way
    // to it, which a scalar drops again at once.
    json *place(json value)
    {
        if (m_stack.empty()) {
            root = std::move(value);
            return &root;
        }
        json &container = *m_stack.back();
        if (container.is_object()) {
            m_tokens.push_back(m_key);
            json &slot = container[m_key];
            slot = std::move(value);
            return &slot;
        }
        m_tokens.push_back(std::to_string(container.size()));
        container.push_back(std::move(value));
        return &container.back();
    }

    bool scalar(json value)
    {
        const bool nested = !m_stack.empty();
        place(std::move(value));
        if (nested)
            m_tokens.pop_back();
        return true;
    }

    // Pointers to open containers stay valid: only the innermost one grows.
    bool open(json container)
    {
        m_stack.push_back(place(std::move(container)));
        return true;
    }

    bool close()
    {
        m_stack.pop_back();
        if (!m_stack.empty())
            m_tokens.pop_back();
        return true;
    }

    // The pointer of the innermost open container.
    QString pointer() const
    {
        QString result;
        for (const std::string &token : m_tokens)
            result += u'/' + escapePointerToken(QString::fromStdString(token));
        return result;
    }

    std::vector<json *> m_stack;
    std::vector<std::string> m_tokens; // the way from the root to each open container
    std::string m_key;
};

// Where the token that broke the syntax starts. nlohmann reports the last byte it read:
// the end of an unexpected string, or the byte after a misspelt literal (tru,), and the
// reader is better served by the start of either.
qsizetype tokenStart(const QByteArray &bytes, std::size_t bytesRead, const std::string &what)
{
    qsizetype offset
        = std::clamp<qsizetype>(static_cast<qsizetype>(bytesRead) - 1, 0, bytes.size());
    const auto escaped = [&](qsizetype at) {
        qsizetype backslashes = 0;
        while (at - backslashes - 1 >= 0 && bytes.at(at - backslashes - 1) == '\\')
            ++backslashes;
        return backslashes % 2 == 1;
    };
    if (what.find("unexpected string literal") != std::string::npos && offset < bytes.size()
        && bytes.at(offset) == '"') {
        for (qsizetype at = offset - 1; at >= 0; --at) {
            if (bytes.at(at) == '"' && !escaped(at))
                return at;
        }
    } else if (what.find("invalid literal") != std::string::npos) {
        while (offset > 0 && std::isalnum(static_cast<unsigned char>(bytes.at(offset - 1))))
            --offset;
    }
    return offset;
}

// nlohmann says "[json.exception.parse_error.101] parse error at line 1, column 9: syntax
// error while parsing value - invalid literal; last read: 'tru,'"; the position is given
// separately, so keep only what went wrong.
QString syntaxMessage(const std::string &what)
{
    QString text = QString::fromStdString(what);
    const qsizetype column = text.indexOf(QStringLiteral("column "));
    if (column >= 0) {
        const qsizetype colon = text.indexOf(QStringLiteral(": "), column);
        if (colon >= 0)
            text = text.mid(colon + 2);
    }
    const qsizetype dash = text.indexOf(QStringLiteral(" - "));
    if (dash >= 0)
        text = text.mid(dash + 3);
    // What was read is shown by the position; nlohmann's rendering of it only confuses.
    static const QRegularExpression lastRead(QStringLiteral("; last read: '.*?'(?=;|$)"));
    text.remove(lastRead);
    return CodeFileText::tr("invalid JSON: %1").arg(text);
}

QString pointerWhere(const QString &label, const QString &pointer)
{
    return pointer.isEmpty() ? label : label + QStringLiteral(": ") + pointer;
}

Error located(const QString &label, Error error)
{
    error.where = pointerWhere(label, error.where == QStringLiteral("/") ? QString() : error.where);
    return error;
}

const Result<SchemaValidator> &loadedCodeSchema()
{
    static const Result<SchemaValidator> schema = []() -> Result<SchemaValidator> {
        QFile file(QStringLiteral(":/schemas/code.schema.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            return Error::integrity(
                file.fileName(),
                CodeFileText::tr("the built-in schema is missing from this build"));
        }
        const QByteArray bytes = file.readAll();
        const json parsed = json::parse(bytes.cbegin(), bytes.cend(), nullptr, false);
        if (parsed.is_discarded())
            return Error::integrity(file.fileName(),
                                    CodeFileText::tr("the built-in schema is not valid JSON"));
        return SchemaValidator::fromJson(parsed);
    }();
    return schema;
}

// The schema can count the sections but not say which is missing or repeated; the content
// rules can. Used when counting is all that failed.
bool onlySectionCountFailed(const QList<ValidationError> &errors)
{
    return std::all_of(errors.begin(), errors.end(), [](const ValidationError &e) {
        return e.pointer == QStringLiteral("/sections")
            && (e.keyword == QStringLiteral("minItems") || e.keyword == QStringLiteral("maxItems"));
    });
}

// A key or a value may hold a line break or a NUL; the messages quoting it, and the JSON
// pointers naming it, stay on one line.
Result<CodeDocument> firstOf(const QList<Error> &errors, QList<Error> *allErrors)
{
    if (allErrors)
        *allErrors = domain::escapeForMessage(errors);
    return domain::escapeForMessage(errors.constFirst());
}

} // namespace

const SchemaValidator &codeSchema()
{
    // Only a broken build lacks the schema; then nothing is accepted rather than everything.
    static const SchemaValidator refuseAll = SchemaValidator::fromJson(json(false)).value();
    const auto &schema = loadedCodeSchema();
    return schema ? schema.value() : refuseAll;
}

Result<CodeDocument> parseCodeJson(const QByteArray &bytes, const QString &fileLabel,
                                   QList<Error> *allErrors)
{
    if (allErrors)
        allErrors->clear();
    const auto fail = [&](Error error) {
        return firstOf({std::move(error)}, allErrors);
    };

    if (const qsizetype invalid = firstInvalidUtf8(bytes); invalid >= 0) {
        return fail(Error::invalid(
            textPosition(fileLabel, bytes, invalid),
            CodeFileText::tr(
                "the file is not valid UTF-8 text (byte 0x%1); save it with the UTF-8 encoding")
                .arg(uint(static_cast<unsigned char>(bytes.at(invalid))), 2, 16, QChar(u'0'))));
    }
    if (bytes.trimmed().isEmpty())
        return fail(Error::invalid(fileLabel, CodeFileText::tr("the file is empty")));

    DocumentBuilder builder;
    try {
        json::sax_parse(bytes.cbegin(), bytes.cend(), &builder);
    } catch (const std::exception &e) {
        return fail(Error::invalid(
            fileLabel, CodeFileText::tr("invalid JSON: %1").arg(QString::fromUtf8(e.what()))));
    }
    if (builder.syntaxError) {
        const qsizetype offset = tokenStart(bytes, builder.errorPosition, builder.errorText);
        return fail(Error::invalid(textPosition(fileLabel, bytes, offset),
                                   syntaxMessage(builder.errorText)));
    }
    if (builder.duplicateKey) {
        return fail(Error::invalid(
            pointerWhere(fileLabel, builder.duplicatePointer),
            CodeFileText::tr("property \"%1\" appears twice").arg(builder.duplicateName)));
    }
    const json &root = builder.root;

    // A file of another format, or of a later version of this one, is named as such rather
    // than as a list of everything its schema would dislike.
    if (root.is_object()) {
        const auto format = root.find("format");
        if (format != root.end() && format->is_string() && *format != codeFormatId) {
            return fail(Error::invalid(
                pointerWhere(fileLabel, QStringLiteral("/format")),
                CodeFileText::tr(
                    "the format \"%1\" is not supported; this version of Tenet reads \"%2\"")
                    .arg(QString::fromStdString(format->get<std::string>()),
                         QString::fromLatin1(codeFormatId))));
        }
    }

    const auto &schema = loadedCodeSchema();
    if (!schema)
        return fail(schema.error());
    const QList<ValidationError> schemaErrors = schema->validate(root);
    if (!schemaErrors.isEmpty() && !onlySectionCountFailed(schemaErrors)) {
        QList<Error> errors;
        for (const ValidationError &e : schemaErrors)
            errors.append(Error::invalid(pointerWhere(fileLabel, e.pointer), e.message));
        return firstOf(errors, allErrors);
    }

    auto document = documentFromJson(root);
    if (!document)
        return fail(located(fileLabel, document.error()));

    QList<Error> errors;
    QList<Error> ruleErrors = domain::checkCodeText(document->code);
    if (document->version)
        ruleErrors.append(domain::checkVersionText(*document->version));
    ruleErrors.append(domain::checkContentRules(document->content));
    for (const Error &error : std::as_const(ruleErrors))
        errors.append(located(fileLabel, error));
    for (const ValidationError &e : schemaErrors)
        errors.append(Error::invalid(pointerWhere(fileLabel, e.pointer), e.message));
    if (!errors.isEmpty())
        return firstOf(errors, allErrors);

    auto &sections = document->content.sections;
    std::stable_sort(sections.begin(), sections.end(), [](const auto &a, const auto &b) {
        return domain::sectionNumber(a.key) < domain::sectionNumber(b.key);
    });
    return document;
}

Result<CodeDocument> readCodeFile(const QString &path, QList<Error> *allErrors)
{
    if (allErrors)
        allErrors->clear();
    const auto fail = [&](Error error) {
        return firstOf({std::move(error)}, allErrors);
    };
    auto bytes
        = readInputFile(path, maximumFileSize, CodeFileText::tr("is too large to be a code file"));
    if (!bytes)
        return fail(bytes.error());
    return parseCodeJson(*bytes, path, allErrors);
}

QByteArray serializeCodeDocument(const CodeDocument &document)
{
    // Text from a QString is well-formed UTF-8 except for a lone surrogate, which is
    // replaced rather than allowed to throw.
    std::string text = documentToJson(document).dump(2, ' ', false, json::error_handler_t::replace);
    text += '\n';
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

Status writeCodeFile(const QString &path, const CodeDocument &document)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::invalid(path,
                              CodeFileText::tr("cannot be written: %1").arg(file.errorString()));
    // Exports name staff; a new file is readable by its owner only, whatever the umask.
    if (!QFileInfo::exists(path))
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = serializeCodeDocument(document);
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return Error::invalid(path,
                              CodeFileText::tr("cannot be written: %1").arg(file.errorString()));
    }
    if (!file.commit())
        return Error::invalid(path,
                              CodeFileText::tr("cannot be written: %1").arg(file.errorString()));
    return {};
}

} // namespace tenet::exchange

#include "seal.h"

#include "messagetext.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace tenet::domain {

namespace {

// The first line of every seal; a later format changes the number.
const QByteArray header = "tenet-seal 1";
const QByteArray hashKeyword = "sha256";
const QByteArray signatureKeyword = "signature";
const QString signatureAlgorithm = u"ed25519"_s;

QByteArray hex(const QByteArray &bytes)
{
    return bytes.toHex();
}

// 64 hexadecimal digits as the 32 bytes of a SHA-256; nothing when they are not.
std::optional<QByteArray> sha256Field(const QString &text)
{
    static const QRegularExpression digits(u"^[0-9a-fA-F]{64}$"_s);
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    return QByteArray::fromHex(text.toLatin1());
}

std::optional<qint64> numberField(const QString &text)
{
    static const QRegularExpression digits(u"^[0-9]{1,18}$"_s);
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    return text.toLongLong();
}

// A name of a table or a count: lower-case words joined by underscores.
bool isName(const QString &text)
{
    static const QRegularExpression name(u"^[a-z][a-z0-9_]{0,62}$"_s);
    return name.match(text).hasMatch();
}

// The seal's lines without their endings: a carriage return before a line feed is dropped,
// and the line feed that ends the last line does not make one more.
QList<QByteArray> linesOf(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return lines;
}

// Reads the lines between the header and the SHA-256 line into the seal.
class BodyReader
{
public:
    BodyReader(const QString &where, Seal &seal) : m_where(where), m_seal(seal) { }

    Status read(const QList<QByteArray> &lines, qsizetype end)
    {
        bool made = false;
        for (qsizetype i = 1; i < end; ++i) {
            const QString line = QString::fromUtf8(lines[i]);
            if (line.trimmed().isEmpty() || line.startsWith(u'#'))
                continue;
            m_line = int(i + 1);
            const QStringList fields = line.split(u' ', Qt::SkipEmptyParts);
            const QString &keyword = fields.first();
            Status status;
            if (keyword == u"made"_s) {
                if (made)
                    return wrong(u"a seal is made once: a second \"made\" line"_s);
                made = true;
                status = readMade(fields);
            } else if (keyword == u"chain"_s) {
                status = readChain(fields);
            } else if (keyword == u"version"_s) {
                status = readVersion(fields);
            } else if (keyword == u"count"_s) {
                status = readCount(fields);
            } else if (keyword == u"signed-by"_s) {
                status = readSigner(fields);
            } else {
                return wrong(u"\"%1\" is not a line of a seal"_s.arg(escapeForMessage(keyword)));
            }
            if (!status)
                return status;
        }
        if (!made)
            return Error::invalid(m_where, u"the seal has no \"made\" line"_s);
        return {};
    }

private:
    Error wrong(const QString &message) const
    {
        return Error::invalid(u"%1:%2"_s.arg(m_where).arg(m_line), message);
    }

    Status readMade(const QStringList &fields)
    {
        const QDateTime when = fields.size() == 2 && fields[1].endsWith(u'Z')
            ? QDateTime::fromString(fields[1], Qt::ISODate)
            : QDateTime();
        if (!when.isValid())
            return wrong(u"\"made\" is followed by a UTC time such as 2026-12-02T08:00:00Z"_s);
        m_seal.madeAt = when.toUTC();
        return {};
    }

    Status readChain(const QStringList &fields)
    {
        const std::optional<qint64> seq
            = fields.size() == 4 ? numberField(fields[2]) : std::nullopt;
        const std::optional<QByteArray> hash
            = fields.size() == 4 ? sha256Field(fields[3]) : std::nullopt;
        if (!seq || !hash || !isName(fields[1]))
            return wrong(u"a chain line reads \"chain TABLE SEQ SHA256\""_s);
        for (const SealedChain &chain : std::as_const(m_seal.chains)) {
            if (chain.table == fields[1])
                return wrong(u"the chain %1 is sealed twice"_s.arg(fields[1]));
        }
        m_seal.chains.append({fields[1], *seq, *hash});
        return {};
    }

    Status readVersion(const QStringList &fields)
    {
        const bool shaped
            = fields.size() == 7 && fields[3] == u"content"_s && fields[5] == u"handbook"_s;
        const std::optional<qint64> code = shaped ? numberField(fields[1]) : std::nullopt;
        const std::optional<qint64> number = shaped ? numberField(fields[2]) : std::nullopt;
        const std::optional<QByteArray> content = shaped ? sha256Field(fields[4]) : std::nullopt;
        const std::optional<QByteArray> handbook = !shaped ? std::nullopt
            : fields[6] == u"none"_s                       ? std::optional(QByteArray())
                                                           : sha256Field(fields[6]);
        if (!code || !number || *number > std::numeric_limits<int>::max() || !content || !handbook)
            return wrong(u"a version line reads \"version CODE NUMBER content SHA256 handbook "
                         "SHA256\" (or \"handbook none\")"_s);
        for (const SealedVersion &version : std::as_const(m_seal.versions)) {
            if (version.codeId == *code && version.number == int(*number))
                return wrong(u"version %1 of code %2 is sealed twice"_s.arg(*number).arg(*code));
        }
        m_seal.versions.append({*code, int(*number), *content, *handbook});
        return {};
    }

    Status readCount(const QStringList &fields)
    {
        const std::optional<qint64> value
            = fields.size() == 3 ? numberField(fields[2]) : std::nullopt;
        if (!value || !isName(fields[1]))
            return wrong(u"a count line reads \"count NAME NUMBER\""_s);
        for (const SealedCount &count : std::as_const(m_seal.counts)) {
            if (count.name == fields[1])
                return wrong(u"%1 are counted twice"_s.arg(fields[1]));
        }
        m_seal.counts.append({fields[1], *value});
        return {};
    }

    Status readSigner(const QStringList &fields)
    {
        const std::optional<QByteArray> key = fields.size() == 3 && fields[1] == signatureAlgorithm
            ? sha256Field(fields[2])
            : std::nullopt;
        if (!key || !m_seal.signedBy.isEmpty())
            return wrong(u"a seal is signed once, by \"signed-by ed25519 SHA256\" of the key"_s);
        m_seal.signedBy = *key;
        return {};
    }

    const QString &m_where;
    Seal &m_seal;
    int m_line = 0;
};

// What a count is called in a sentence: "audit_entries" is "audit entries".
QString countWords(const QString &name)
{
    return QString(name).replace(u'_', u' ');
}

} // namespace

QString sealTime(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate);
}

QByteArray sealBody(const Seal &seal)
{
    QByteArray body = header + '\n';
    body += "# A seal of a Tenet database: keep it outside the database. It is checked with\n"
            "# tenetctl --db DATABASE verify --seal THIS-FILE (see docs/integrity.md).\n";
    body += "made " + sealTime(seal.madeAt).toLatin1() + '\n';
    for (const SealedChain &chain : seal.chains)
        body += "chain " + chain.table.toUtf8() + ' ' + QByteArray::number(chain.seq) + ' '
            + hex(chain.hash) + '\n';
    for (const SealedVersion &version : seal.versions)
        body += "version " + QByteArray::number(version.codeId) + ' '
            + QByteArray::number(version.number) + " content " + hex(version.contentHash)
            + " handbook "
            + (version.handbookHash.isEmpty() ? QByteArray("none") : hex(version.handbookHash))
            + '\n';
    for (const SealedCount &count : seal.counts)
        body += "count " + count.name.toUtf8() + ' ' + QByteArray::number(count.value) + '\n';
    if (!seal.signedBy.isEmpty())
        body += "signed-by " + signatureAlgorithm.toLatin1() + ' ' + hex(seal.signedBy) + '\n';
    return body;
}

QByteArray sealText(const Seal &seal, const QByteArray &signature)
{
    const QByteArray body = sealBody(seal);
    QByteArray text = body + hashKeyword + ' '
        + hex(QCryptographicHash::hash(body, QCryptographicHash::Sha256)) + '\n';
    if (!signature.isEmpty())
        text += signatureKeyword + ' ' + signatureAlgorithm.toLatin1() + ' ' + signature.toBase64()
            + '\n';
    return text;
}

Result<SealStatement> readSeal(const QByteArray &text, const QString &where)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8.decode(text);
    if (utf8.hasError())
        return Error::invalid(where, u"is not a Tenet seal: it is not UTF-8 text"_s);
    Q_UNUSED(decoded);

    const QList<QByteArray> lines = linesOf(text);
    if (lines.isEmpty() || !lines.first().startsWith("tenet-seal"))
        return Error::invalid(where,
                              u"is not a Tenet seal: it does not begin with \"%1\""_s.arg(
                                  QString::fromLatin1(header)));
    if (lines.first() != header)
        return Error::invalid(
            u"%1:1"_s.arg(where),
            u"the seal is in a format this Tenet does not read (\"%1\"); a "
            "newer Tenet made it"_s.arg(escapeForMessage(QString::fromUtf8(lines.first()))));

    qsizetype hashLine = -1;
    for (qsizetype i = 1; i < lines.size() && hashLine < 0; ++i) {
        if (lines[i].startsWith(hashKeyword + ' '))
            hashLine = i;
    }
    if (hashLine < 0)
        return Error::integrity(where,
                                u"the seal is damaged: it was cut short before its "
                                "sha256 line"_s);

    SealStatement statement;
    for (qsizetype i = 0; i < hashLine; ++i)
        statement.body += lines[i] + '\n';
    const std::optional<QByteArray> stated
        = sha256Field(QString::fromLatin1(lines[hashLine].mid(hashKeyword.size() + 1)).trimmed());
    if (!stated || *stated != QCryptographicHash::hash(statement.body, QCryptographicHash::Sha256))
        return Error::integrity(where,
                                u"the seal is damaged: its SHA-256 does not match its "
                                "text, so it was changed after it was made"_s);

    if (Status status = BodyReader(where, statement.seal).read(lines, hashLine); !status)
        return status.error();

    for (qsizetype i = hashLine + 1; i < lines.size(); ++i) {
        const QStringList fields = QString::fromUtf8(lines[i]).split(u' ', Qt::SkipEmptyParts);
        if (fields.isEmpty())
            continue;
        const bool signatureLine = fields.size() == 3 && fields[0] == u"signature"_s
            && fields[1] == signatureAlgorithm && statement.signature.isEmpty();
        const QByteArray signature = signatureLine
            ? QByteArray::fromBase64(fields[2].toLatin1(), QByteArray::AbortOnBase64DecodingErrors)
            : QByteArray();
        if (signature.isEmpty())
            return Error::invalid(u"%1:%2"_s.arg(where).arg(i + 1),
                                  u"only one \"signature ed25519 BASE64\" line may follow the "
                                  "sha256 line"_s);
        statement.signature = signature;
    }
    if (statement.seal.signedBy.isEmpty() != statement.signature.isEmpty())
        return Error::integrity(where,
                                statement.signature.isEmpty()
                                    ? u"the seal is damaged: it names the key that signed it "
                                      "but its signature is missing"_s
                                    : u"the seal is damaged: it carries a signature but does "
                                      "not name the key that made it"_s);
    return statement;
}

QStringList sealedContentProblems(const Seal &sealed, const Seal &now)
{
    QStringList problems;
    const QString when = sealTime(sealed.madeAt);
    for (const SealedVersion &version : sealed.versions) {
        const auto current
            = std::find_if(now.versions.cbegin(), now.versions.cend(), [&](const SealedVersion &v) {
                  return v.codeId == version.codeId && v.number == version.number;
              });
        const QString name = u"version %1 of code %2"_s.arg(version.number).arg(version.codeId);
        if (current == now.versions.cend()) {
            problems.append(u"%1 had been published when the seal of %2 was made and is not "
                            "now: it was deleted or its state was changed"_s.arg(name, when));
            continue;
        }
        if (current->contentHash != version.contentHash)
            problems.append(u"%1 no longer holds the content sealed on %2: its sections were "
                            "changed or repointed"_s.arg(name, when));
        if (current->handbookHash == version.handbookHash)
            continue;
        if (version.handbookHash.isEmpty())
            problems.append(u"%1 has a stored handbook that it did not have when sealed on %2: "
                            "one was added"_s.arg(name, when));
        else if (current->handbookHash.isEmpty())
            problems.append(u"the handbook stored at the publication of %1, sealed on %2, is "
                            "gone"_s.arg(name, when));
        else
            problems.append(u"the handbook stored at the publication of %1 is not the one "
                            "sealed on %2: it was replaced"_s.arg(name, when));
    }
    for (const SealedCount &count : sealed.counts) {
        const auto current
            = std::find_if(now.counts.cbegin(), now.counts.cend(),
                           [&](const SealedCount &c) { return c.name == count.name; });
        if (current == now.counts.cend())
            problems.append(u"the seal of %1 counts %2, which this database does not"_s.arg(
                when, countWords(count.name)));
        else if (current->value < count.value)
            problems.append(u"the number of %1 went down from %2, at the seal of %3, to %4: "
                            "records were removed"_s.arg(countWords(count.name))
                                .arg(count.value)
                                .arg(when)
                                .arg(current->value));
    }
    return problems;
}

} // namespace tenet::domain

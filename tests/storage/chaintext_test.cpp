#include "storagefixture.h"

#include "exchange/codejson.h"
#include "storage/chainrows.h"
#include "storage/chaintext.h"
#include "storage/hashchain.h"
#include "storage/scopedtransaction.h"
#include "storage/sqlitechainrows.h"

#include <nlohmann/json.hpp>

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <cstring>
#include <limits>

using namespace tenet;
using namespace tenet::storage;
using namespace Qt::StringLiterals;

namespace {

// How every chained row was hashed before ChainText: an nlohmann::json object of each
// value's QVariant text, dumped by exchange::canonicalJson. Every hash in every existing
// database was taken over this text, so ChainText must give it byte for byte.
QByteArray earlierText(qint64 seq, const QStringList &columns, const QVariantList &values,
                       const QStringList &optionalColumns)
{
    nlohmann::json content = nlohmann::json::object();
    content["seq"] = seq;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QVariant value = i < values.size() ? values[i] : QVariant();
        content[columns[i].toStdString()] = value.isNull()
            ? nlohmann::json(nullptr)
            : nlohmann::json(value.toString().toStdString());
    }
    for (qsizetype i = 0; i < optionalColumns.size(); ++i) {
        const qsizetype at = columns.size() + i;
        const QVariant value = at < values.size() ? values[at] : QVariant();
        if (!value.isNull())
            content[optionalColumns[i].toStdString()] = value.toString().toStdString();
    }
    return exchange::canonicalJson(content);
}

QByteArray earlierHash(const QByteArray &previous, qint64 seq, const QStringList &columns,
                       const QVariantList &values, const QStringList &optionalColumns)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previous);
    hash.addData(earlierText(seq, columns, values, optionalColumns));
    return hash.result();
}

QByteArray textOf(ChainText &text, qint64 seq)
{
    return text.text({}, seq).toByteArray();
}

// Code points a hand would rarely type but a paste or a script may bring: every control
// character, the JSON specials, DEL, Latin, Lithuanian and CJK letters, the replacement
// character, a line separator, the byte order mark and characters past the BMP.
const char32_t awkward[] = {0x00,   0x01,   0x07,   0x08,   0x09,    0x0A,    0x0B,    0x0C,
                            0x0D,   0x1B,   0x1F,   U'"',   U'\\',   U'/',    0x7F,    0x80,
                            0x9F,   0xA0,   0xE9,   0x17D,  0x117,   0x4E2D,  0xFFFD,  0x2028,
                            0xFEFF, 0xFFFC, 0x10000, 0x1F600, 0x1F469, 0x10FFFF};

// With loneSurrogates, also the halves of a surrogate pair alone, which a QString may hold
// but no UTF-8 can: Qt writes each as '?'.
QString randomText(QRandomGenerator &random, bool loneSurrogates = false)
{
    QString text;
    const int length = random.bounded(12);
    for (int i = 0; i < length; ++i) {
        const int pick = random.bounded(loneSurrogates ? 5 : 4);
        if (pick == 4)
            text += QChar(char16_t(random.bounded(2) ? 0xD83D : 0xDE00));
        else if (pick == 0)
            text += QChar(u'a' + random.bounded(26));
        else if (pick == 1)
            text += QChar(u' ' + random.bounded(95)); // printable ASCII
        else
            text += QString::fromUcs4(&awkward[random.bounded(int(std::size(awkward)))], 1);
    }
    return text;
}

QVariant randomValue(QRandomGenerator &random, bool loneSurrogates = false)
{
    static const double reals[] = {85.5, 100, 66.66666666666667, 0, 1e-05, 1e+21, 0.1, 100000,
                                   0.0001, 1234567890123456, -2.5, 5e-324};
    switch (random.bounded(8)) {
    case 0:
        return QVariant(); // null
    case 1:
        return QVariant(QMetaType::fromType<double>()); // null as the ledger writes it
    case 2:
        return QVariant(qint64(random.generate64()) >> random.bounded(64));
    case 3:
        return QVariant(int(random.generate()) >> random.bounded(32));
    case 4:
        return QVariant(reals[random.bounded(int(std::size(reals)))]);
    case 5: {
        double real;
        const quint64 bits = random.generate64();
        std::memcpy(&real, &bits, sizeof real);
        return std::isfinite(real) ? QVariant(real) : QVariant(random.bounded(100.0));
    }
    case 6:
        return QString(); // empty, not null
    default:
        return randomText(random, loneSurrogates);
    }
}

} // namespace

TEST_CASE("a chained row's text is byte for byte the canonical JSON it was hashed over before",
          "[storage][chain]")
{
    QRandomGenerator random(14);
    // Names that sort before and after "seq", and optional columns among them.
    const QStringList columns = {u"subject"_s, u"at"_s,      u"quiz_score"_s,
                                 u"a"_s,       u"version"_s, u"seq_no"_s};
    const QStringList optional = {u"paper_record"_s, u"zz"_s, u"b"_s};
    ChainText text(columns, optional);
    QByteArray previous = HashChain::firstPreviousHash();
    for (qint64 seq = 1; seq <= 3000; ++seq) {
        QVariantList values;
        // Sometimes fewer values than columns: the rest are null.
        const qsizetype count = random.bounded(10) == 0 ? random.bounded(9) : 9;
        for (qsizetype i = 0; i < count; ++i)
            values << randomValue(random, true);
        text.clear();
        for (qsizetype i = 0; i < values.size(); ++i)
            CHECK(text.setVariant(i, values[i]));
        const QByteArray expected = earlierText(seq, columns, values, optional);
        REQUIRE(textOf(text, seq) == expected);
        const QByteArray hash = HashChain::rowHash(previous, seq, columns, values, optional);
        REQUIRE(hash == earlierHash(previous, seq, columns, values, optional));
        previous = hash;
    }
}

TEST_CASE("a text is escaped as nlohmann::json escapes it, malformed UTF-8 included",
          "[storage][chain]")
{
    QRandomGenerator random(12);
    for (int round = 0; round < 20000; ++round) {
        std::string bytes;
        const int length = random.bounded(8);
        for (int i = 0; i < length; ++i) {
            // Mostly the bytes around UTF-8's boundaries, so that malformed and well-formed
            // sequences of every length turn up.
            static const unsigned char edges[]
                = {0x00, 0x1F, 0x20, 0x22, 0x5C, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0,
                   0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4,
                   0xF5, 0xFF};
            bytes += char(random.bounded(3) == 0 ? random.bounded(256)
                                                 : edges[random.bounded(int(std::size(edges)))]);
        }
        std::string written;
        ChainText::appendJsonString(written, QByteArrayView(bytes.data(), qsizetype(bytes.size())));
        const std::string expected = nlohmann::json(bytes).dump(
            -1, ' ', false, nlohmann::json::error_handler_t::replace);
        INFO(QByteArray::fromStdString(bytes).toHex().toStdString());
        REQUIRE(written == expected);
        bool valid = true;
        try {
            (void)nlohmann::json(bytes).dump();
        } catch (const nlohmann::json::type_error &) {
            valid = false;
        }
        REQUIRE(ChainText::isUtf8(QByteArrayView(bytes.data(), qsizetype(bytes.size())))
                == valid);
    }
}

TEST_CASE("a real is hashed as the shortest text that reads back as it, Qt's form",
          "[storage][chain]")
{
    // Pinned, since the rule is also written for a server to follow
    // (docs/architecture.md): shortest digits, then the shorter of decimal and exponent
    // form, decimal on a tie, an exponent of at least two digits, -0 as 0.
    const std::pair<double, const char *> pinned[] = {
        {85.5, "85.5"},    {100, "100"},          {66.66666666666667, "66.66666666666667"},
        {0.1, "0.1"},      {1e-05, "1e-05"},      {1e+21, "1e+21"},
        {100000, "1e+05"}, {123456, "123456"},    {0.0001, "1e-04"},
        {0.001, "0.001"},  {0.00012345, "0.00012345"}, {1e15, "1e+15"},
        {-0.0, "0"},       {-2.5, "-2.5"},        {1234567890123456, "1234567890123456"},
        {5e-324, "5e-324"}, {1.7976931348623157e308, "1.7976931348623157e+308"}};
    for (const auto &[value, expected] : pinned) {
        INFO(expected);
        CHECK(ChainText::realText(value) == QByteArray(expected));
    }
    QRandomGenerator random(21);
    for (int i = 0; i < 20000; ++i) {
        double value;
        const quint64 bits = random.generate64();
        std::memcpy(&value, &bits, sizeof value);
        if (i % 2)
            value = random.bounded(100.0); // a score
        if (!std::isfinite(value))
            continue;
        REQUIRE(ChainText::realText(value) == QVariant(value).toString().toUtf8());
    }
}

TEST_CASE("a chain takes integers, reals, texts and nulls, and refuses other values",
          "[storage][chain][sqlite]")
{
    test::StorageFixture fixture;
    const QSqlDatabase db = fixture.db->connection();
    REQUIRE(test::runSql(db, u"CREATE TABLE ledger (seq INTEGER PRIMARY KEY, who TEXT, "
                             "prev_hash BLOB, hash BLOB)"_s)
                .isEmpty());
    const HashChain ledger(db, u"ledger"_s, {u"who"_s});
    ScopedTransaction transaction(db);
    REQUIRE(transaction.status());
    // A bool reads back from the database as 1, a date as some text: neither could verify.
    for (const QVariant &value : {QVariant(true), QVariant(QDate(2026, 1, 2)),
                                  QVariant(QByteArray("x")), QVariant(1.5f)}) {
        auto seq = ledger.append({value});
        REQUIRE_FALSE(seq);
        CHECK(seq.error().message.contains(u"which a hash chain cannot keep"_s));
    }
    for (const QVariant &value : {QVariant(7), QVariant(qint64(1) << 40), QVariant(85.5),
                                  QVariant(u"A001"_s), QVariant()})
        REQUIRE(ledger.append({value}));
    REQUIRE(transaction.commit());
    auto report = ledger.verify();
    REQUIRE(report);
    CHECK(report->ok());
    CHECK(report->rows == 5);
}

TEST_CASE("rows written through QtSql verify when read back through SQLite's own interface",
          "[storage][chain][sqlite]")
{
    test::StorageFixture fixture;
    const QSqlDatabase db = fixture.db->connection();
    // Columns of every affinity, each given what it keeps as given (an integer in the REAL
    // column comes back as a real, and hashes alike), and one without affinity that keeps
    // anything.
    REQUIRE(test::runSql(db, u"CREATE TABLE ledger (seq INTEGER PRIMARY KEY, who TEXT, "
                             "score REAL, n INTEGER, any_value, note TEXT, prev_hash BLOB, "
                             "hash BLOB)"_s)
                .isEmpty());
    const QStringList columns = {u"who"_s, u"score"_s, u"n"_s, u"any_value"_s};
    const QStringList optional = {u"note"_s};
    const HashChain ledger(db, u"ledger"_s, columns, optional);
    QRandomGenerator random(7);
    {
        ScopedTransaction transaction(db);
        REQUIRE(transaction.status());
        for (int i = 0; i < 400; ++i) {
            const auto text = [&] {
                QString value = randomText(random);
                // SQLite drops a leading byte order mark from a text it is given, so the
                // row would not hold what was hashed (the same before ChainText).
                while (value.startsWith(u'\uFEFF'))
                    value = value.mid(1);
                return random.bounded(5) == 0 ? QVariant() : QVariant(value);
            };
            QVariant any = randomValue(random);
            if (any.typeId() == QMetaType::QString)
                any = text();
            const QVariantList values
                = {text(),
                   random.bounded(2) ? randomValue(random).toDouble() : QVariant(random.bounded(101)),
                   random.bounded(5) == 0 ? QVariant() : QVariant(qint64(random.generate64())),
                   any, text()};
            REQUIRE(ledger.append(values));
        }
        REQUIRE(ledger.append({QString(QChar(0xFFFF)), 100.0, 3, u"in the \uFFFE middle"_s}));
        REQUIRE(transaction.commit());
    }
    auto report = ledger.verify();
    REQUIRE(report);
    CHECK(report->ok());
    CHECK(report->rows == 401);

    // Both readers hand every row to ChainText alike, except where QtSql's UTF-16 reading
    // turns U+FFFE and U+FFFF into U+FFFD (which made such a row fail before).
    const QString sql = u"SELECT seq, prev_hash, hash, %1 FROM ledger ORDER BY seq"_s.arg(
        (columns + optional).join(u", "_s));
    SqliteChainRows raw(db, sql);
    QtSqlChainRows generic(db, sql);
    ChainText rawText(columns, optional);
    ChainText genericText(columns, optional);
    qint64 rows = 0;
    while (raw.next()) {
        REQUIRE(generic.next());
        CHECK(raw.seq() == generic.seq());
        CHECK(raw.hash() == generic.hash());
        CHECK(raw.previousHash() == generic.previousHash());
        rawText.clear();
        genericText.clear();
        for (qsizetype i = 0; i < 5; ++i) {
            raw.putValue(i, rawText);
            generic.putValue(i, genericText);
        }
        const QByteArray fromRaw = textOf(rawText, raw.seq());
        const QByteArray fromGeneric = textOf(genericText, generic.seq());
        if (raw.seq() <= 400)
            REQUIRE(fromRaw == fromGeneric);
        else
            CHECK(fromRaw != fromGeneric);
        ++rows;
    }
    CHECK_FALSE(generic.next());
    CHECK(raw.status());
    CHECK(generic.status());
    CHECK(rows == 401);
}

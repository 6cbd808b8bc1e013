#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>
#include <QVariant>

#include <string>
#include <vector>

namespace tenet::storage {

// The text a chained row's hash is taken over (docs/architecture.md, "How a chained row is
// hashed"): the canonical JSON of {"seq": seq, column: value, ...}, keys in byte order, no
// white space, each value a JSON string or null, written directly rather than through a
// JSON library, byte for byte what nlohmann::json's dump of that object gives. Values are
// turned into text by one rule that a database server can follow too:
// - an integer: its decimal digits;
// - a real: the fewest significant digits that read back as the same double, in decimal or
//   exponent form ("1e-05", "1e+21"), whichever is shorter, decimal on a tie; -0 is "0"
//   (what QVariant(double).toString() gives);
// - a text: its UTF-8 as it is;
// - null: JSON null; an optional column that is null is left out of the object.
//
// One object serves a chain's rows one after the other: set each column's value (a column
// not set is null), then text() gives the bytes to hash, valid until the next row.
class ChainText
{
public:
    ChainText(const QStringList &columns, const QStringList &optionalColumns = {});

    // Starts the next row: every column null again.
    void clear();

    // Values by index into the columns, then the optional columns.
    void setNull(qsizetype column);
    void setInteger(qsizetype column, qint64 value);
    void setReal(qsizetype column, double value);
    void setText(qsizetype column, QByteArrayView utf8);
    // As setText, but only for well-formed UTF-8: false, and nothing set, for anything else.
    bool setWellFormedText(qsizetype column, QByteArrayView utf8);
    // An integer type, a double, a QString or a null through the rule above; false for any
    // other type, which is then written as its QVariant text (as every value was before the
    // rule was written down), a text that a database may not read back the same.
    bool setVariant(qsizetype column, const QVariant &value);

    // The previous row's hash followed by the row's canonical JSON: what SHA-256 is taken over.
    QByteArrayView text(QByteArrayView previousHash, qint64 seq);

    // The rule's text of a real (QString::number with the shortest round-trip precision).
    static QByteArray realText(double value);
    // Whether the bytes are well-formed UTF-8: no stray continuation byte, overlong form,
    // surrogate or code point past U+10FFFF.
    static bool isUtf8(QByteArrayView bytes);
    // The value as a JSON string, quoted and escaped as nlohmann::json's dump does with
    // ensure_ascii off: \" \\ \b \f \n \r \t, other control characters as \u00xx, all else
    // as it is. Malformed UTF-8 is replaced as dump's error_handler_t::replace does.
    static void appendJsonString(std::string &out, QByteArrayView utf8);

private:
    struct Key
    {
        std::string utf8; // the name, which orders the keys
        std::string name; // "name": as JSON
        qsizetype column; // -1 for seq
        bool optional;
    };
    struct Slot
    {
        qsizetype offset = 0;
        qsizetype length = -1; // -1 for null
        quint64 row = 0; // set in this row when it is m_row
    };

    void setJson(qsizetype column, qsizetype start);
    // appendJsonString for well-formed UTF-8; false, and nothing appended, for anything else.
    static bool appendWellFormed(std::string &out, QByteArrayView utf8);

    std::vector<Key> m_keys; // in byte order
    std::vector<Slot> m_slots; // each column's JSON value in m_values
    std::string m_values;
    quint64 m_row = 1;
    std::string m_text;
};

} // namespace tenet::storage

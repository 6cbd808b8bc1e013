#include "chaintext.h"

#include <nlohmann/json.hpp>

#include <QLocale>
#include <QString>

#include <algorithm>
#include <array>
#include <charconv>
#include <limits>

namespace tenet::storage {

namespace {

// The length of the well-formed UTF-8 sequence that starts at a byte of 0x80 or more; 0 for a
// stray continuation byte, an overlong form, a surrogate or a code point past U+10FFFF.
qsizetype sequenceLength(const unsigned char *p, const unsigned char *end)
{
    const auto continuation = [&](qsizetype at, unsigned char low, unsigned char high) {
        return end - p > at && p[at] >= low && p[at] <= high;
    };
    const unsigned char lead = *p;
    if (lead >= 0xC2 && lead <= 0xDF)
        return continuation(1, 0x80, 0xBF) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        // No overlong forms (E0 80..9F) and no surrogates (ED A0..BF).
        const unsigned char low = lead == 0xE0 ? 0xA0 : 0x80;
        const unsigned char high = lead == 0xED ? 0x9F : 0xBF;
        return continuation(1, low, high) && continuation(2, 0x80, 0xBF) ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        // No overlong forms (F0 80..8F), nothing past U+10FFFF (F4 90..).
        const unsigned char low = lead == 0xF0 ? 0x90 : 0x80;
        const unsigned char high = lead == 0xF4 ? 0x8F : 0xBF;
        return continuation(1, low, high) && continuation(2, 0x80, 0xBF)
                && continuation(3, 0x80, 0xBF)
            ? 4
            : 0;
    }
    return 0;
}

void appendInteger(std::string &out, qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end);
}

} // namespace

ChainText::ChainText(const QStringList &columns, const QStringList &optionalColumns)
    : m_slots(size_t(columns.size() + optionalColumns.size()))
{
    const auto addKey = [this](const QString &name, qsizetype column, bool optional) {
        Key key {name.toStdString(), {}, column, optional};
        appendJsonString(key.name, QByteArrayView(key.utf8.data(), qsizetype(key.utf8.size())));
        key.name += ':';
        m_keys.push_back(std::move(key));
    };
    addKey(QStringLiteral("seq"), -1, false);
    for (qsizetype i = 0; i < columns.size(); ++i)
        addKey(columns[i], i, false);
    for (qsizetype i = 0; i < optionalColumns.size(); ++i)
        addKey(optionalColumns[i], columns.size() + i, true);
    // nlohmann::json keeps an object's keys in a std::map<std::string>: byte order.
    std::sort(m_keys.begin(), m_keys.end(),
              [](const Key &a, const Key &b) { return a.utf8 < b.utf8; });
    // A repeated name would be one key of that object, holding the last value set.
    Q_ASSERT(std::adjacent_find(m_keys.begin(), m_keys.end(), [](const Key &a, const Key &b) {
                 return a.utf8 == b.utf8;
             }) == m_keys.end());
}

void ChainText::clear()
{
    m_values.clear();
    ++m_row; // every slot of an earlier row reads as null
}

void ChainText::setJson(qsizetype column, qsizetype start)
{
    m_slots[size_t(column)] = {start, qsizetype(m_values.size()) - start, m_row};
}

void ChainText::setNull(qsizetype column)
{
    m_slots[size_t(column)].length = -1;
}

void ChainText::setInteger(qsizetype column, qint64 value)
{
    const qsizetype start = qsizetype(m_values.size());
    m_values += '"';
    appendInteger(m_values, value);
    m_values += '"';
    setJson(column, start);
}

void ChainText::setReal(qsizetype column, double value)
{
    const qsizetype start = qsizetype(m_values.size());
    const QByteArray text = realText(value);
    m_values += '"';
    m_values.append(text.constData(), size_t(text.size())); // digits, '.', 'e', '+', '-'
    m_values += '"';
    setJson(column, start);
}

void ChainText::setText(qsizetype column, QByteArrayView utf8)
{
    const qsizetype start = qsizetype(m_values.size());
    appendJsonString(m_values, utf8);
    setJson(column, start);
}

bool ChainText::setWellFormedText(qsizetype column, QByteArrayView utf8)
{
    const qsizetype start = qsizetype(m_values.size());
    if (!appendWellFormed(m_values, utf8))
        return false;
    setJson(column, start);
    return true;
}

bool ChainText::setVariant(qsizetype column, const QVariant &value)
{
    if (value.isNull()) {
        setNull(column);
        return true;
    }
    switch (value.typeId()) {
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
        setInteger(column, value.toLongLong());
        return true;
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        if (value.toULongLong() <= quint64(std::numeric_limits<qint64>::max())) {
            setInteger(column, value.toLongLong());
            return true;
        }
        break;
    case QMetaType::Double:
        setReal(column, value.toDouble());
        return true;
    case QMetaType::QString:
        setText(column, value.toString().toUtf8());
        return true;
    default:
        break;
    }
    setText(column, value.toString().toUtf8());
    return false;
}

QByteArrayView ChainText::text(QByteArrayView previousHash, qint64 seq)
{
    m_text.assign(previousHash.data(), size_t(previousHash.size()));
    m_text += '{';
    bool first = true;
    for (const Key &key : m_keys) {
        Slot slot = key.column < 0 ? Slot {} : m_slots[size_t(key.column)];
        if (slot.row != m_row)
            slot.length = -1;
        if (key.optional && slot.length < 0)
            continue;
        if (!first)
            m_text += ',';
        first = false;
        m_text += key.name;
        if (key.column < 0)
            appendInteger(m_text, seq);
        else if (slot.length < 0)
            m_text += "null";
        else
            m_text.append(m_values, size_t(slot.offset), size_t(slot.length));
    }
    m_text += '}';
    return QByteArrayView(m_text.data(), qsizetype(m_text.size()));
}

QByteArray ChainText::realText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest).toUtf8();
}

bool ChainText::isUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *const end = p + bytes.size();
    while (p < end) {
        const qsizetype length = *p < 0x80 ? 1 : sequenceLength(p, end);
        if (length == 0)
            return false;
        p += length;
    }
    return true;
}

void ChainText::appendJsonString(std::string &out, QByteArrayView utf8)
{
    if (!appendWellFormed(out, utf8)) {
        // Rows Tenet writes are always well-formed; for anything else, nlohmann's own
        // replacement, so that the text stays what it was before it was written here.
        const nlohmann::json value(std::string(utf8.data(), size_t(utf8.size())));
        out += value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
}

bool ChainText::appendWellFormed(std::string &out, QByteArrayView utf8)
{
    // What each byte asks for: 0 nothing, 1 an escape, 2 a multi-byte sequence to check.
    static constexpr auto kind = [] {
        std::array<unsigned char, 256> kinds {};
        for (int byte = 0; byte < 0x20; ++byte)
            kinds[byte] = 1;
        kinds['"'] = kinds['\\'] = 1;
        for (int byte = 0x80; byte < 0x100; ++byte)
            kinds[byte] = 2;
        return kinds;
    }();
    static constexpr char hex[] = "0123456789abcdef";

    const size_t start = out.size();
    const char *const data = utf8.data();
    const auto *const bytes = reinterpret_cast<const unsigned char *>(data);
    const qsizetype size = utf8.size();
    out += '"';
    qsizetype run = 0; // the start of the bytes not yet copied
    qsizetype i = 0;
    while (i < size) {
        const unsigned char byte = bytes[i];
        if (kind[byte] == 0) {
            ++i;
            continue;
        }
        if (kind[byte] == 2) {
            const qsizetype length = sequenceLength(bytes + i, bytes + size);
            if (length == 0) {
                out.resize(start);
                return false;
            }
            i += length;
            continue;
        }
        out.append(data + run, size_t(i - run));
        switch (byte) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 0xF];
        }
        run = ++i;
    }
    out.append(data + run, size_t(size - run));
    out += '"';
    return true;
}

} // namespace tenet::storage

#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace tenet::domain {

// What kind of failure an Error is; the CLI maps each kind to one exit status.
enum class ErrorKind {
    Usage,     // the request itself is malformed (a missing option, an unknown command)
    Invalid,   // the input is wrong: a bad file, an unknown key, a value out of range
    NotFound,  // the request names something that does not exist
    Refused,   // valid, but not allowed now: a role, a state or a conflict forbids it
    Integrity, // the stored data is damaged or has been tampered with
};

// A failure that says what went wrong and where (a file, a line, a JSON pointer, a field).
struct Error
{
    ErrorKind kind = ErrorKind::Invalid;
    QString where;
    QString message;

    // "where: message", or just the message when there is no place to name.
    QString toString() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }

    static Error usage(QString message) { return {ErrorKind::Usage, {}, std::move(message)}; }
    static Error invalid(QString where, QString message)
    {
        return {ErrorKind::Invalid, std::move(where), std::move(message)};
    }
    static Error notFound(QString message) { return {ErrorKind::NotFound, {}, std::move(message)}; }
    static Error refused(QString message) { return {ErrorKind::Refused, {}, std::move(message)}; }
    static Error integrity(QString where, QString message)
    {
        return {ErrorKind::Integrity, std::move(where), std::move(message)};
    }

    friend bool operator==(const Error &, const Error &) = default;
};

// Either a value or an Error; errors cross layer boundaries as values, never as exceptions.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) { }
    Result(Error error) : m_data(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_data); }
    const T &value() const & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// The result of an operation that produces nothing but may fail.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace tenet::domain

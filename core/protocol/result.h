#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace s2e {

// What kind of failure, for code that acts on it (a login dialog opens on Credentials, not
// on a message's wording); the message says the rest.
enum class ErrorCode {
    Failed, // none of the kinds below
    Timeout, // no answer in time
    Credentials, // user name or password refused
    Rejected, // the module answered that it refuses the command
    VerifyMismatch, // read back, the module holds other values than were written
    Cancelled, // the user stopped it
    Io, // a socket, port or file could not be used
    RefusedInput, // a value, key, file or image refused before anything was sent
    NotFound, // the module did not answer a search
    Busy, // another operation on the same module is running
};

// The error half of a Result: constructing a Result from it makes a failed one.
struct Failure
{
    QString message;
    ErrorCode code = ErrorCode::Failed;
};

// A value or an error message; C++20 has no std::expected.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Failure failure) : m_error(std::move(failure.message)), m_code(failure.code) { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    // Reading the value of a failed result is a bug: it stops there, with the error (for a
    // parameter lookup, the key's name), not with undefined behaviour.
    const T &value() const & { return checked(); }
    T &value() & { return const_cast<T &>(checked()); }
    T &&value() && { return std::move(const_cast<T &>(checked())); }
    const T &operator*() const { return checked(); }
    const T *operator->() const { return &checked(); }

    const QString &error() const { return m_error; }
    ErrorCode errorCode() const { return m_code; }
    // The failure as it is, to pass on.
    Failure failure() const { return Failure { m_error, m_code }; }

private:
    const T &checked() const
    {
        if (!m_value)
            qFatal("value of a failed Result: %s", qPrintable(m_error));
        return *m_value;
    }

    std::optional<T> m_value;
    QString m_error;
    ErrorCode m_code = ErrorCode::Failed;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Failure failure) : m_ok(false), m_error(std::move(failure.message)), m_code(failure.code) { }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString &error() const { return m_error; }
    ErrorCode errorCode() const { return m_code; }
    Failure failure() const { return Failure { m_error, m_code }; }

private:
    bool m_ok = true;
    QString m_error;
    ErrorCode m_code = ErrorCode::Failed;
};

// For parsers of the form `static std::optional<T> parse(…, QString *error)`: records why
// and gives the empty result, as in `return parseError(error, tr("…"));`.
inline std::nullopt_t parseError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace s2e

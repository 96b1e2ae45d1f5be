#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace s2e {

// The error half of a Result: constructing a Result from it makes a failed one.
struct Failure
{
    QString message;
};

// A value or an error message; C++20 has no std::expected.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Failure failure) : m_error(std::move(failure.message)) { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }

    const QString &error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Failure failure) : m_ok(false), m_error(std::move(failure.message)) { }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString &error() const { return m_error; }

private:
    bool m_ok = true;
    QString m_error;
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

#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace ll {

// Machine-readable error categories; the CLI maps some of them to distinct exit codes.
enum class ErrorCode {
    Ok = 0,
    InvalidInput,      // bad user input: phone, date, over-long text, invalid UTF-8
    NotFound,          // unknown id
    Conflict,          // uniqueness or state conflict
    WrongPassphrase,   // key unwrap failed: wrong passphrase or tampered key file
    KeyUnavailable,    // keychain has no entry / cannot be reached
    NotInitialised,    // no profile at that path
    AlreadyExists,     // profile already initialised
    EncryptionInactive,// SQLCipher is not really encrypting: refuse to continue
    Corrupt,           // integrity check failed or the file is not a Liuliang store
    Io,                // filesystem / disk full
    Database,          // other SQLite error
    PermissionDenied,
    Network,
    Tls,
    Internal,
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;

    static Error make(ErrorCode c, QString msg) { return Error{c, std::move(msg)}; }
};

// A small std::expected stand-in (GCC 12 in C++20 mode has no <expected>).
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_v); }
    const T& value() const& { return std::get<0>(m_v); }
    // By value: `for (auto& x : f().value())` must not iterate a destroyed temporary.
    T value() && { return std::get<0>(std::move(m_v)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }

    const Error& error() const { return std::get<1>(m_v); }
    ErrorCode code() const { return ok() ? ErrorCode::Ok : error().code; }
    QString message() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_v;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    ErrorCode code() const { return ok() ? ErrorCode::Ok : m_error->code; }
    QString message() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(ErrorCode c, const QString& msg) { return Error{c, msg}; }

} // namespace ll

// Propagate an error from an expression returning Result<...>/Status.
#define LL_TRY(expr)                                                                                         \
    do {                                                                                                     \
        auto&& ll_try_result_ = (expr);                                                                      \
        if (!ll_try_result_.ok())                                                                            \
            return ll_try_result_.error();                                                                   \
    } while (false)

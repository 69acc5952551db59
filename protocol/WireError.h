#pragma once

#include "Result.h"

#include <QJsonObject>

namespace ll {

// Machine-readable error codes carried on the wire in {"error":{"code":...,"message":...}}.
// They are stable API: clients branch on them, so never rename one.
namespace wire {
inline constexpr const char* BadJson = "bad_json";
inline constexpr const char* InvalidUtf8 = "invalid_utf8";
inline constexpr const char* UnknownField = "unknown_field";
inline constexpr const char* MissingField = "missing_field";
inline constexpr const char* WrongType = "wrong_type";
inline constexpr const char* InvalidValue = "invalid_value";
inline constexpr const char* StringTooLong = "string_too_long";
inline constexpr const char* TooMany = "too_many_items";
inline constexpr const char* BodyTooLarge = "body_too_large";
inline constexpr const char* Unauthorized = "unauthorized";
inline constexpr const char* TokenExpired = "token_expired";
inline constexpr const char* TokenRevoked = "token_revoked";
inline constexpr const char* BadCredentials = "bad_credentials";
inline constexpr const char* TooManyAttempts = "too_many_attempts";
inline constexpr const char* AccountDeparted = "account_departed";
inline constexpr const char* Forbidden = "forbidden";
inline constexpr const char* DeviceMismatch = "device_mismatch";
inline constexpr const char* NotFound = "not_found";
inline constexpr const char* MethodNotAllowed = "method_not_allowed";
inline constexpr const char* InvalidBlobId = "invalid_blob_id";
inline constexpr const char* HashMismatch = "hash_mismatch";
inline constexpr const char* OffsetMismatch = "offset_mismatch";
inline constexpr const char* RangeNotSatisfiable = "range_not_satisfiable";
inline constexpr const char* RecordDeleted = "record_deleted";
inline constexpr const char* ImmutableRecord = "immutable_record";
inline constexpr const char* ParentNotFound = "parent_not_found";
inline constexpr const char* InvalidOwner = "invalid_owner";
inline constexpr const char* StoreMismatch = "store_mismatch";
inline constexpr const char* ClockSkew = "clock_skew";
inline constexpr const char* Unavailable = "unavailable";
inline constexpr const char* Internal = "internal";
} // namespace wire

// A protocol error keeps its wire code as the prefix of Error::message ("code: detail") so the
// shared Result type can carry it without a protocol-specific error class.
Error wireError(const char* code, const QString& detail);
QString wireCode(const Error& error);
QString wireDetail(const Error& error);

// {"error":{"code":"...","message":"..."}}
QJsonObject errorBody(const QString& code, const QString& message);
QJsonObject errorBody(const Error& error);

} // namespace ll

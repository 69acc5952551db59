#pragma once

#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace ll::cli {

// Strict parsers for option values. Each failure is InvalidInput naming the option, so the user sees
// "--intent: expected a whole number from 0 to 3, got 'high'" rather than a silent default.

Result<qint64> parseInteger(const QString& option, const QString& text, qint64 min, qint64 max);
// YYYY-MM-DD and a real calendar day.
Result<QDate> parseDate(const QString& option, const QString& text);
// ISO 8601 date-time ("2026-05-01T14:30", optional seconds and offset/Z; local time without offset)
// or a plain date (midnight local time).
Result<QDateTime> parseDateTime(const QString& option, const QString& text);
// A non-negative money amount in yuan with at most two decimals ("12", "12.3", "12.34") as cents.
// Parsed as text, never through a double, so 0.29 stays 29 cents.
Result<qint64> parseAmountCents(const QString& option, const QString& text);

// Rejects any argument longer than this before it reaches the store: the per-field caps are checked by
// the repositories, this only stops a runaway value (a file pasted by mistake) early.
inline constexpr int MaxArgumentChars = 100000;

} // namespace ll::cli

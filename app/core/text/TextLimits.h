#pragma once

#include "util/Result.h"

#include <QString>

namespace ll {

// Caps on stored text. Over-long input is reported to the user, never silently truncated,
// so a guide never loses the end of a note without knowing.
namespace limits {
inline constexpr int kName = 100;
inline constexpr int kNickname = 100;
inline constexpr int kWechatId = 64;
inline constexpr int kCity = 64;
inline constexpr int kTag = 50;
inline constexpr int kNote = 20000;
} // namespace limits

// Number of characters as a user counts them: Unicode code points, so 😀 or 𠀀 is one, not two
// UTF-16 units. (This is also what SQLite's length() returns for the stored UTF-8.)
qsizetype characterCount(const QString& value);

// Ok if value has at most maxChars characters; otherwise InvalidInput with a translated
// message naming the field ("Name is too long: 120 characters (at most 100)").
Status checkLength(const QString& fieldLabel, const QString& value, int maxChars);

} // namespace ll

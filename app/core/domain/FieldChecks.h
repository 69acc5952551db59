#pragma once

#include "util/Result.h"

#include <QDate>
#include <QString>

namespace ll {

// Checks shared by the repositories so the CLI, the UI and import report the same reasons.
// Free text is checked for length (never truncated) and for characters that mean the input was
// damaged on the way in (U+FFFD from a failed decode, lone surrogates) or is not text at all.
enum class TextShape
{
    SingleLine,
    MultiLine
};

Status checkText(const QString& label, const QString& value, int maxChars,
                 TextShape shape = TextShape::SingleLine);

// Like checkText, and the value must not be empty after trimming.
Status checkRequiredText(const QString& label, const QString& value, int maxChars);

// A lower-case canonical UUID or empty; `label` names the field in the error.
Status checkOptionalId(const QString& label, const QString& value);

// Strict YYYY-MM-DD that names a real calendar day.
Result<QDate> parseIsoDate(const QString& label, const QString& value);

} // namespace ll

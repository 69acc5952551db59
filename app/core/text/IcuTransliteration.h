#pragma once

#include <QString>

namespace ll::icu_text {

// The ICU transforms the text module uses. Internal to app/core/text: callers outside it use
// ChineseText.h, which states the behaviour in Chinese-search terms.
enum class Transform
{
    TraditionalToSimplified, // "Traditional-Simplified" (CLDR's Hant-Hans table)
    HanToNumericPinyin,      // "Han-Latin/Names; Latin-NumericPinyin": 曾国藩 -> "zeng1guo2 fan1"
    AnyToAscii,              // "Any-Latin; Latin-ASCII": José -> Jose, Привет -> Privet
};

// Runs `text` through the transform. Creating a rule-based transliterator parses thousands of
// rules (milliseconds), and an icu::Transliterator instance must not be used by two threads at
// once, so each thread keeps its own clone of one shared prototype. If ICU cannot build the
// transform (data missing), the text is returned unchanged and a warning is logged once.
QString transliterate(Transform transform, const QString& text);

// The whole text through the rule engine in one go, with none of transliterate()'s shortcuts; the
// reference the shortcuts are tested against.
QString transliterateWhole(Transform transform, const QString& text);
// Whether transliterate() converts runs of the transform's source characters one by one, memoised
// (true for Traditional-Simplified while ICU's table stays a plain one).
bool convertsByRuns(Transform transform);

// NFKC + case folding + removal of default-ignorable code points (ICU's NFKC_Casefold):
// full-width "ＴＯＭ１２３" -> "tom123", zero-width joiners dropped.
QString nfkcCasefold(const QString& text);

} // namespace ll::icu_text

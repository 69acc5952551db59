#pragma once

#include <QString>
#include <QStringList>

// Chinese-aware text helpers for search: folding and pinyin. All functions are pure and
// thread-safe; the ICU transliterators behind them are cached per thread (see IcuTransliteration.h).
namespace ll {

// Traditional -> Simplified Chinese with ICU's "Traditional-Simplified": 張三 -> 张三.
// Non-Han text is returned unchanged.
QString toSimplified(const QString& s);

// The form both indexed text and typed queries are compared in: NFKC with case folding
// (full-width "ＴＯＭ" -> "tom", zero-width characters dropped), Traditional -> Simplified,
// whitespace trimmed and collapsed to single spaces.
QString foldForSearch(const QString& s);

// Toneless pinyin, no spaces: "张三" -> "zhangsan". Latin letters and digits are kept,
// lower-cased ("Tom张" -> "tomzhang"), letters of other scripts transliterated to ASCII
// ("José" -> "jose"); punctuation and emoji are dropped.
// Readings are ICU's "Han-Latin/Names": one reading per character chosen by ICU's word and
// surname rules (重庆 -> chongqing, 曾国藩 -> zengguofan, but 银行 -> yinxing). ü is written "v"
// (吕 -> "lv"), as Chinese pinyin input methods do.
QString pinyin(const QString& s);

// The same as pinyin(), one entry per Han character or Latin/digit word: {"zhang", "san"}.
QStringList pinyinSyllables(const QString& s);

// First letter of every syllable or word: "张三丰" -> "zsf", "Tom张" -> "tz".
QString pinyinInitials(const QString& s);

// True if s contains at least one character of the Han script.
bool containsHan(const QString& s);

// Builds the process-wide ICU transforms now. The first pinyin() otherwise pays for parsing
// ICU's Han-Latin rules (about 0.1-0.4 s); call this from a background thread at start-up so
// the first search keystroke does not. Optional and idempotent; safe from any thread.
void prepareChineseText();

} // namespace ll

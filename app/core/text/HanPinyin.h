#pragma once

#include <QStringList>

namespace ll {

// Toneless pinyin of a run of Han characters, exactly one entry per character, each [a-z]*
// ("" for a character ICU has no reading for). ü is written "v". Internal to app/core/text;
// public callers use pinyinSyllables() in ChineseText.h.
QStringList hanRunSyllables(const QString& hanRun);

} // namespace ll

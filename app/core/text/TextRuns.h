#pragma once

#include <QList>
#include <QString>

namespace ll {

// A piece of folded text that search treats as one unit. Only two shapes exist, which are
// exactly the token shapes the SQLite FTS "simple" tokenizer keeps intact:
//   Han  - a run of consecutive Han characters (indexed as unigrams and bigrams);
//   Word - a run matching [a-z0-9]+ (Latin words, digits, transliterated other scripts).
struct TextRun
{
    enum class Kind
    {
        Han,
        Word
    };
    Kind kind = Kind::Word;
    QString text;

    bool operator==(const TextRun&) const = default;
};

// Longest Word run kept; longer runs are cut so one pasted blob cannot make a huge token.
inline constexpr int kMaxWordLength = 64;

// Splits text that went through foldForSearch() into runs. Letters of other scripts
// (é, кириллица, かな) are transliterated to ASCII with ICU first so that they become Words
// instead of bytes the FTS tokenizer would treat as opaque. Punctuation, symbols and emoji
// separate runs and are dropped.
QList<TextRun> splitRuns(const QString& folded);

// The code points of a string, for walking Han text character by character (CJK Extension B+
// characters are surrogate pairs in UTF-16).
QList<QString> codePointStrings(const QString& s);

} // namespace ll

#pragma once

#include <QString>
#include <QStringList>

// Search over Chinese contacts with SQLite FTS4 and its built-in "simple" tokenizer, which
// cannot segment Chinese: it splits on ASCII non-alphanumerics, lower-cases ASCII and treats
// every byte >= 0x80 as part of a token. So we tokenise ourselves and hand FTS a string of
// ready-made tokens, each either [a-z0-9]+ or a run of Han characters, separated by single spaces.
// The table is expected to be: fts4(tokens, tokenize=simple, prefix="1,2,3").
namespace ll {

struct SearchDocument
{
    QString name;
    QString nickname;
    QString wechatId;
    QStringList phones;
    QString city;
    QString notes;
};

// Tokens for one contact (deduplicated, order stable):
// - Han unigrams and bigrams of name, nickname, city and notes, in Simplified Chinese;
// - lower-cased Latin/digit words of every field (other scripts transliterated to ASCII);
// - for name and nickname: joined pinyin ("zhangsan"), each later syllable start ("san"), and
//   initials ("zs", only for two or more syllables); for city the joined pinyin ("beijing");
// - WeChat id words and the id with punctuation removed ("zhang_san88" -> zhang san88 zhangsan88);
// - each phone's normalised digits and "r" + the digits reversed ("r00083100831"), which turns
//   a suffix search ("8000") into a prefix search.
// Bounded: notes contribute at most kMaxNoteTokens tokens, other fields are read up to
// kMaxFieldChars characters, pinyin up to kMaxPinyinSyllables syllables, phones up to kMaxPhones.
QString searchTokensFor(const SearchDocument& d);

// An FTS4 MATCH expression for what the user typed, or "" when nothing searchable remains.
// User text never reaches FTS raw: the query is folded (full-width, case, Traditional ->
// Simplified) and split into runs, and only tokens of the two allowed shapes are emitted, each
// quoted by us, ANDed across runs:
//   Han run      -> its bigrams ("张三丰" -> "张三" "三丰"), or the character itself;
//   Latin/digits -> prefix match "tom*" (hits words, pinyin, syllable starts and initials);
//   digits (>=3) -> ("138001*" OR "r100831*"): a phone prefix or suffix.
// The OR group is parenthesised: parentheses are ignored by FTS's standard query syntax (where
// OR already binds tighter than the implicit AND) and required by the enhanced syntax
// (SQLITE_ENABLE_FTS3_PARENTHESIS), so the expression means the same under both builds.
QString searchMatchExpression(const QString& userQuery);

inline constexpr int kMaxNoteTokens = 256;
inline constexpr int kMaxFieldChars = 100;
inline constexpr int kMaxPhones = 20;
inline constexpr int kMaxPinyinSyllables = 16;
inline constexpr int kMaxQueryTerms = 12;

} // namespace ll

#pragma once

#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <cstdint>

namespace ll {

// The tokens of one search document, each kept once, in first-seen order (stable output is easier to test
// and diff), joined by single spaces. This is the hottest code of indexing, so a token is hashed cheaply
// (StringViewHash.h) into a small open-addressing table, and the tokens and the table live on the stack
// for a typical document: the joined text is allocated once, at its exact size, as the result. Documents
// are bounded (kMaxNoteTokens etc.), so the table stays small. Internal to app/core/text.
class TokenSink
{
public:
    TokenSink();

    // Adds the token unless it is empty or already there; returns whether it was added.
    bool add(QStringView token);

    // The tokens so far, joined by single spaces; a null string if there are none.
    QString joined() const;

private:
    struct Token
    {
        std::uint32_t hash;
        qsizetype offset; // into m_text
        qsizetype length;
    };
    QStringView textOf(const Token& t) const { return QStringView(m_text.constData() + t.offset, t.length); }
    void insertSlot(qsizetype index);
    void grow();

    static constexpr qsizetype kInlineTokens = 64;
    QVarLengthArray<char16_t, 1024> m_text; // the joined tokens
    QVarLengthArray<Token, kInlineTokens> m_tokens;
    // Index + 1 into m_tokens, 0 for a free slot; a power of two, at most half full.
    QVarLengthArray<std::uint32_t, 2 * kInlineTokens> m_slots;
};

} // namespace ll

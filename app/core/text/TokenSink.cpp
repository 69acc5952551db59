#include "text/TokenSink.h"

#include "text/StringViewHash.h"

#include <algorithm>

namespace ll {

TokenSink::TokenSink()
{
    m_slots.resize(2 * kInlineTokens);
    std::fill(m_slots.begin(), m_slots.end(), 0);
}

bool TokenSink::add(QStringView token)
{
    if (token.isEmpty())
        return false;
    // Unseeded: a document's tokens are bounded, so even colliding ones cost bounded time.
    const auto hash = std::uint32_t(stringViewHash(token, 0));
    const auto mask = std::size_t(m_slots.size() - 1);
    for (std::size_t i = hash & mask; m_slots[qsizetype(i)] != 0; i = (i + 1) & mask) {
        const Token& seen = m_tokens[qsizetype(m_slots[qsizetype(i)] - 1)];
        if (seen.hash == hash && textOf(seen) == token)
            return false;
    }
    if (!m_text.isEmpty())
        m_text.append(u' ');
    m_tokens.append({hash, m_text.size(), token.size()});
    m_text.append(token.utf16(), token.size());
    if (2 * m_tokens.size() > m_slots.size())
        grow();
    else
        insertSlot(m_tokens.size() - 1);
    return true;
}

QString TokenSink::joined() const
{
    // Null, not empty, for no tokens: what QStringList::join gave before.
    if (m_text.isEmpty())
        return QString();
    return QString(reinterpret_cast<const QChar*>(m_text.constData()), m_text.size());
}

void TokenSink::insertSlot(qsizetype index)
{
    const auto mask = std::size_t(m_slots.size() - 1);
    std::size_t i = m_tokens[index].hash & mask;
    while (m_slots[qsizetype(i)] != 0)
        i = (i + 1) & mask;
    m_slots[qsizetype(i)] = std::uint32_t(index + 1);
}

void TokenSink::grow()
{
    m_slots.resize(2 * m_slots.size());
    std::fill(m_slots.begin(), m_slots.end(), 0);
    for (qsizetype i = 0; i < m_tokens.size(); ++i)
        insertSlot(i);
}

} // namespace ll

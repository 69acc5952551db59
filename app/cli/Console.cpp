#include "Console.h"

#include <QList>

#include <cstdio>

namespace ll::cli {

namespace {

void write(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

bool isUnsafe(char32_t c)
{
    if (c == U'\n' || c == U'\t')
        return false;
    if (c < 0x20 || (c >= 0x7f && c < 0xa0))
        return true;
    // Bidirectional embeddings, overrides and isolates can reorder what the terminal shows.
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

void writeOut(const QString& text)
{
    write(stdout, text);
}
void writeErr(const QString& text)
{
    write(stderr, text);
}

QString forTerminal(const QString& text)
{
    QString safe;
    safe.reserve(text.size());
    for (char32_t c : text.toUcs4())
        safe += isUnsafe(c) ? QString(QChar(0xfffd)) : QString::fromUcs4(&c, 1);
    return safe;
}

} // namespace ll::cli

// vCard escaping and folding over arbitrary text: escaped values never contain a raw line break or an
// unescaped separator, folded lines stay within 75 octets, never split a UTF-8 sequence, and unfold back.
#include "importer/VCard.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

namespace {

QString unescape(const QString& escaped)
{
    QString out;
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        const QChar c = escaped.at(i);
        if (c != u'\\' || i + 1 == escaped.size()) {
            out += c;
            continue;
        }
        const QChar next = escaped.at(++i);
        out += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString escaped = ll::vcard::escapeText(text);
    if (escaped.contains(u'\n') || escaped.contains(u'\r'))
        abort();
    // Line breaks of any style become \n; everything else must survive the round trip.
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    if (unescape(escaped) != normalised)
        abort();

    const QByteArray folded = ll::vcard::foldLine(QStringLiteral("NOTE:") + escaped);
    if (!folded.endsWith("\r\n"))
        abort();
    QByteArray unfolded;
    for (const QByteArray& line : folded.chopped(2).split('\n')) {
        QByteArray l = line;
        if (l.endsWith('\r'))
            l.chop(1);
        if (l.size() > 75)
            abort();
        if (!unfolded.isEmpty()) {
            if (!l.startsWith(' '))
                abort();
            l.remove(0, 1);
        }
        // A continuation never starts inside a UTF-8 sequence.
        if (!l.isEmpty() && (uchar(l.at(0)) & 0xC0) == 0x80)
            abort();
        unfolded += l;
    }
    if (unfolded != (QStringLiteral("NOTE:") + escaped).toUtf8())
        abort();
    return 0;
}

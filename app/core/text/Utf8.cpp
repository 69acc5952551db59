#include "text/Utf8.h"

#include <unicode/utf8.h>

namespace ll {

bool isValidUtf8(const QByteArray& bytes)
{
    // ICU's U8_NEXT implements the Unicode well-formedness table (since ICU 60 it rejects
    // surrogates and overlongs), so there is no hand-written decoder here.
    const auto* s = reinterpret_cast<const uint8_t*>(bytes.constData());
    const auto length = int32_t(bytes.size());
    if (qsizetype(length) != bytes.size())
        return false; // > 2 GiB: not something we accept as text anyway
    int32_t i = 0;
    while (i < length) {
        if (s[i] < 0x80) { // ASCII fast path
            ++i;
            continue;
        }
        UChar32 c = 0;
        U8_NEXT(s, i, length, c);
        if (c < 0)
            return false;
    }
    return true;
}

} // namespace ll

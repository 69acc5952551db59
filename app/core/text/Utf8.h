#pragma once

#include <QByteArray>

namespace ll {

// True if bytes are well-formed UTF-8 as Unicode defines it: no overlong forms, no encoded
// surrogates (U+D800..U+DFFF, i.e. no CESU-8), nothing above U+10FFFF, no stray continuation
// bytes or truncated sequences. U+0000 is well-formed. Use before trusting imported bytes.
bool isValidUtf8(const QByteArray& bytes);

} // namespace ll

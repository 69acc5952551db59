#pragma once

#include "Result.h"

#include <QByteArray>

namespace ll::server {

// gzip framing (RFC 1952) via zlib; qCompress writes zlib framing that HTTP clients reject.
QByteArray gzipCompress(const QByteArray& data);
// Refuses to inflate past maxBytes so a small bomb cannot exhaust memory.
Result<QByteArray> gzipDecompress(const QByteArray& data, qsizetype maxBytes);

} // namespace ll::server

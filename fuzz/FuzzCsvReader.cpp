// Any bytes as a lead file: encoding detection, decoding and RFC 4180 parsing must never crash, hang or
// read out of bounds, and must account for every byte.
#include "importer/CsvReader.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    auto reader = ll::CsvReader::open(device);
    if (!reader.ok())
        return 0;
    ll::CsvRecord record;
    qint64 lastLine = 0;
    int records = 0;
    while (reader.value()->next(record)) {
        // Records come in file order, each from a line at or after the previous one.
        if (record.line < lastLine || ++records > int(size) + 1)
            abort();
        lastLine = record.line;
    }
    if (reader.value()->bytesRead() != qint64(size))
        abort();
    return 0;
}

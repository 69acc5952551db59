#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace ll {

// The character set of an imported text file. Ad-platform exports arrive as UTF-8 (with or without a
// BOM, Excel adds one) or, from Chinese Windows, as GBK/GB18030; UTF-16 comes from Excel's "Unicode text".
struct DetectedEncoding
{
    QString name;         // ICU converter name: "UTF-8", "GB18030", "UTF-16LE", "UTF-16BE", "Big5", ...
    int bomLength = 0;    // bytes to skip at the start of the file
    int confidence = 100; // 0..100; 100 for a BOM or well-formed UTF-8
};

// Decides the encoding from the first bytes of a file (a sample of a few tens of KiB is plenty):
//  1. a byte order mark wins;
//  2. a sample that is well-formed UTF-8 is UTF-8 (GBK text with any Chinese in it practically never is);
//  3. otherwise ICU's charset detector (ucsdet) decides; when it is unsure or names a single-byte
//     Western charset, GB18030 is assumed, because that is what a non-UTF-8 Chinese export is.
// `sampleIsWholeFile` says whether a multi-byte sequence cut at the end of the sample is an error.
DetectedEncoding detectEncoding(const QByteArray& sample, bool sampleIsWholeFile);

// Incremental bytes → UTF-16 conversion with ICU's ucnv, so a character split across two reads is
// decoded correctly. Malformed bytes become U+FFFD (the importer rejects rows that contain one).
class TextDecoder
{
public:
    // InvalidInput when ICU does not know the encoding name.
    static Result<std::unique_ptr<TextDecoder>> create(const QString& encodingName);
    ~TextDecoder();
    TextDecoder(const TextDecoder&) = delete;
    TextDecoder& operator=(const TextDecoder&) = delete;

    // Appends the text of `bytes` to `out`; with `flush` the end of input is signalled (a dangling
    // partial sequence becomes U+FFFD).
    void decode(const char* bytes, qsizetype size, bool flush, QString& out);

private:
    explicit TextDecoder(void* converter);
    void* m_converter;
};

// Encodes text with an ICU converter (used by tests and tools that must produce GB18030 files).
Result<QByteArray> encodeText(const QString& text, const QString& encodingName);

} // namespace ll

#include "importer/TextDecoding.h"

#include "text/Utf8.h"

#include <QCoreApplication>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf8.h>

namespace ll {

namespace {

// Messages of this file, filed under ll::LeadImporter for lupdate and at run time alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::LeadImporter)
};

// Well-formed UTF-8, except that a sequence cut off by the end of a sample is allowed.
bool looksLikeUtf8(const QByteArray& sample, bool sampleIsWholeFile)
{
    if (isValidUtf8(sample))
        return true;
    if (sampleIsWholeFile)
        return false;
    // Drop at most 3 trailing bytes of an unfinished sequence and look again.
    for (int cut = 1; cut <= 3 && cut < sample.size(); ++cut) {
        const auto lead = static_cast<unsigned char>(sample.at(sample.size() - cut));
        if (lead >= 0xC0)
            return isValidUtf8(sample.left(sample.size() - cut));
        if (lead < 0x80)
            break;
    }
    return false;
}

QString icuDetect(const QByteArray& sample, int& confidence)
{
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector* detector = ucsdet_open(&status);
    if (U_FAILURE(status))
        return {};
    ucsdet_setText(detector, sample.constData(), int32_t(qMin<qsizetype>(sample.size(), 1 << 20)), &status);
    const UCharsetMatch* match = ucsdet_detect(detector, &status);
    QString name;
    if (U_SUCCESS(status) && match) {
        name = QString::fromLatin1(ucsdet_getName(match, &status));
        confidence = ucsdet_getConfidence(match, &status);
    }
    ucsdet_close(detector);
    return U_SUCCESS(status) ? name : QString();
}

} // namespace

DetectedEncoding detectEncoding(const QByteArray& sample, bool sampleIsWholeFile)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return {QStringLiteral("UTF-8"), 3, 100};
    if (sample.startsWith("\xFF\xFE"))
        return {QStringLiteral("UTF-16LE"), 2, 100};
    if (sample.startsWith("\xFE\xFF"))
        return {QStringLiteral("UTF-16BE"), 2, 100};
    if (sample.startsWith("\x84\x31\x95\x33"))
        return {QStringLiteral("GB18030"), 4, 100};
    if (looksLikeUtf8(sample, sampleIsWholeFile))
        return {QStringLiteral("UTF-8"), 0, 100};

    int confidence = 0;
    const QString name = icuDetect(sample, confidence);
    // ucsdet reports GB18030 for GB2312/GBK text; Big5 and the UTF-16 forms are taken as reported.
    // Anything else (ISO-8859-x, windows-125x, ...) on a file that is not UTF-8 is far more likely a
    // GBK export with few Chinese characters than a Western one, so GB18030 is assumed.
    for (const char* accepted : {"GB18030", "Big5", "UTF-16LE", "UTF-16BE", "Shift_JIS", "EUC-KR"}) {
        if (name == QLatin1String(accepted) && (confidence >= 30 || name == QLatin1String("GB18030")))
            return {name, 0, confidence};
    }
    return {QStringLiteral("GB18030"), 0, confidence};
}

Result<std::unique_ptr<TextDecoder>> TextDecoder::create(const QString& encodingName)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter* converter = ucnv_open(encodingName.toLatin1().constData(), &status);
    if (U_FAILURE(status) || !converter)
        return makeError(ErrorCode::InvalidInput, Text::tr("Unknown text encoding %1").arg(encodingName));
    // Substitute (U+FFFD) rather than stop: one bad byte rejects its row, not the whole file.
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_SUBSTITUTE, nullptr, nullptr, nullptr, &status);
    return std::unique_ptr<TextDecoder>(new TextDecoder(converter));
}

TextDecoder::TextDecoder(void* converter)
    : m_converter(converter)
{}

TextDecoder::~TextDecoder()
{
    ucnv_close(static_cast<UConverter*>(m_converter));
}

void TextDecoder::decode(const char* bytes, qsizetype size, bool flush, QString& out)
{
    auto* converter = static_cast<UConverter*>(m_converter);
    const char* source = bytes;
    const char* sourceLimit = bytes + size;
    UChar buffer[8192];
    while (true) {
        UChar* target = buffer;
        UErrorCode status = U_ZERO_ERROR;
        ucnv_toUnicode(converter, &target, buffer + std::size(buffer), &source, sourceLimit, nullptr, flush,
                       &status);
        const qsizetype produced = target - buffer;
        out.append(reinterpret_cast<const QChar*>(buffer), produced);
        if (status == U_BUFFER_OVERFLOW_ERROR)
            continue;
        break;
    }
}

Result<QByteArray> encodeText(const QString& text, const QString& encodingName)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter* converter = ucnv_open(encodingName.toLatin1().constData(), &status);
    if (U_FAILURE(status) || !converter)
        return makeError(ErrorCode::InvalidInput, Text::tr("Unknown text encoding %1").arg(encodingName));
    ucnv_setFromUCallBack(converter, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QByteArray out(int(text.size()) * 4 + 16, Qt::Uninitialized);
    status = U_ZERO_ERROR;
    const int32_t written =
        ucnv_fromUChars(converter, out.data(), int32_t(out.size()),
                        reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()), &status);
    ucnv_close(converter);
    if (U_FAILURE(status))
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The text cannot be written in %1").arg(encodingName));
    out.resize(written);
    return out;
}

} // namespace ll

#include "text/PhoneNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ll {
namespace {

constexpr int kMinDigits = 5;
constexpr int kMaxDigits = 20;
constexpr int kMaxExtensionDigits = 6;

// Messages of this file, filed under ll::PhoneNumber for lupdate and at run time alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::PhoneNumber)
};

Error invalid(const QString& reason)
{
    return makeError(ErrorCode::InvalidInput, reason);
}

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !s.isEmpty();
}

bool isMobileDigits(QStringView d)
{
    return d.size() == 11 && d[0] == u'1' && d[1] >= u'3' && d[1] <= u'9' && allDigits(d);
}

// Trunk 0, then a 2-digit area code for Beijing (10) and the 2x region (Shanghai 21, Guangzhou 20,
// ...), 3 digits elsewhere; then a 7-8 digit local number, which never starts with 0.
int landlineAreaLength(QStringView d)
{
    if (d.size() < 10 || d[0] != u'0' || !allDigits(d))
        return 0;
    if (d[1] == u'0' || (d[1] == u'1' && d[2] != u'0'))
        return 0; // "00" is an international prefix; 010 is the only area code starting 01
    const int area = (d[1] == u'1' || d[1] == u'2') ? 3 : 4;
    const qsizetype local = d.size() - area;
    if (local < 7 || local > 8 || d[area] == u'0')
        return 0;
    return area;
}

bool isSeparator(QChar c)
{
    return c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'\t' || c == u'/';
}

struct Split
{
    QString main;
    QString extension;
    bool hasMarker = false;
};

// Everything after an extension marker is the extension: 转 / 分机 (Chinese), ext / x / # / ,.
Split splitExtension(const QString& s)
{
    // QRegularExpression is reentrant, not thread-safe: one instance per thread.
    thread_local const QRegularExpression marker(QStringLiteral("(转|分机|ext\\.?|x|#|,|;)"),
                                                 QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = marker.match(s);
    if (!m.hasMatch())
        return {s, {}, false};
    QString ext = s.mid(m.capturedEnd());
    ext.remove(QLatin1Char(' '));
    ext.remove(QLatin1Char('-'));
    return {s.left(m.capturedStart()), ext, true};
}

} // namespace

PhoneNumber::PhoneNumber(Kind kind, QString digits, QString extension, bool international)
    : m_kind(kind)
    , m_digits(std::move(digits))
    , m_extension(std::move(extension))
    , m_international(international)
{}

Result<PhoneNumber> PhoneNumber::parse(const QString& raw)
{
    // Most numbers are stored and imported as 11 plain mobile digits, which the steps below would return
    // unchanged; normalising and matching the extension pattern cost more than the rest of parsing.
    if (isMobileDigits(raw))
        return PhoneNumber(Kind::Mobile, raw, {}, false);
    // NFKC turns full-width digits and （）－＋ into ASCII, and the ideographic space into ' '.
    QString s = raw.normalized(QString::NormalizationForm_KC).trimmed();
    if (s.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
        s = s.mid(4).trimmed();
    if (s.isEmpty())
        return invalid(Text::tr("The phone number is empty."));

    const Split split = splitExtension(s);
    if (split.hasMarker && !(allDigits(split.extension) && split.extension.size() <= kMaxExtensionDigits))
        return invalid(Text::tr("The extension must be 1 to 6 digits."));

    // Collect digits and the digit groups the separators delimit (for "010-12345678-123").
    QString digits;
    QStringList groups{QString()};
    bool plus = false;
    for (qsizetype i = 0; i < split.main.size(); ++i) {
        const QChar c = split.main.at(i);
        if (c.isDigit() && c.unicode() < 0x80) {
            digits.append(c);
            groups.last().append(c);
        } else if (c == u'+' && digits.isEmpty() && !plus) {
            plus = true;
        } else if (isSeparator(c)) {
            if (!groups.last().isEmpty())
                groups.append(QString());
        } else {
            return invalid(Text::tr("The phone number contains “%1”, which is not a digit.").arg(c));
        }
    }
    if (groups.last().isEmpty())
        groups.removeLast();
    if (digits.isEmpty())
        return invalid(Text::tr("The phone number contains no digits."));

    // Country prefix. Only 86 is unwrapped; other countries stay whole as an Other number.
    bool explicitCountry = false;
    QString national = digits;
    if (plus || digits.startsWith(QLatin1String("00"))) {
        const QString international = plus ? digits : digits.mid(2);
        if (!international.startsWith(QLatin1String("86"))) {
            if (international.size() < kMinDigits || international.size() > kMaxDigits)
                return invalid(Text::tr("An international number must have 5 to 20 digits."));
            return PhoneNumber(Kind::Other, international, split.extension, true);
        }
        explicitCountry = true;
        national = international.mid(2);
        if (!national.startsWith(u'0') && !isMobileDigits(national))
            national.prepend(u'0'); // +86 10 ... drops the trunk 0 of a landline
    } else if (digits.size() == 13 && digits.startsWith(QLatin1String("86")) &&
               isMobileDigits(digits.mid(2))) {
        national = digits.mid(2);
    }

    if (isMobileDigits(national)) {
        if (!split.extension.isEmpty())
            return invalid(Text::tr("A mobile number cannot have an extension."));
        return PhoneNumber(Kind::Mobile, national, {}, false);
    }
    if (landlineAreaLength(national) > 0)
        return PhoneNumber(Kind::Landline, national, split.extension, false);
    // "010-12345678-123": a last group that is not part of a valid landline is its extension.
    if (!split.hasMarker && groups.size() >= 3 && groups.last().size() <= kMaxExtensionDigits) {
        const QString withoutLast = national.left(national.size() - groups.last().size());
        if (landlineAreaLength(withoutLast) > 0)
            return PhoneNumber(Kind::Landline, withoutLast, groups.last(), false);
    }
    if (explicitCountry)
        return invalid(Text::tr("After +86 a Chinese mobile or landline number is expected."));
    // A 1x number of mobile length is a mistyped mobile far more often than a service number;
    // accepting it as Other would defeat duplicate detection.
    if (national.size() >= 10 && national[0] == u'1' && national[1] >= u'3')
        return invalid(Text::tr("A mobile number has 11 digits; this one has %1.").arg(national.size()));
    if (national.size() == 11 && national[0] == u'1')
        return invalid(Text::tr("This is not a valid mobile number: mobile numbers start with 13 to 19."));
    if (national.size() < kMinDigits)
        return invalid(
            Text::tr("The phone number is too short (%1 digits, at least 5).").arg(national.size()));
    if (national.size() > kMaxDigits)
        return invalid(
            Text::tr("The phone number is too long (%1 digits, at most 20).").arg(national.size()));
    return PhoneNumber(Kind::Other, national, split.extension, false);
}

int PhoneNumber::areaCodeLength() const
{
    return m_kind == Kind::Landline ? landlineAreaLength(m_digits) : 0;
}

QString PhoneNumber::display() const
{
    QString out;
    switch (m_kind) {
    case Kind::Mobile:
        out = m_digits.left(3) + u' ' + m_digits.mid(3, 4) + u' ' + m_digits.mid(7);
        break;
    case Kind::Landline:
        out = m_digits.left(areaCodeLength()) + u'-' + m_digits.mid(areaCodeLength());
        break;
    case Kind::Other:
        // 400/800 company hotlines are written 400-810-8888 everywhere in China.
        if (!m_international && m_digits.size() == 10 &&
            (m_digits.startsWith(QLatin1String("400")) || m_digits.startsWith(QLatin1String("800"))))
            out = m_digits.left(3) + u'-' + m_digits.mid(3, 3) + u'-' + m_digits.mid(6);
        else
            out = (m_international ? QStringLiteral("+") : QString()) + m_digits;
        break;
    }
    if (!m_extension.isEmpty())
        out += u'-' + m_extension;
    return out;
}

QString PhoneNumber::masked() const
{
    const auto stars = [](qsizetype n) { return QString(n, u'*'); };
    switch (m_kind) {
    case Kind::Mobile:
        return m_digits.left(3) + stars(4) + m_digits.right(4);
    case Kind::Landline: {
        const QString local = m_digits.mid(areaCodeLength());
        return m_digits.left(areaCodeLength()) + u'-' + stars(local.size() - 4) + local.right(4);
    }
    case Kind::Other:
        break;
    }
    const QString prefix = m_international ? QStringLiteral("+") : QString();
    if (m_digits.size() >= 9)
        return prefix + m_digits.left(3) + stars(m_digits.size() - 7) + m_digits.right(4);
    return prefix + stars(m_digits.size() - 2) + m_digits.right(2);
}

} // namespace ll

#pragma once

#include "util/Result.h"

#include <QString>

namespace ll {

// A Chinese phone number, validated and normalised at construction, so two spellings of the
// same number ("+86 138-0013-8000", "１３８００１３８０００") compare equal — the basis of
// duplicate detection when leads are imported.
class PhoneNumber
{
public:
    enum class Kind
    {
        Mobile,
        Landline,
        Other
    };

    // Accepts the ways numbers arrive from ad-platform exports and people typing them:
    // - full-width digits and punctuation (NFKC), spaces, dashes, dots, brackets, a "tel:" prefix;
    // - a +86 / 0086 / 86 country prefix before a valid mobile ("86" alone is only stripped then,
    //   because bare 86... may be a real local number); after an explicit +86 / 0086 a landline
    //   without its trunk 0 ("+86 10 1234 5678") is also understood;
    // - Mobile: 1[3-9] + 9 digits. Landline: 0 + area code (10, 2x: 2 digits; else 3 digits) +
    //   7-8 digit local number, optional extension ("010-12345678-123", "转 123", "ext 123", "#123").
    // - Other: anything else of 5..20 digits (95588, 400-810-8888, foreign numbers).
    // Rejected with ErrorCode::InvalidInput and a translated reason: empty, letters or other
    // characters, fewer than 5 / more than 20 digits, and 10-12 digit numbers starting with 1
    // that are not valid mobiles (almost always a mistyped mobile, which must not slip in as Other).
    static Result<PhoneNumber> parse(const QString& raw);

    Kind kind() const { return m_kind; }
    bool isMobile() const { return m_kind == Kind::Mobile; }

    // Normalised digits without country prefix or extension: "13800138000", "01012345678".
    // For an Other number written with + or 00 the country code is kept: "+44 20..." -> "4420...".
    QString digits() const { return m_digits; }
    // Landline extension digits, or empty.
    QString extension() const { return m_extension; }
    // True for an Other number written with an international prefix (+ or 00).
    bool isInternational() const { return m_international; }

    // "138 0013 8000", "010-12345678", "0755-1234567-88", "400-810-8888", "+442079460958".
    QString display() const;
    // For screens and logs that must not show the full number: "138****8000", "010-****5678",
    // "400***8888". The extension is never shown.
    QString masked() const;

    bool operator==(const PhoneNumber& other) const = default;

private:
    PhoneNumber(Kind kind, QString digits, QString extension, bool international);

    int areaCodeLength() const;

    Kind m_kind = Kind::Other;
    QString m_digits;
    QString m_extension;
    bool m_international = false;
};

} // namespace ll

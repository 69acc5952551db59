#include "domain/ContactValidation.h"

#include "domain/FieldChecks.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ll {

namespace {

// Messages of this file, filed under ll::ContactRepository for lupdate and at run time alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::ContactRepository)
};

Result<QList<PhoneNumber>> parsePhones(const QStringList& raw)
{
    QList<PhoneNumber> phones;
    QStringList seen;
    for (const QString& text : raw) {
        auto parsed = PhoneNumber::parse(text);
        if (!parsed.ok())
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("Invalid phone number %1: %2").arg(text.left(40), parsed.message()));
        // The store keeps digits only; an extension would be dropped without the user knowing.
        if (!parsed->extension().isEmpty())
            return makeError(
                ErrorCode::InvalidInput,
                Text::tr("Invalid phone number %1: extensions cannot be stored; put the extension "
                         "in the notes")
                    .arg(text.left(40)));
        const QString element = phoneElement(parsed.value());
        if (seen.contains(element))
            continue;
        seen << element;
        phones << parsed.value();
    }
    if (phones.size() > ContactLimits::Phones)
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("A contact can have at most %1 phone numbers; %2 were given")
                             .arg(ContactLimits::Phones)
                             .arg(phones.size()));
    return phones;
}

Status singleLine(const std::optional<QString>& from, std::optional<QString>& to, const QString& label,
                  int maxChars)
{
    if (!from)
        return {};
    const QString trimmed = from->trimmed();
    LL_TRY(checkText(label, trimmed, maxChars));
    to = trimmed;
    return {};
}

Status phoneList(const std::optional<QStringList>& from, std::optional<QList<PhoneNumber>>& to)
{
    if (!from)
        return {};
    auto phones = parsePhones(*from);
    if (!phones.ok())
        return phones.error();
    to = phones.value();
    return {};
}

} // namespace

QString phoneElement(const PhoneNumber& phone)
{
    return phone.isInternational() ? QLatin1Char('+') + phone.digits() : phone.digits();
}

Result<ValidContactInput> validateContactInput(const ContactInput& in, const QDate& today)
{
    ValidContactInput out;
    LL_TRY(singleLine(in.name, out.name, Text::tr("Name"), ContactLimits::Name));
    LL_TRY(singleLine(in.nickname, out.nickname, Text::tr("Nickname"), ContactLimits::Nickname));
    LL_TRY(singleLine(in.city, out.city, Text::tr("City"), ContactLimits::City));
    LL_TRY(singleLine(in.source, out.source, Text::tr("Source channel"), ContactLimits::Source));

    if (in.wechatId) {
        // WeChat IDs are ASCII letters, digits, '_' and '-' (legacy accounts: QQ numbers, e-mail).
        static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_.@+-]*$"));
        const QString id = in.wechatId->trimmed();
        LL_TRY(checkText(Text::tr("WeChat ID"), id, ContactLimits::WechatId));
        if (!shape.match(id).hasMatch())
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("WeChat ID %1 may contain only letters, digits and _ - . @ +").arg(id));
        out.wechatId = id;
    }

    if (in.notes) {
        LL_TRY(checkText(Text::tr("Notes"), *in.notes, ContactLimits::Notes, TextShape::MultiLine));
        out.notes = *in.notes;
    }

    LL_TRY(phoneList(in.phones, out.phones));
    LL_TRY(phoneList(in.addPhones, out.addPhones));
    LL_TRY(phoneList(in.removePhones, out.removePhones));

    if (in.gender) {
        const auto gender = genderFromCode(*in.gender);
        if (!gender)
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("Unknown gender %1 (use female, male, other or leave empty)")
                                 .arg(in.gender->left(20)));
        out.gender = *gender;
    }

    if (in.birthday) {
        const QString text = in.birthday->trimmed();
        if (text.isEmpty()) {
            out.birthday = QDate();
        } else {
            auto date = parseIsoDate(Text::tr("Birthday"), text);
            if (!date.ok())
                return date.error();
            if (date.value() > today)
                return makeError(ErrorCode::InvalidInput, Text::tr("Birthday %1 is in the future").arg(text));
            if (date.value() < QDate(1900, 1, 1))
                return makeError(ErrorCode::InvalidInput, Text::tr("Birthday %1 is before 1900").arg(text));
            out.birthday = date.value();
        }
    }

    if (in.stage) {
        const auto stage = stageFromCode(*in.stage);
        if (!stage)
            return makeError(ErrorCode::InvalidInput, Text::tr("Unknown stage %1 (use one of: %2)")
                                                          .arg(in.stage->left(20), stageCodes().join(u", ")));
        out.stage = *stage;
    }

    if (in.intent) {
        if (*in.intent < 0 || *in.intent > 3)
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("Intent level must be 0 to 3, not %1").arg(*in.intent));
        out.intent = *in.intent;
    }

    if (in.points) {
        if (*in.points < -kMaxPoints || *in.points > kMaxPoints)
            return makeError(ErrorCode::InvalidInput, Text::tr("Points %1 are out of range").arg(*in.points));
        out.points = *in.points;
    }

    if (in.ownerId) {
        const QString id = in.ownerId->trimmed().toLower();
        LL_TRY(checkOptionalId(Text::tr("Owner"), id));
        out.ownerId = id;
    }
    if (in.storeId) {
        const QString id = in.storeId->trimmed().toLower();
        LL_TRY(checkOptionalId(Text::tr("Store"), id));
        out.storeId = id;
    }
    return out;
}

} // namespace ll

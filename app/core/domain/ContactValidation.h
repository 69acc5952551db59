#pragma once

#include "domain/Contact.h"
#include "util/Result.h"

#include <QDate>

#include <optional>

namespace ll {

// A ContactInput whose every present field has been checked and normalised: codes parsed, text
// trimmed, phones parsed to their canonical digits. The repository writes only this.
struct ValidContactInput
{
    std::optional<QString> name;
    std::optional<QString> nickname;
    std::optional<QString> wechatId;
    std::optional<QList<PhoneNumber>> phones;
    std::optional<QList<PhoneNumber>> addPhones;
    std::optional<QList<PhoneNumber>> removePhones;
    std::optional<Gender> gender;
    std::optional<QDate> birthday; // a null QDate clears it
    std::optional<QString> city;
    std::optional<QString> source;
    std::optional<Stage> stage;
    std::optional<int> intent;
    std::optional<qint64> points;
    std::optional<QString> notes;
    std::optional<QString> ownerId;
    std::optional<QString> storeId;
};

// Checks every field and reports the first problem with the field and the value named.
// `today` is the local date birthdays may not lie after.
Result<ValidContactInput> validateContactInput(const ContactInput& input, const QDate& today);

// The string a phone is stored and synced as (an add-wins set element): the normalised digits,
// with a leading "+" for a number written with a foreign country code.
QString phoneElement(const PhoneNumber& phone);

inline constexpr qint64 kMaxPoints = 1'000'000'000'000LL;

} // namespace ll

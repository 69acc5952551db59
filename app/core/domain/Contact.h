#pragma once

#include "domain/Enums.h"
#include "text/PhoneNumber.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ll {

struct Contact
{
    qint64 rowId = 0;
    QString id;       // UUID
    QString ownerId;  // staff id of the owning guide
    QString storeId;
    QString name;
    QString nickname; // WeChat nickname
    QString wechatId;
    QList<PhoneNumber> phones;
    Gender gender = Gender::Unknown;
    QDate birthday;   // invalid when unknown
    QString city;
    QString source;   // source channel code
    Stage stage = Stage::Lead;
    int intent = 0;   // 0 unknown, 1 low, 2 medium, 3 high
    qint64 points = 0;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastContactedAt; // invalid when never contacted
    QString mergedInto;        // id of the contact this one was merged into
    bool deleted = false;
    // Set by the server when a transfer moved the contact here (read-only on devices).
    QString takenOverFrom;     // previous owner's staff id
    QString takenOverFromName; // their display name at the time
    QDateTime takenOverAt;     // invalid when never taken over
};

// Fields to set when adding or editing a contact; unset optionals are left unchanged.
// Raw strings are validated by the repository so the CLI and the UI report the same reasons.
struct ContactInput
{
    std::optional<QString> name;
    std::optional<QString> nickname;
    std::optional<QString> wechatId;
    std::optional<QStringList> phones;      // replaces the set (add-wins semantics at sync)
    std::optional<QStringList> addPhones;
    std::optional<QStringList> removePhones;
    std::optional<QString> gender;          // code, see genderFromCode
    std::optional<QString> birthday;        // YYYY-MM-DD or empty to clear
    std::optional<QString> city;
    std::optional<QString> source;
    std::optional<QString> stage;           // code
    std::optional<int> intent;
    std::optional<qint64> points;
    std::optional<QString> notes;
    std::optional<QString> ownerId;
    std::optional<QString> storeId;
};

// Field length caps (characters); longer input is rejected with the field named, never truncated.
struct ContactLimits
{
    static constexpr int Name = 100;
    static constexpr int Nickname = 100;
    static constexpr int WechatId = 64;
    static constexpr int City = 64;
    static constexpr int Source = 64;
    static constexpr int Notes = 20000;
    static constexpr int Phones = 10;
};

} // namespace ll

#include "domain/Enums.h"

#include <array>
#include <utility>

namespace ll {

namespace {

// One table per enum keeps code <-> value in a single place, so the two directions cannot drift.
template <typename E, size_t N> QString codeOf(const std::array<std::pair<E, const char*>, N>& table, E value)
{
    for (const auto& [v, code] : table)
        if (v == value)
            return QString::fromLatin1(code);
    return QString();
}

template <typename E, size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char*>, N>& table, const QString& code)
{
    const QString folded = code.trimmed().toLower();
    for (const auto& [v, c] : table)
        if (folded == QLatin1String(c))
            return v;
    return std::nullopt;
}

template <typename E, size_t N> QStringList codesOf(const std::array<std::pair<E, const char*>, N>& table)
{
    QStringList codes;
    for (const auto& entry : table)
        codes << QString::fromLatin1(entry.second);
    return codes;
}

constexpr std::array<std::pair<Gender, const char*>, 4> kGenders{{
    {Gender::Unknown, ""},
    {Gender::Female, "female"},
    {Gender::Male, "male"},
    {Gender::Other, "other"},
}};

constexpr std::array<std::pair<Stage, const char*>, 6> kStages{{
    {Stage::Lead, "lead"},
    {Stage::Prospect, "prospect"},
    {Stage::Customer, "customer"},
    {Stage::Loyal, "loyal"},
    {Stage::Dormant, "dormant"},
    {Stage::Lost, "lost"},
}};

constexpr std::array<std::pair<StaffRole, const char*>, 3> kRoles{{
    {StaffRole::Guide, "guide"},
    {StaffRole::Manager, "manager"},
    {StaffRole::Admin, "admin"},
}};

constexpr std::array<std::pair<StaffStatus, const char*>, 2> kStatuses{{
    {StaffStatus::Active, "active"},
    {StaffStatus::Departed, "departed"},
}};

constexpr std::array<std::pair<FollowUpKind, const char*>, 4> kFollowUpKinds{{
    {FollowUpKind::Call, "call"},
    {FollowUpKind::Chat, "chat"},
    {FollowUpKind::Visit, "visit"},
    {FollowUpKind::Message, "message"},
}};

} // namespace

QString toCode(Gender v)
{
    return codeOf(kGenders, v);
}
QString toCode(Stage v)
{
    return codeOf(kStages, v);
}
QString toCode(StaffRole v)
{
    return codeOf(kRoles, v);
}
QString toCode(StaffStatus v)
{
    return codeOf(kStatuses, v);
}
QString toCode(FollowUpKind v)
{
    return codeOf(kFollowUpKinds, v);
}

std::optional<Gender> genderFromCode(const QString& code)
{
    // Guides type what they see on a form: single letters, the Chinese characters, or "unknown".
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("f") || c == QStringLiteral("女"))
        return Gender::Female;
    if (c == QLatin1String("m") || c == QStringLiteral("男"))
        return Gender::Male;
    if (c == QLatin1String("unknown"))
        return Gender::Unknown;
    return valueOf(kGenders, c);
}

std::optional<Stage> stageFromCode(const QString& code)
{
    return valueOf(kStages, code);
}
std::optional<StaffRole> staffRoleFromCode(const QString& code)
{
    return valueOf(kRoles, code);
}
std::optional<StaffStatus> staffStatusFromCode(const QString& code)
{
    return valueOf(kStatuses, code);
}
std::optional<FollowUpKind> followUpKindFromCode(const QString& code)
{
    return valueOf(kFollowUpKinds, code);
}

QStringList stageCodes()
{
    return codesOf(kStages);
}
QStringList followUpKindCodes()
{
    return codesOf(kFollowUpKinds);
}

QStringList knownSourceChannels()
{
    return {QStringLiteral("ad_form"),  QStringLiteral("live_stream"), QStringLiteral("walk_in"),
            QStringLiteral("referral"), QStringLiteral("search"),      QStringLiteral("other")};
}

} // namespace ll

#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ll {

// Stable string codes are what the store, the CLI's --json and the wire protocol use.
enum class Gender { Unknown, Female, Male, Other };
enum class Stage { Lead, Prospect, Customer, Loyal, Dormant, Lost };
enum class StaffRole { Guide, Manager, Admin };
enum class StaffStatus { Active, Departed };
enum class FollowUpKind { Call, Chat, Visit, Message };

QString toCode(Gender v);
QString toCode(Stage v);
QString toCode(StaffRole v);
QString toCode(StaffStatus v);
QString toCode(FollowUpKind v);

std::optional<Gender> genderFromCode(const QString& code);   // "", "female"/"f"/"女", "male"/"m"/"男", "other"
std::optional<Stage> stageFromCode(const QString& code);
std::optional<StaffRole> staffRoleFromCode(const QString& code);
std::optional<StaffStatus> staffStatusFromCode(const QString& code);
std::optional<FollowUpKind> followUpKindFromCode(const QString& code);

QStringList stageCodes();
QStringList followUpKindCodes();

// Source channels are open-ended strings; these are the well-known ones the UI offers.
QStringList knownSourceChannels(); // "ad_form", "live_stream", "walk_in", "referral", "search", "other"

} // namespace ll

#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ll {

enum class RuleKind { RunOut, Birthday, Holiday, Dormant, LeadSla, CustomDate, Takeover };

// Stable codes used by the store, the CLI and sync: runout, birthday, holiday, dormant, lead_sla, custom_date,
// takeover.
QString toCode(RuleKind kind);
std::optional<RuleKind> ruleKindFromCode(const QString& code);
QStringList ruleKindCodes();

// One reminder rule. What `leadDays` and `threshold` mean depends on the kind:
//   runout      due = last purchase date + product cycle × quantity − leadDays; productId limits it to one product
//   birthday    due = leadDays before each birthday (29 Feb → 28 Feb in non-leap years)
//   holiday     due = leadDays before each holiday of the holiday list; holidayName limits it to one holiday
//   dormant     due = threshold days after the last contact (or creation, if never contacted)
//   lead_sla    due = threshold hours after a lead was created, unless it was contacted before
//   custom_date due = leadDays before the date in the contact's custom field `dateField` (each year if yearly)
//   takeover    due = leadDays after the day a transfer moved the contact to its owner (welcome back),
//               answered by the first follow-up after the take-over
// Scope: a contact matches when it has any of tagIds, any of stages and any of storeIds (an empty list
// does not restrict). A personal rule (ownerId set) covers only its owner's contacts.
struct ReminderRule
{
    qint64 rowId = 0;
    QString id;
    QString ownerId; // "" = team rule
    QString name;
    RuleKind kind = RuleKind::RunOut;
    int leadDays = 0;
    int threshold = 0;
    QString productId;
    QString holidayName;
    QString dateField;
    bool yearly = true;
    QStringList tagIds;
    QStringList stages;
    QStringList storeIds;
    QString scriptId; // suggested script
    bool enabled = true;

    bool isTeamRule() const { return ownerId.isEmpty(); }
};

// Fields to set when adding or editing a rule; unset optionals are left unchanged (kind is fixed at creation).
struct RuleInput
{
    std::optional<QString> name;
    std::optional<QString> kind; // code; required when adding
    std::optional<int> leadDays;
    std::optional<int> threshold;
    std::optional<QString> productId; // id or SKU, "" for every product
    std::optional<QString> holidayName;
    std::optional<QString> dateField;
    std::optional<bool> yearly;
    std::optional<QStringList> tagIds; // tag ids or names TagRepository::resolve understands
    std::optional<QStringList> stages;
    std::optional<QStringList> storeIds;
    std::optional<QString> scriptId;
    std::optional<bool> enabled;
};

} // namespace ll

#pragma once

#include "library/Actor.h"
#include "reminders/ReminderRule.h"
#include "util/Result.h"

#include <QList>

namespace ll {

class Store;

// Reminder rules are synced records (UUID, per-field clocks, tombstone, outbox entity "reminder_rule").
// Team rules are maintained by managers/admins; a guide adds and edits only personal rules.
// After any change here, run ReminderEngine::fullRecompute().
class RuleRepository
{
public:
    RuleRepository(Store& store, Actor actor);

    // team = true makes a team rule (managers/admins only); otherwise the rule belongs to the actor.
    // `id`: a name-based id for built-in defaults, so two devices adding one converge (default: new id).
    Result<ReminderRule> add(const RuleInput& input, bool team, const QString& id = {});
    Result<ReminderRule> update(const QString& id, const RuleInput& patch);
    Status remove(const QString& id);
    Result<ReminderRule> get(const QString& id);
    Result<QList<ReminderRule>> list(bool includeDisabled = true);

private:
    Status validate(ReminderRule& rule);
    Status resolveInput(ReminderRule& rule, const RuleInput& input);

    Store& m_store;
    Actor m_actor;
};

} // namespace ll

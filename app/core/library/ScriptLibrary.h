#pragma once

#include "library/Actor.h"
#include "library/Script.h"
#include "library/ScriptTemplate.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace ll {

class Store;

// The script library (话术库): team scripts maintained by managers/admins, personal scripts of each guide
// (synced entity "script"; each use is an append-only "script_usage" record).
//
// Saving rejects brace syntax errors and sensitive words; unknown placeholders are allowed while
// editing (a custom field may be added later) and reported by check(). Rendering for a customer fails
// with the list of unknown placeholders and placeholders without a value, so a raw "{name}" never reaches
// a customer. use() renders, checks sensitive words again, records a follow-up (kind "message", with the
// script id and the sent text) and counts the use, all in one transaction. After use() with a contact, run
// ReminderEngine::recomputeContact() so the follow-up closes the reminders it answers.
class ScriptLibrary
{
public:
    ScriptLibrary(Store& store, Actor actor);

    // `id`: a name-based id for built-in defaults, so two devices adding one converge (default: new id).
    Result<Script> add(const ScriptInput& input, bool team, const QString& id = {});
    Result<Script> update(const QString& id, const ScriptInput& patch);
    Status remove(const QString& id);
    Result<Script> get(const QString& id);
    Result<QList<Script>> list(const ScriptQuery& query = {});

    // Live feedback for an editor: placeholders used, unknown ones, brace errors, sensitive words.
    Result<ScriptCheck> check(const QString& body);
    // Every placeholder name a script may use: the built-ins and all custom contact fields in use.
    Result<QSet<QString>> knownPlaceholders();
    // The placeholder values for one customer. `product` (id or SKU) picks the product for {product} and
    // {days_since_purchase}; by default the customer's most recent purchase. `today` defaults to today in
    // Asia/Shanghai.
    Result<QHash<QString, QString>> valuesFor(const QString& contactId, const QString& product = {},
                                              const QDate& today = {});
    // Renders any text for a customer (live preview); never fails on template problems, reports them.
    Result<script_template::Rendered> preview(const QString& body, const QString& contactId, const QString& product = {});
    // Renders a stored script; InvalidInput listing the problems when it cannot be rendered completely.
    Result<QString> render(const QString& scriptId, const QString& contactId, const QString& product = {});
    Result<ScriptUse> use(const QString& scriptId, const QString& contactId, const QString& product = {});

private:
    Status validate(const Script& script);
    Status write(const Script& before, Script& after, bool insert);

    Store& m_store;
    Actor m_actor;
};

} // namespace ll

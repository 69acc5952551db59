#pragma once

#include "ArgParser.h"
#include "CliContext.h"
#include "library/Actor.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace ll::cli {

// Shared by the rule, reminders, script, sensitive and material command groups.

// Who acts for permission checks: the profile's actor staff id (Store::actorId(), set by `init --staff`)
// with that staff member's role from the local org records. An unknown or missing staff record, or a
// departed one, acts as a guide, so a profile never gains rights it cannot show.
std::optional<Actor> cliActor(CliContext& ctx);

// Resolves a full id or a unique prefix of at least 4 characters (what the tables show) among `ids`.
// nullopt once NotFound (or an ambiguous prefix, InvalidInput) has been reported on ctx.
std::optional<QString> resolveIdPrefix(CliContext& ctx, const QStringList& ids, const QString& input,
                                       const QString& what);

// After a follow-up or purchase was committed: updates that contact's reminders at once. A failure only
// warns; the record itself is already saved.
void recomputeContactReminders(CliContext& ctx, const QString& contactId);

// "--x VALUE" option and "--x" flag specs.
OptionSpec valueOption(const char* name, const char* valueName, const QString& description);
OptionSpec repeatableOption(const char* name, const char* valueName, const QString& description);
OptionSpec flagOption(const char* name, const QString& description);

// JSON: "" and invalid values are null.
QJsonValue jsonText(const QString& value);
QJsonValue jsonDate(const QDate& value);
QJsonValue jsonTime(const QDateTime& value);
QJsonArray jsonList(const QStringList& values);

// Repeated options: the values without empty ones (so `--tag ''` on an edit clears the list).
QStringList nonEmptyValues(const ParsedArgs& args, const QString& name);

} // namespace ll::cli

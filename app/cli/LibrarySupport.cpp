#include "LibrarySupport.h"

#include "CliText.h"
#include "CommandSupport.h"
#include "domain/OrgRepository.h"
#include "reminders/ReminderEngine.h"
#include "store/Store.h"

namespace ll::cli {

std::optional<Actor> cliActor(CliContext& ctx)
{
    Profile* profile = ctx.profile();
    if (!profile)
        return std::nullopt;
    Actor actor;
    actor.staffId = profile->store().actorId();
    actor.role = StaffRole::Guide;
    if (!actor.staffId.isEmpty()) {
        const Result<Staff> staff = OrgRepository(profile->store()).staff(actor.staffId);
        if (staff.ok() && staff->status == StaffStatus::Active)
            actor.role = staff->role;
    }
    return actor;
}

std::optional<QString> resolveIdPrefix(CliContext& ctx, const QStringList& ids, const QString& input,
                                       const QString& what)
{
    const QString wanted = input.trimmed().toLower();
    if (ids.contains(wanted))
        return wanted;
    QStringList matches;
    if (wanted.size() >= 4)
        for (const QString& id : ids)
            if (id.startsWith(wanted))
                matches << id;
    if (matches.size() == 1)
        return matches.first();
    if (matches.size() > 1) {
        ctx.fail(ExitCode::InvalidInput,
                 CliText::tr("%1 id prefix '%2' is ambiguous; give more characters.").arg(what, forTerminal(input)));
        return std::nullopt;
    }
    ctx.fail(ExitCode::NotFound, CliText::tr("No %1 with id %2.").arg(what, forTerminal(input.left(64))));
    return std::nullopt;
}

void recomputeContactReminders(CliContext& ctx, const QString& contactId)
{
    Profile* profile = ctx.profile();
    if (!profile)
        return;
    const Status status = ReminderEngine(profile->store()).recomputeContact(contactId);
    if (!status.ok())
        ctx.warn(CliText::tr("saved, but the contact's reminders were not updated (%1); they will be on the next "
                             "'reminders due'.")
                     .arg(status.message()));
}

OptionSpec valueOption(const char* name, const char* valueName, const QString& description)
{
    return {QLatin1String(name), QLatin1String(valueName), description, false};
}

OptionSpec repeatableOption(const char* name, const char* valueName, const QString& description)
{
    return {QLatin1String(name), QLatin1String(valueName), description, true};
}

OptionSpec flagOption(const char* name, const QString& description)
{
    return {QLatin1String(name), QString(), description, false};
}

QJsonValue jsonText(const QString& value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

QJsonValue jsonDate(const QDate& value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue jsonTime(const QDateTime& value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonArray jsonList(const QStringList& values)
{
    return QJsonArray::fromStringList(values);
}

QStringList nonEmptyValues(const ParsedArgs& args, const QString& name)
{
    QStringList out;
    for (const QString& value : args.values(name))
        if (!value.trimmed().isEmpty())
            out << value;
    return out;
}

} // namespace ll::cli

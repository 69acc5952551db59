// staff list / staff depart, transfer create / list / show / review / retry: the manager's team
// calls (sync/team/TeamClient.h) over the login stored in the profile.
#include "CliText.h"
#include "CommandGroups.h"
#include "CommandSupport.h"
#include "JsonOutput.h"
#include "Table.h"
#include "team/TeamClient.h"

#include <QDateTime>

namespace ll::cli {

namespace {

using sync::TeamClient;
using sync::TeamError;
using sync::TeamErrorKind;
using sync::TeamResult;

constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

OptionSpec opt(const char* name, const char* valueName, const QString& description)
{
    return {QLatin1String(name), QLatin1String(valueName), description, false};
}

OptionSpec flag(const char* name, const QString& description)
{
    return {QLatin1String(name), QString(), description, false};
}

int failTeam(CliContext& ctx, const TeamError& e)
{
    ErrorCode code = ErrorCode::Network;
    switch (e.kind) {
    case TeamErrorKind::NotFound:
        code = ErrorCode::NotFound;
        break;
    case TeamErrorKind::Invalid:
        code = ErrorCode::InvalidInput;
        break;
    case TeamErrorKind::Tls:
        code = ErrorCode::Tls;
        break;
    case TeamErrorKind::NotLoggedIn:
    case TeamErrorKind::AuthExpired:
    case TeamErrorKind::Forbidden:
        code = ErrorCode::PermissionDenied;
        break;
    case TeamErrorKind::Local:
        code = ErrorCode::Database;
        break;
    default:
        break;
    }
    QString text = CliText::tr("Server call failed (%1): %2").arg(sync::teamErrorKindName(e.kind), e.message);
    if (e.kind == TeamErrorKind::NotLoggedIn)
        text = CliText::tr("Not logged in: run liuliang-cli login first.");
    return ctx.fail(makeError(code, text));
}

// The command's client and, fetched once when needed, the org directory for names.
class Session
{
public:
    explicit Session(CliContext& ctx)
        : m_ctx(ctx)
    {}

    // nullptr once the failure has been reported.
    TeamClient* client()
    {
        if (m_client)
            return m_client.get();
        Profile* profile = m_ctx.profile();
        if (!profile)
            return nullptr;
        m_client = std::make_unique<TeamClient>(profile->store());
        if (!m_client->loggedIn()) {
            failTeam(m_ctx, TeamError{TeamErrorKind::NotLoggedIn, QString(), QString()});
            m_client.reset();
        }
        return m_client.get();
    }

    const Directory* directory()
    {
        if (m_directory)
            return &*m_directory;
        TeamClient* c = client();
        if (!c)
            return nullptr;
        auto d = c->directory();
        if (const auto* e = std::get_if<TeamError>(&d)) {
            failTeam(m_ctx, *e);
            return nullptr;
        }
        m_directory = std::get<Directory>(std::move(d));
        return &*m_directory;
    }

    // A staff member by id, or by a name that is unique in the directory. Empty once reported.
    QString staffId(const QString& idOrName)
    {
        const Directory* dir = directory();
        if (!dir)
            return {};
        QStringList byName;
        for (const DirectoryStaff& s : dir->staff) {
            if (s.id == idOrName)
                return s.id;
            if (s.name == idOrName)
                byName << s.id;
        }
        if (byName.size() == 1)
            return byName.first();
        if (byName.isEmpty())
            m_ctx.fail(ExitCode::NotFound, CliText::tr("No staff member %1 in the directory.").arg(idOrName));
        else
            m_ctx.fail(
                ExitCode::InvalidInput,
                CliText::tr("%1 names %2 people: give the staff id.").arg(idOrName).arg(byName.size()));
        return {};
    }

    // Ids of a comma-separated list; empty once reported.
    std::optional<QStringList> staffIds(const QString& list)
    {
        QStringList ids;
        for (const QString& part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString id = staffId(part.trimmed());
            if (id.isEmpty())
                return std::nullopt;
            ids << id;
        }
        if (ids.isEmpty()) {
            m_ctx.usage(CliText::tr("--evenly needs at least one staff member."));
            return std::nullopt;
        }
        return ids;
    }

    // A name for tables; falls back to the short id (never fails the command).
    QString nameOf(const QString& id)
    {
        if (id.isEmpty())
            return QStringLiteral("-");
        if (!m_directory && !m_directoryTried) {
            m_directoryTried = true;
            if (TeamClient* c = client()) {
                auto d = c->directory();
                if (auto* dir = std::get_if<Directory>(&d))
                    m_directory = std::move(*dir);
            }
        }
        if (m_directory)
            for (const DirectoryStaff& s : m_directory->staff)
                if (s.id == id)
                    return s.name;
        return shortId(id);
    }

private:
    CliContext& m_ctx;
    std::unique_ptr<TeamClient> m_client;
    std::optional<Directory> m_directory;
    bool m_directoryTried = false;
};

template <typename T> std::optional<T> answer(CliContext& ctx, TeamResult<T> result)
{
    if (const auto* e = std::get_if<TeamError>(&result)) {
        failTeam(ctx, *e);
        return std::nullopt;
    }
    return std::get<T>(std::move(result));
}

// --to (depart: --transfer-to) / --evenly / --by-store (exactly one when `required`), --capacity, --reason.
std::optional<TransferTargets> readTargets(CliContext& ctx, Session& session, const ParsedArgs& args,
                                           const QString& toKey, bool required)
{
    TransferTargets t;
    const int chosen = int(args.isSet(toKey)) + int(args.isSet(QStringLiteral("evenly"))) +
                       int(args.isSet(QStringLiteral("by-store")));
    if (chosen > 1 || (required && chosen == 0)) {
        ctx.usage(CliText::tr("Give one of --%1, --evenly, --by-store.").arg(toKey));
        return std::nullopt;
    }
    if (args.isSet(QStringLiteral("capacity"))) {
        bool ok = false;
        const int capacity = args.value(QStringLiteral("capacity")).toInt(&ok);
        if (!ok || capacity < 1) {
            ctx.fail(ExitCode::InvalidInput, CliText::tr("--capacity must be a whole number of at least 1."));
            return std::nullopt;
        }
        t.capacity = capacity;
    }
    t.reason = args.value(QStringLiteral("reason"));
    t.byStore = args.isSet(QStringLiteral("by-store"));
    if (args.isSet(toKey)) {
        t.to = session.staffId(args.value(toKey));
        if (t.to.isEmpty())
            return std::nullopt;
    }
    if (args.isSet(QStringLiteral("evenly"))) {
        auto ids = session.staffIds(args.value(QStringLiteral("evenly")));
        if (!ids)
            return std::nullopt;
        t.evenly = *ids;
    }
    return t;
}

QJsonValue msOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs))
                  : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject itemJson(const TransferItem& item)
{
    return QJsonObject{{QStringLiteral("contact_id"), item.contactId},
                       {QStringLiteral("from"), item.from},
                       {QStringLiteral("to"), textOrNull(item.to)},
                       {QStringLiteral("status"), item.status},
                       {QStringLiteral("failure"), textOrNull(item.reason)},
                       {QStringLiteral("done_at"), msOrNull(item.doneAt)},
                       {QStringLiteral("reviewed"), item.reviewed},
                       {QStringLiteral("first_follow_up_at"), msOrNull(item.firstFollowUpAt.value_or(0))}};
}

QJsonObject transferJson(const Transfer& t, bool withItems)
{
    QJsonObject o{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("from"), t.from},
        {QStringLiteral("created_by"), t.createdBy},
        {QStringLiteral("created_at"), msOrNull(t.createdAt)},
        {QStringLiteral("strategy"), t.strategy},
        {QStringLiteral("capacity"), t.capacity ? QJsonValue(*t.capacity) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("reason"), textOrNull(t.reason)},
        {QStringLiteral("status"), t.status},
        {QStringLiteral("done"), t.count(transferStatus::Done)},
        {QStringLiteral("failed"), t.count(transferStatus::Failed)},
        {QStringLiteral("waiting"), t.count(transferStatus::Waiting)}};
    if (withItems)
        o.insert(QStringLiteral("items"), JsonOutput::array(t.items, itemJson));
    return o;
}

QString itemsTable(Session& session, const QList<TransferItem>& items, const QString& transferId = {})
{
    QStringList headers{CliText::tr("CONTACT"), CliText::tr("FROM"), CliText::tr("TO"),
                        CliText::tr("STATUS"),  CliText::tr("DONE"), CliText::tr("FOLLOWED UP"),
                        CliText::tr("REVIEWED")};
    if (!transferId.isEmpty())
        headers.prepend(CliText::tr("TRANSFER"));
    Table table(headers);
    for (const TransferItem& item : items) {
        QString status = item.status;
        if (!item.reason.isEmpty())
            status += QStringLiteral(" (%1)").arg(item.reason);
        QString followed = QStringLiteral("-");
        if (item.firstFollowUpAt && item.doneAt > 0)
            followed =
                CliText::tr("after %1 h").arg((*item.firstFollowUpAt - item.doneAt) / (60 * 60 * 1000));
        QStringList row{
            shortId(item.contactId),
            session.nameOf(item.from),
            session.nameOf(item.to),
            status,
            localTime(item.doneAt > 0 ? QDateTime::fromMSecsSinceEpoch(item.doneAt) : QDateTime()),
            followed,
            item.reviewed ? CliText::tr("yes") : CliText::tr("no")};
        if (!transferId.isEmpty())
            row.prepend(shortId(transferId));
        table.addRow(row);
    }
    return table.render();
}

QString summary(Session& session, const Transfer& t)
{
    return CliText::tr("Transfer %1 from %2: %3 moved, %4 failed, %5 waiting (%6).\n")
        .arg(t.id, session.nameOf(t.from))
        .arg(t.count(transferStatus::Done))
        .arg(t.count(transferStatus::Failed))
        .arg(t.count(transferStatus::Waiting))
        .arg(t.status);
}

int printTransfer(CliContext& ctx, Session& session, const Transfer& t)
{
    if (ctx.json())
        return JsonOutput::print(transferJson(t, true));
    ctx.print(summary(session, t));
    if (!t.items.isEmpty())
        ctx.print(itemsTable(session, t.items));
    return 0;
}

// A full transfer id, or a unique prefix of one the caller can see.
QString transferId(CliContext& ctx, TeamClient& client, const QString& idOrPrefix)
{
    if (idOrPrefix.size() == 36)
        return idOrPrefix;
    if (idOrPrefix.size() < 4) {
        ctx.fail(ExitCode::InvalidInput, CliText::tr("Give at least 4 characters of the transfer id."));
        return {};
    }
    auto list = answer(ctx, client.listTransfers());
    if (!list)
        return {};
    QStringList matches;
    for (const Transfer& t : *list)
        if (t.id.startsWith(idOrPrefix))
            matches << t.id;
    if (matches.size() == 1)
        return matches.first();
    ctx.fail(matches.isEmpty() ? ExitCode::NotFound : ExitCode::InvalidInput,
             matches.isEmpty() ? CliText::tr("No transfer %1.").arg(idOrPrefix)
                               : CliText::tr("%1 matches several transfers.").arg(idOrPrefix));
    return {};
}

int staffList(CliContext& ctx, const ParsedArgs&)
{
    Session session(ctx);
    const Directory* dir = session.directory();
    if (!dir)
        return ctx.exitCode();
    QHash<QString, QString> storeNames;
    for (const DirectoryStore& s : dir->stores)
        storeNames.insert(s.id, s.name);
    if (ctx.json()) {
        QJsonArray staff;
        for (const DirectoryStaff& s : dir->staff)
            staff.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("name"), s.name},
                                     {QStringLiteral("role"), s.role},
                                     {QStringLiteral("store_id"), textOrNull(s.storeId)},
                                     {QStringLiteral("store"), textOrNull(storeNames.value(s.storeId))},
                                     {QStringLiteral("status"), s.status}});
        return JsonOutput::print(QJsonObject{{QStringLiteral("staff"), staff}});
    }
    Table table({CliText::tr("ID"), CliText::tr("NAME"), CliText::tr("ROLE"), CliText::tr("STORE"),
                 CliText::tr("STATUS")});
    for (const DirectoryStaff& s : dir->staff)
        table.addRow({s.id, s.name, s.role, orDash(storeNames.value(s.storeId)), s.status});
    ctx.print(table.render());
    return 0;
}

int staffDepart(CliContext& ctx, const ParsedArgs& args)
{
    Session session(ctx);
    const QString id = session.staffId(args.positional().at(0));
    if (id.isEmpty())
        return ctx.exitCode();
    auto targets = readTargets(ctx, session, args, QStringLiteral("transfer-to"), false);
    if (!targets)
        return ctx.exitCode();
    auto gone = answer(ctx, session.client()->depart(id, *targets));
    if (!gone)
        return ctx.exitCode();
    if (ctx.json())
        return JsonOutput::print(QJsonObject{
            {QStringLiteral("staff_id"), gone->staffId},
            {QStringLiteral("status"), QStringLiteral("departed")},
            {QStringLiteral("transfer"), gone->transfer ? QJsonValue(transferJson(*gone->transfer, true))
                                                        : QJsonValue(QJsonValue::Null)}});
    ctx.print(
        CliText::tr("%1 has departed; their devices are wiped at the next sync.\n").arg(session.nameOf(id)));
    if (gone->transfer)
        ctx.print(summary(session, *gone->transfer));
    return 0;
}

int transferCreate(CliContext& ctx, const ParsedArgs& args)
{
    if (!args.isSet(QStringLiteral("from")))
        return ctx.usage(CliText::tr("transfer create needs --from STAFF."));
    Session session(ctx);
    TransferRequest req;
    req.from = session.staffId(args.value(QStringLiteral("from")));
    if (req.from.isEmpty())
        return ctx.exitCode();
    auto targets = readTargets(ctx, session, args, QStringLiteral("to"), true);
    if (!targets)
        return ctx.exitCode();
    req.targets = *targets;
    for (const QString& c :
         args.value(QStringLiteral("contacts")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        req.contacts << c.trimmed();
    auto made = answer(ctx, session.client()->createTransfer(req));
    if (!made)
        return ctx.exitCode();
    return printTransfer(ctx, session, *made);
}

int transferList(CliContext& ctx, const ParsedArgs& args)
{
    std::optional<int> stuckDays;
    if (args.isSet(QStringLiteral("stuck"))) {
        bool ok = false;
        stuckDays = args.value(QStringLiteral("stuck")).toInt(&ok);
        if (!ok || *stuckDays < 0)
            return ctx.fail(ExitCode::InvalidInput, CliText::tr("--stuck takes a number of days."));
    }
    Session session(ctx);
    TeamClient* client = session.client();
    if (!client)
        return ctx.exitCode();
    auto list = answer(ctx, client->listTransfers());
    if (!list)
        return ctx.exitCode();
    if (!stuckDays) {
        if (ctx.json())
            return JsonOutput::print(QJsonObject{
                {QStringLiteral("transfers"),
                 JsonOutput::array(*list, [](const Transfer& t) { return transferJson(t, false); })}});
        Table table({CliText::tr("ID"), CliText::tr("CREATED"), CliText::tr("FROM"), CliText::tr("STRATEGY"),
                     CliText::tr("MOVED"), CliText::tr("FAILED"), CliText::tr("STATUS"),
                     CliText::tr("REASON")});
        for (const Transfer& t : *list)
            table.addRow({t.id, localTime(QDateTime::fromMSecsSinceEpoch(t.createdAt)),
                          session.nameOf(t.from), t.strategy, QString::number(t.count(transferStatus::Done)),
                          QString::number(t.count(transferStatus::Failed)), t.status, orDash(t.reason)});
        ctx.print(table.render());
        return 0;
    }
    // Stuck: moved more than DAYS ago and the new owner has not followed up yet.
    const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - *stuckDays * DayMs;
    QJsonArray json;
    QString out;
    for (const Transfer& t : *list) {
        QList<TransferItem> stuck;
        for (const TransferItem& item : t.items)
            if (item.status == QLatin1String(transferStatus::Done) && !item.firstFollowUpAt &&
                item.doneAt <= cutoff) {
                stuck << item;
                QJsonObject o = itemJson(item);
                o.insert(QStringLiteral("transfer_id"), t.id);
                json.append(o);
            }
        if (!stuck.isEmpty())
            out += itemsTable(session, stuck, t.id);
    }
    if (ctx.json())
        return JsonOutput::print(QJsonObject{{QStringLiteral("stuck"), json}});
    ctx.print(out.isEmpty() ? CliText::tr("Nothing stuck.\n") : out);
    return 0;
}

int transferShow(CliContext& ctx, const ParsedArgs& args)
{
    Session session(ctx);
    TeamClient* client = session.client();
    if (!client)
        return ctx.exitCode();
    const QString id = transferId(ctx, *client, args.positional().at(0));
    if (id.isEmpty())
        return ctx.exitCode();
    auto t = answer(ctx, client->transfer(id));
    return t ? printTransfer(ctx, session, *t) : ctx.exitCode();
}

int transferReview(CliContext& ctx, const ParsedArgs& args)
{
    ReviewRequest req;
    req.all = args.isSet(QStringLiteral("all"));
    for (const QString& c :
         args.value(QStringLiteral("contacts")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        req.contacts << c.trimmed();
    if (req.all == !req.contacts.isEmpty())
        return ctx.usage(CliText::tr("Give either --all or --contacts ID,ID."));
    Session session(ctx);
    TeamClient* client = session.client();
    if (!client)
        return ctx.exitCode();
    const QString id = transferId(ctx, *client, args.positional().at(0));
    if (id.isEmpty())
        return ctx.exitCode();
    auto t = answer(ctx, client->review(id, req));
    return t ? printTransfer(ctx, session, *t) : ctx.exitCode();
}

int transferRetry(CliContext& ctx, const ParsedArgs& args)
{
    Session session(ctx);
    TeamClient* client = session.client();
    if (!client)
        return ctx.exitCode();
    const QString id = transferId(ctx, *client, args.positional().at(0));
    if (id.isEmpty())
        return ctx.exitCode();
    RetryRequest req;
    if (args.isSet(QStringLiteral("to"))) {
        req.to = session.staffId(args.value(QStringLiteral("to")));
        if (req.to.isEmpty())
            return ctx.exitCode();
    }
    auto t = answer(ctx, client->retry(id, req));
    return t ? printTransfer(ctx, session, *t) : ctx.exitCode();
}

QList<OptionSpec> targetOptions(bool withTo)
{
    QList<OptionSpec> out;
    if (withTo)
        out << opt("to", "STAFF", CliText::tr("Give the contacts to this guide (id or unique name)."));
    out << opt("evenly", "STAFF,STAFF", CliText::tr("Share the contacts evenly between these guides."))
        << flag("by-store", CliText::tr("Give each contact to a guide of its own store."))
        << opt("capacity", "N", CliText::tr("A receiver takes contacts only while it owns fewer than N."))
        << opt("reason", "TEXT", CliText::tr("Why, shown in the review queue."));
    return out;
}

} // namespace

CommandGroup staffGroup()
{
    QList<OptionSpec> departOptions{
        opt("transfer-to", "STAFF", CliText::tr("First give all their contacts to this guide."))};
    departOptions += targetOptions(false);
    departOptions << jsonOption();
    Command depart{QStringLiteral("depart"),
                   QStringLiteral("STAFF"),
                   1,
                   1,
                   CliText::tr("Mark a staff member departed (their devices are wiped), optionally handing "
                               "their contacts over first."),
                   departOptions,
                   staffDepart};
    return {QStringLiteral("staff"),
            CliText::tr("The org's staff directory and departures (managers and admins)."),
            {{QStringLiteral("list"),
              QString(),
              0,
              0,
              CliText::tr("List the staff you can see, with their store."),
              {jsonOption()},
              staffList},
             depart}};
}

CommandGroup transferGroup()
{
    QList<OptionSpec> createOptions{opt("from", "STAFF", CliText::tr("The guide whose contacts move."))};
    createOptions += targetOptions(true);
    createOptions << opt("contacts", "ID,ID", CliText::tr("Only these contacts (default: all of them)."))
                  << jsonOption();
    return {QStringLiteral("transfer"),
            CliText::tr("Reassign contacts between guides and review the moves (managers and admins)."),
            {{QStringLiteral("create"), QString(), 0, 0, CliText::tr("Move contacts to other guides."),
              createOptions, transferCreate},
             {QStringLiteral("list"),
              QString(),
              0,
              0,
              CliText::tr("List transfers, or with --stuck the moved contacts nobody followed up."),
              {opt("stuck", "DAYS", CliText::tr("Contacts moved over DAYS days ago without a follow-up.")),
               jsonOption()},
              transferList},
             {QStringLiteral("show"),
              QStringLiteral("TRANSFER_ID"),
              1,
              1,
              CliText::tr("Show a transfer and each contact's state."),
              {jsonOption()},
              transferShow},
             {QStringLiteral("review"),
              QStringLiteral("TRANSFER_ID"),
              1,
              1,
              CliText::tr("Mark moved contacts as reviewed."),
              {flag("all", CliText::tr("Every contact of the transfer.")),
               opt("contacts", "ID,ID", CliText::tr("Only these contacts.")), jsonOption()},
              transferReview},
             {QStringLiteral("retry"),
              QStringLiteral("TRANSFER_ID"),
              1,
              1,
              CliText::tr("Try the failed contacts again."),
              {opt("to", "STAFF", CliText::tr("Give them to this guide instead.")), jsonOption()},
              transferRetry}}};
}

} // namespace ll::cli

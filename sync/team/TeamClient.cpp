#include "TeamClient.h"

#include "engine/SyncMeta.h"
#include "net/HttpClient.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace ll::sync {

namespace {

namespace key = meta_key;

QString readMeta(Store& store, const QString& k)
{
    auto value = store.meta(k);
    return value.ok() ? value.value() : QString();
}

TeamError teamError(TeamErrorKind kind, const QString& message, const QString& code = {})
{
    return TeamError{kind, code, message};
}

QString wireCode(const QJsonObject& body)
{
    return body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

// nullopt when the answer is a 2xx.
std::optional<TeamError> classify(const net::HttpResponse& r)
{
    switch (r.error) {
    case net::NetError::None:
        break;
    case net::NetError::Tls:
        return teamError(TeamErrorKind::Tls, r.errorText);
    case net::NetError::Connect:
    case net::NetError::Timeout:
    case net::NetError::Cancelled:
        return teamError(TeamErrorKind::Offline, r.errorText);
    default:
        return teamError(TeamErrorKind::Server, r.errorText);
    }
    if (r.status >= 200 && r.status < 300)
        return std::nullopt;
    const QString code = wireCode(QJsonDocument::fromJson(r.body).object());
    const QString detail = QStringLiteral("The server answered %1 %2.").arg(r.status).arg(code);
    if (r.status == 401)
        return teamError(TeamErrorKind::AuthExpired, QStringLiteral("Please log in again (%1).").arg(code),
                         code);
    if (r.status == 403)
        return teamError(TeamErrorKind::Forbidden, detail, code);
    if (r.status == 404)
        return teamError(TeamErrorKind::NotFound, detail, code);
    if (r.status >= 400 && r.status < 500 && r.status != 429)
        return teamError(TeamErrorKind::Invalid, detail, code);
    return teamError(TeamErrorKind::Server, detail, code);
}

template <typename T> TeamResult<T> parsed(Result<T> value)
{
    if (!value.ok())
        return teamError(TeamErrorKind::Server, QStringLiteral("Malformed answer: %1").arg(value.message()));
    return std::move(value).value();
}

} // namespace

QString teamErrorKindName(TeamErrorKind kind)
{
    switch (kind) {
    case TeamErrorKind::NotLoggedIn:
        return QStringLiteral("not_logged_in");
    case TeamErrorKind::Offline:
        return QStringLiteral("offline");
    case TeamErrorKind::Tls:
        return QStringLiteral("tls");
    case TeamErrorKind::AuthExpired:
        return QStringLiteral("auth_expired");
    case TeamErrorKind::Forbidden:
        return QStringLiteral("forbidden");
    case TeamErrorKind::NotFound:
        return QStringLiteral("not_found");
    case TeamErrorKind::Invalid:
        return QStringLiteral("invalid");
    case TeamErrorKind::Local:
        return QStringLiteral("local");
    case TeamErrorKind::Server:
        break;
    }
    return QStringLiteral("server");
}

QJsonObject departBody(const TransferTargets& targets)
{
    QJsonObject o;
    if (!targets.to.isEmpty())
        o.insert(QStringLiteral("transferTo"), targets.to);
    if (!targets.evenly.isEmpty())
        o.insert(QStringLiteral("evenly"), QJsonArray::fromStringList(targets.evenly));
    if (targets.byStore)
        o.insert(QStringLiteral("byStore"), true);
    if (targets.capacity)
        o.insert(QStringLiteral("capacity"), *targets.capacity);
    if (!targets.reason.isEmpty())
        o.insert(QStringLiteral("reason"), targets.reason);
    return o;
}

struct TeamClient::Impl
{
    QString url, token, role, staffId;
    net::TlsPolicy tls;
    std::unique_ptr<net::HttpClient> http;
    std::atomic<bool> cancelled{false};

    // The parsed JSON object of a 2xx answer, or why there is none.
    TeamResult<QJsonObject> call(const QByteArray& method, const QString& path,
                                 const std::optional<QJsonObject>& body = std::nullopt)
    {
        if (token.isEmpty())
            return teamError(TeamErrorKind::NotLoggedIn, QStringLiteral("Not logged in."));
        if (!http)
            http = std::make_unique<net::HttpClient>(tls);
        net::HttpRequest r;
        r.method = method;
        r.url = url + path;
        r.headers.append({"Authorization", "Bearer " + token.toLatin1()});
        if (body) {
            r.body = QJsonDocument(*body).toJson(QJsonDocument::Compact);
            r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        }
        // POSTs are not idempotent (a second create would record a second transfer): retry reads only.
        net::RetryPolicy policy;
        if (method != "GET")
            policy.maxAttempts = 1;
        const net::HttpResponse answer = net::sendWithRetry(*http, r, policy, &cancelled);
        if (auto e = classify(answer))
            return *e;
        const QJsonDocument doc = QJsonDocument::fromJson(answer.body);
        if (!doc.isObject())
            return teamError(TeamErrorKind::Server,
                             QStringLiteral("The server's answer is not a JSON object."));
        return doc.object();
    }

    template <typename T, typename Parse>
    TeamResult<T> callAs(const QByteArray& method, const QString& path,
                         const std::optional<QJsonObject>& body, Parse parse)
    {
        auto answer = call(method, path, body);
        if (const auto* e = std::get_if<TeamError>(&answer))
            return *e;
        return parsed<T>(parse(std::get<QJsonObject>(answer)));
    }
};

TeamClient::TeamClient(Store& store)
    : d(std::make_unique<Impl>())
{
    d->url = readMeta(store, key::Url);
    d->token = readMeta(store, key::Token);
    d->role = readMeta(store, key::Role);
    d->staffId = readMeta(store, key::StaffId);
    d->tls = net::TlsPolicy{readMeta(store, key::Ca), readMeta(store, key::Pin)};
}

TeamClient::~TeamClient() = default;

bool TeamClient::loggedIn() const
{
    return !d->token.isEmpty();
}

QString TeamClient::role() const
{
    return loggedIn() ? d->role : QString();
}

QString TeamClient::staffId() const
{
    return d->staffId;
}

void TeamClient::cancel()
{
    d->cancelled = true;
    if (d->http)
        d->http->cancelAll();
}

TeamResult<Transfer> TeamClient::createTransfer(const TransferRequest& request)
{
    return d->callAs<Transfer>("POST", QStringLiteral("/v1/transfers"), request.toJson(), Transfer::fromJson);
}

TeamResult<QList<Transfer>> TeamClient::listTransfers()
{
    return d->callAs<QList<Transfer>>("GET", QStringLiteral("/v1/transfers"), std::nullopt,
                                      transferListFromJson);
}

TeamResult<Transfer> TeamClient::transfer(const QString& id)
{
    return d->callAs<Transfer>("GET", QStringLiteral("/v1/transfers/") + id, std::nullopt,
                               Transfer::fromJson);
}

TeamResult<Transfer> TeamClient::review(const QString& transferId, const ReviewRequest& request)
{
    QJsonObject body;
    if (request.all)
        body.insert(QStringLiteral("all"), true);
    else
        body.insert(QStringLiteral("contacts"), QJsonArray::fromStringList(request.contacts));
    return d->callAs<Transfer>("POST", QStringLiteral("/v1/transfers/%1/items/review").arg(transferId), body,
                               Transfer::fromJson);
}

TeamResult<Transfer> TeamClient::retry(const QString& transferId, const RetryRequest& request)
{
    QJsonObject body;
    if (!request.to.isEmpty())
        body.insert(QStringLiteral("to"), request.to);
    return d->callAs<Transfer>("POST", QStringLiteral("/v1/transfers/%1/retry").arg(transferId), body,
                               Transfer::fromJson);
}

TeamResult<Departure> TeamClient::depart(const QString& staffId, const TransferTargets& targets)
{
    auto answer = d->call("POST", QStringLiteral("/v1/staff/%1/depart").arg(staffId), departBody(targets));
    if (const auto* e = std::get_if<TeamError>(&answer))
        return *e;
    const QJsonObject o = std::get<QJsonObject>(answer);
    Departure out;
    out.staffId = o.value(QStringLiteral("staffId")).toString();
    const QJsonValue t = o.value(QStringLiteral("transfer"));
    if (t.isObject()) {
        auto made = Transfer::fromJson(t.toObject());
        if (!made.ok())
            return teamError(TeamErrorKind::Server,
                             QStringLiteral("Malformed answer: %1").arg(made.message()));
        out.transfer = std::move(made).value();
    }
    return out;
}

TeamResult<Directory> TeamClient::directory()
{
    return d->callAs<Directory>("GET", QStringLiteral("/v1/directory"), std::nullopt, Directory::fromJson);
}

TeamResult<TeamOverview> TeamClient::overview()
{
    return d->callAs<TeamOverview>("GET", QStringLiteral("/v1/team/overview"), std::nullopt,
                                   TeamOverview::fromJson);
}

TeamResult<QList<ReceivedContact>> TeamClient::receivedTransfers()
{
    // A guide's transfer list holds only the transfers it received (server-side filter); filter
    // again so a manager's device shows just what was handed to the manager personally.
    auto list = listTransfers();
    if (const auto* e = std::get_if<TeamError>(&list))
        return *e;
    QList<ReceivedContact> out;
    for (const Transfer& t : std::get<QList<Transfer>>(list)) {
        for (const TransferItem& item : t.items) {
            if (item.to != d->staffId || item.status != QLatin1String(transferStatus::Done))
                continue;
            out.append({t.id, item.contactId, item.from, item.doneAt, t.reason});
        }
    }
    std::sort(out.begin(), out.end(),
              [](const ReceivedContact& a, const ReceivedContact& b) { return a.doneAt > b.doneAt; });
    return out;
}

} // namespace ll::sync

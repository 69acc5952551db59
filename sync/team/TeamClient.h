#pragma once

#include "DirectoryMessages.h"
#include "TransferMessages.h"

#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <variant>

namespace ll {

class Store;

namespace sync {

// Why a team call failed; the CLI maps it to an exit code, the UI to a message.
enum class TeamErrorKind
{
    NotLoggedIn, // no token in this profile
    Offline,     // cannot reach the server
    Tls,         // certificate, host name or pin refused
    AuthExpired, // 401: log in again
    Forbidden,   // 403: e.g. a guide creating a transfer; `code` says why
    NotFound,    // 404: unknown transfer or staff id
    Invalid,     // 400/409/422: the request was refused as invalid; `code` says why
    Server,      // 5xx or a malformed answer
    Local,       // the local store could not be read
};

struct TeamError
{
    TeamErrorKind kind = TeamErrorKind::Server;
    QString code;    // the server's wire error code when it gave one ("forbidden", "account_departed"…)
    QString message; // English detail for logs and the CLI; never customer data
};

template <typename T> using TeamResult = std::variant<T, TeamError>;

QString teamErrorKindName(TeamErrorKind kind); // "offline", "forbidden", …

// POST /v1/staff/<id>/depart answers the departure and the transfer made first, if any.
struct Departure
{
    QString staffId;
    std::optional<Transfer> transfer;
};

// A contact handed to this device's user by a transfer (for "Customers handed to you").
struct ReceivedContact
{
    QString transferId;
    QString contactId;
    QString from;
    qint64 doneAt = 0;
    QString reason;
};

// The manager's calls (transfers, departures, directory, team overview), authenticated with the
// login SyncEngine stored in the profile's encrypted meta table. Synchronous: run it on a worker
// thread in the UI. The store is read only at construction, so the client can then move threads.
class TeamClient
{
public:
    explicit TeamClient(Store& store);
    ~TeamClient();
    TeamClient(const TeamClient&) = delete;
    TeamClient& operator=(const TeamClient&) = delete;

    bool loggedIn() const;
    QString role() const;    // "guide", "manager", "admin"; empty when not logged in
    QString staffId() const; // this device's user

    TeamResult<Transfer> createTransfer(const TransferRequest& request);
    TeamResult<QList<Transfer>> listTransfers();
    TeamResult<Transfer> transfer(const QString& id);
    TeamResult<Transfer> review(const QString& transferId, const ReviewRequest& request);
    TeamResult<Transfer> retry(const QString& transferId, const RetryRequest& request);
    TeamResult<Departure> depart(const QString& staffId, const TransferTargets& targets);
    TeamResult<Directory> directory();
    TeamResult<TeamOverview> overview();
    // The done items of transfers whose receiver is this user, newest first.
    TeamResult<QList<ReceivedContact>> receivedTransfers();

    // Cancels a call in flight from another thread (the answer is then a TeamError Offline).
    void cancel();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// The JSON body of a depart call ({"transferTo" | "evenly" | "byStore", "capacity", "reason"}).
QJsonObject departBody(const TransferTargets& targets);

} // namespace sync
} // namespace ll

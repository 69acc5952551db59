#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace ll {

// Reassignment (离职继承 / 在职继承): a transfer moves contacts from one guide to receivers;
// each contact is an item that goes waiting -> done, or failed with a reason.
namespace transferStatus {
inline constexpr const char* Waiting = "waiting";
inline constexpr const char* Done = "done";
inline constexpr const char* Failed = "failed";
inline constexpr const char* Partial = "partial"; // transfer only: some items done, some failed
} // namespace transferStatus

namespace transferFailure {
inline constexpr const char* AtCapacity = "at_capacity";
inline constexpr const char* ReceiverDeparted = "receiver_departed";
inline constexpr const char* ReceiverNotAllowed = "receiver_not_allowed";
inline constexpr const char* NoReceiver = "no_receiver";
inline constexpr const char* ContactDeleted = "contact_deleted";
inline constexpr const char* NotOwnedBySource = "not_owned_by_source";
} // namespace transferFailure

namespace transferStrategy {
inline constexpr const char* ToOne = "to_one";
inline constexpr const char* Evenly = "evenly";
inline constexpr const char* ByStore = "by_store";
} // namespace transferStrategy

// Who receives: one guide, several (evenly), or the receivers in each contact's store.
struct TransferTargets
{
    QString to;
    QStringList evenly;
    bool byStore = false;
    std::optional<int> capacity;
    QString reason;

    QString strategy() const;
};

// POST /v1/transfers: {"from", "to" | "evenly" | "byStore", "contacts"?, "capacity"?, "reason"?}
struct TransferRequest
{
    QString from;
    TransferTargets targets;
    QStringList contacts; // empty = every contact the source owns

    static Result<TransferRequest> fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
};

// POST /v1/staff/<id>/depart: {"transferTo"? | "evenly"? | "byStore"?, "capacity"?, "reason"?}
struct DepartRequest
{
    TransferTargets targets;
    bool transfers() const { return !targets.to.isEmpty() || !targets.evenly.isEmpty() || targets.byStore; }

    static Result<DepartRequest> fromJson(const QJsonObject& object);
};

// POST /v1/transfers/<id>/retry: {"to"?: staffId}
struct RetryRequest
{
    QString to;
    static Result<RetryRequest> fromJson(const QJsonObject& object);
};

// POST /v1/transfers/<id>/items/review: {"contacts": [ids]} or {"all": true}
struct ReviewRequest
{
    QStringList contacts;
    bool all = false;
    static Result<ReviewRequest> fromJson(const QJsonObject& object);
};

struct TransferItem
{
    QString contactId;
    QString from;
    QString to; // empty when no receiver was found
    QString status;
    QString reason; // failure code, empty unless failed
    qint64 doneAt = 0;
    bool reviewed = false;
    std::optional<qint64> firstFollowUpAt; // the new owner's first follow-up after the move

    QJsonObject toJson() const;
    static Result<TransferItem> fromJson(const QJsonObject& object, const QString& path);
};

struct Transfer
{
    QString id;
    QString createdBy;
    qint64 createdAt = 0;
    QString from;
    QString strategy;
    std::optional<int> capacity;
    QString reason;
    QString status;
    QList<TransferItem> items;

    int count(const char* itemStatus) const;
    QJsonObject toJson() const;
    static Result<Transfer> fromJson(const QJsonObject& object);
};

// GET /v1/transfers: {"transfers": [...]}
QJsonObject transferListJson(const QList<Transfer>& transfers);
Result<QList<Transfer>> transferListFromJson(const QJsonObject& object);

} // namespace ll

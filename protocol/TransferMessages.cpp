#include "TransferMessages.h"

#include "JsonInput.h"
#include "WireError.h"

#include <QJsonArray>

namespace ll {

namespace {

constexpr qsizetype MaxContactsPerTransfer = 100'000;
constexpr qsizetype MaxReceivers = 500;
constexpr qsizetype MaxReason = 500;

QJsonValue optionalText(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// An array of lowercase UUIDs; the reader already failed if it is not an array.
QStringList uuidList(ObjectReader& r, const QJsonArray& array, const QString& key)
{
    QStringList ids;
    ids.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString id = array.at(i).toString();
        if (!array.at(i).isString() || !isUuid(id)) {
            r.fail(wire::InvalidValue, QStringLiteral("%1[%2] must be a lowercase UUID").arg(key).arg(i));
            return {};
        }
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

// Reads the receiver options shared by transfers and departures; `toKey` differs between them.
TransferTargets readTargets(ObjectReader& r, const QString& toKey, bool targetRequired)
{
    TransferTargets t;
    t.to = r.uuid(toKey, false);
    t.evenly = uuidList(r, r.array(QStringLiteral("evenly"), MaxReceivers, false), QStringLiteral("evenly"));
    t.byStore = r.boolean(QStringLiteral("byStore"), false, false);
    if (const qint64 cap = r.integer(QStringLiteral("capacity"), 1, 1'000'000, false); cap > 0)
        t.capacity = static_cast<int>(cap);
    t.reason = r.string(QStringLiteral("reason"), MaxReason, false);
    if (r.failed())
        return t;
    const int chosen = (t.to.isEmpty() ? 0 : 1) + (t.evenly.isEmpty() ? 0 : 1) + (t.byStore ? 1 : 0);
    // byStore may narrow its receivers with an evenly list; "to" stands alone.
    if (!t.to.isEmpty() && chosen > 1)
        r.fail(wire::InvalidValue, toKey + QStringLiteral(" cannot be combined with evenly or byStore"));
    else if (targetRequired && chosen == 0)
        r.fail(wire::MissingField, QStringLiteral("one of %1, evenly, byStore is required").arg(toKey));
    return t;
}

} // namespace

QString TransferTargets::strategy() const
{
    if (byStore)
        return QString::fromLatin1(transferStrategy::ByStore);
    if (!evenly.isEmpty())
        return QString::fromLatin1(transferStrategy::Evenly);
    return QString::fromLatin1(transferStrategy::ToOne);
}

Result<TransferRequest> TransferRequest::fromJson(const QJsonObject& object)
{
    TransferRequest req;
    ObjectReader r(object, QString());
    req.from = r.uuid(QStringLiteral("from"));
    req.targets = readTargets(r, QStringLiteral("to"), true);
    req.contacts = uuidList(r, r.array(QStringLiteral("contacts"), MaxContactsPerTransfer, false),
                            QStringLiteral("contacts"));
    LL_TRY(r.finish());
    if (req.targets.to == req.from || req.targets.evenly.contains(req.from))
        return wireError(wire::InvalidValue, QStringLiteral("the source cannot receive its own contacts"));
    return req;
}

QJsonObject TransferRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("from"), from}};
    if (!targets.to.isEmpty())
        o.insert(QStringLiteral("to"), targets.to);
    if (!targets.evenly.isEmpty())
        o.insert(QStringLiteral("evenly"), QJsonArray::fromStringList(targets.evenly));
    if (targets.byStore)
        o.insert(QStringLiteral("byStore"), true);
    if (!contacts.isEmpty())
        o.insert(QStringLiteral("contacts"), QJsonArray::fromStringList(contacts));
    if (targets.capacity)
        o.insert(QStringLiteral("capacity"), *targets.capacity);
    if (!targets.reason.isEmpty())
        o.insert(QStringLiteral("reason"), targets.reason);
    return o;
}

Result<DepartRequest> DepartRequest::fromJson(const QJsonObject& object)
{
    DepartRequest req;
    ObjectReader r(object, QString());
    req.targets = readTargets(r, QStringLiteral("transferTo"), false);
    LL_TRY(r.finish());
    return req;
}

Result<RetryRequest> RetryRequest::fromJson(const QJsonObject& object)
{
    RetryRequest req;
    ObjectReader r(object, QString());
    req.to = r.uuid(QStringLiteral("to"), false);
    LL_TRY(r.finish());
    return req;
}

Result<ReviewRequest> ReviewRequest::fromJson(const QJsonObject& object)
{
    ReviewRequest req;
    ObjectReader r(object, QString());
    req.contacts = uuidList(r, r.array(QStringLiteral("contacts"), MaxContactsPerTransfer, false),
                            QStringLiteral("contacts"));
    req.all = r.boolean(QStringLiteral("all"), false, false);
    LL_TRY(r.finish());
    if (req.all == !req.contacts.isEmpty())
        return wireError(wire::InvalidValue, QStringLiteral("give either contacts or all: true"));
    return req;
}

QJsonObject TransferItem::toJson() const
{
    return QJsonObject{
        {QStringLiteral("contactId"), contactId},
        {QStringLiteral("from"), from},
        {QStringLiteral("to"), optionalText(to)},
        {QStringLiteral("status"), status},
        {QStringLiteral("reason"), optionalText(reason)},
        {QStringLiteral("doneAt"), doneAt > 0 ? QJsonValue(doneAt) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("reviewed"), reviewed},
        {QStringLiteral("firstFollowUpAt"),
         firstFollowUpAt ? QJsonValue(*firstFollowUpAt) : QJsonValue(QJsonValue::Null)}};
}

Result<TransferItem> TransferItem::fromJson(const QJsonObject& object, const QString& path)
{
    TransferItem item;
    ObjectReader r(object, path);
    item.contactId = r.uuid(QStringLiteral("contactId"));
    item.from = r.uuid(QStringLiteral("from"));
    item.to = r.uuid(QStringLiteral("to"), false);
    item.status = r.string(QStringLiteral("status"), 16);
    item.reason = r.string(QStringLiteral("reason"), 64, false);
    item.doneAt = r.integer(QStringLiteral("doneAt"), 0, (qint64(1) << 53) - 1, false);
    item.reviewed = r.boolean(QStringLiteral("reviewed"));
    if (!object.value(QStringLiteral("firstFollowUpAt")).isNull())
        item.firstFollowUpAt = r.integer(QStringLiteral("firstFollowUpAt"), 0, (qint64(1) << 53) - 1);
    else
        r.integer(QStringLiteral("firstFollowUpAt"), 0, 0, false); // null: seen, absent
    LL_TRY(r.finish());
    return item;
}

int Transfer::count(const char* itemStatus) const
{
    int n = 0;
    for (const TransferItem& item : items)
        n += item.status == QLatin1String(itemStatus) ? 1 : 0;
    return n;
}

QJsonObject Transfer::toJson() const
{
    QJsonArray list;
    for (const TransferItem& item : items)
        list.append(item.toJson());
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("createdBy"), createdBy},
        {QStringLiteral("createdAt"), createdAt},
        {QStringLiteral("from"), from},
        {QStringLiteral("strategy"), strategy},
        {QStringLiteral("capacity"), capacity ? QJsonValue(*capacity) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("reason"), optionalText(reason)},
        {QStringLiteral("status"), status},
        {QStringLiteral("done"), count(transferStatus::Done)},
        {QStringLiteral("failed"), count(transferStatus::Failed)},
        {QStringLiteral("items"), list}};
}

Result<Transfer> Transfer::fromJson(const QJsonObject& object)
{
    Transfer t;
    ObjectReader r(object, QStringLiteral("transfer"));
    t.id = r.uuid(QStringLiteral("id"));
    t.createdBy = r.string(QStringLiteral("createdBy"), 64);
    t.createdAt = r.integer(QStringLiteral("createdAt"), 0, (qint64(1) << 53) - 1);
    t.from = r.uuid(QStringLiteral("from"));
    t.strategy = r.string(QStringLiteral("strategy"), 16);
    if (const qint64 cap = r.integer(QStringLiteral("capacity"), 1, 1'000'000, false); cap > 0)
        t.capacity = static_cast<int>(cap);
    t.reason = r.string(QStringLiteral("reason"), MaxReason, false);
    t.status = r.string(QStringLiteral("status"), 16);
    r.integer(QStringLiteral("done"), 0, MaxContactsPerTransfer);
    r.integer(QStringLiteral("failed"), 0, MaxContactsPerTransfer);
    const QJsonArray list = r.array(QStringLiteral("items"), MaxContactsPerTransfer);
    LL_TRY(r.finish());
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto item = TransferItem::fromJson(list.at(i).toObject(), QStringLiteral("items[%1]").arg(i));
        if (!item)
            return item.error();
        t.items.append(std::move(item).value());
    }
    return t;
}

QJsonObject transferListJson(const QList<Transfer>& transfers)
{
    QJsonArray list;
    for (const Transfer& t : transfers)
        list.append(t.toJson());
    return QJsonObject{{QStringLiteral("transfers"), list}};
}

Result<QList<Transfer>> transferListFromJson(const QJsonObject& object)
{
    ObjectReader r(object, QString());
    const QJsonArray list = r.array(QStringLiteral("transfers"), 100'000);
    LL_TRY(r.finish());
    QList<Transfer> out;
    for (const QJsonValue& v : list) {
        auto t = Transfer::fromJson(v.toObject());
        if (!t)
            return t.error();
        out.append(std::move(t).value());
    }
    return out;
}

} // namespace ll

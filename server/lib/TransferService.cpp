#include "TransferService.h"

#include "Reassign.h"
#include "Tokens.h"
#include "WireError.h"

#include <QDateTime>

namespace ll::server {

namespace {

constexpr int MaxListed = 200;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

Error forbidden(const QString& detail)
{
    return wireError(wire::Forbidden, detail);
}

// Whether the caller may see this item: admins all, managers their store's side, guides their own receipts.
bool itemVisible(const Principal& p, const StoredItem& s)
{
    if (p.isAdmin())
        return true;
    if (p.isManager())
        return s.fromStoreId == p.storeId || s.toStoreId == p.storeId;
    return s.item.to == p.staffId && s.item.status == QLatin1String(transferStatus::Done);
}

} // namespace

struct TransferService::Receiver
{
    Staff staff;
    QString problem; // failure code when this receiver cannot take contacts
    int load = 0;    // current contacts plus those assigned so far (only counted with a capacity)
};

Result<Staff> TransferService::sourceFor(const Principal& p, const QString& staffId)
{
    if (p.isGuide())
        return forbidden(QStringLiteral("guides cannot reassign contacts"));
    auto staff = Accounts(m_conn).findById(staffId);
    if (!staff)
        return staff.error();
    // Another org's staff looks the same as a stranger: refused without saying whether it exists.
    if (!staff->has_value() || (*staff)->orgId != p.orgId)
        return forbidden(QStringLiteral("no such staff in your org"));
    if (p.isManager() && (*staff)->storeId != p.storeId)
        return forbidden(QStringLiteral("managers move contacts only within their store"));
    return **staff;
}

Result<QList<TransferService::Receiver>>
TransferService::receiversFor(const Principal& p, const Staff& source, const TransferTargets& targets)
{
    QList<Staff> candidates;
    const QStringList ids = !targets.to.isEmpty() ? QStringList{targets.to} : targets.evenly;
    if (ids.isEmpty()) {
        // byStore without a list: every active guide the caller may assign to, except the source.
        auto all = m_transfers.staffOfOrg(p.orgId);
        if (!all)
            return all.error();
        for (const Staff& s : all.value())
            if (s.role == QLatin1String(roles::Guide) && s.active() && !s.storeId.isEmpty() &&
                s.id != source.id && (p.isAdmin() || s.storeId == p.storeId))
                candidates.append(s);
    } else {
        Accounts accounts(m_conn);
        for (const QString& id : ids) {
            auto s = accounts.findById(id);
            if (!s)
                return s.error();
            if (!s->has_value() || (*s)->orgId != p.orgId)
                return forbidden(QStringLiteral("receiver not in your org"));
            candidates.append(**s);
        }
    }
    QList<Receiver> out;
    for (const Staff& s : candidates) {
        Receiver r{s, {}, 0};
        if (!s.active())
            r.problem = QString::fromLatin1(transferFailure::ReceiverDeparted);
        else if (s.id == source.id || s.storeId.isEmpty() || (p.isManager() && s.storeId != p.storeId))
            r.problem = QString::fromLatin1(transferFailure::ReceiverNotAllowed);
        if (targets.capacity) {
            auto count = m_transfers.contactCount(p.orgId, s.id);
            if (!count)
                return count.error();
            r.load = count.value();
        }
        out.append(r);
    }
    return out;
}

namespace {

// Picks receivers round-robin (per store for byStore), skipping full ones; deterministic for
// the same contacts (ordered by id) and receivers (in the order given).
class Planner
{
public:
    Planner(QList<TransferService::Receiver>& receivers, bool byStore, std::optional<int> capacity)
        : m_receivers(receivers)
        , m_byStore(byStore)
        , m_capacity(capacity)
    {}

    // The chosen receiver, or nullptr with `reason` set (and `named` the one it would have been).
    TransferService::Receiver* pick(const QString& contactStore, QString& reason, QString& named);

private:
    QList<TransferService::Receiver>& m_receivers;
    bool m_byStore;
    std::optional<int> m_capacity;
    QHash<QString, qsizetype> m_next;
};

} // namespace

TransferService::Receiver* Planner::pick(const QString& contactStore, QString& reason, QString& named)
{
    QList<TransferService::Receiver*> pool;
    QList<TransferService::Receiver*> usable;
    for (TransferService::Receiver& r : m_receivers) {
        if (m_byStore && r.staff.storeId != contactStore)
            continue;
        pool.append(&r);
        if (r.problem.isEmpty())
            usable.append(&r);
    }
    if (pool.isEmpty()) {
        reason = QString::fromLatin1(transferFailure::NoReceiver);
        return nullptr;
    }
    if (usable.isEmpty()) {
        reason = pool.first()->problem;
        named = pool.first()->staff.id;
        return nullptr;
    }
    const QString group = m_byStore ? contactStore : QString();
    const qsizetype start = m_next.value(group) % usable.size();
    for (qsizetype k = 0; k < usable.size(); ++k) {
        TransferService::Receiver* r = usable.at((start + k) % usable.size());
        if (!m_capacity || r->load < *m_capacity) {
            m_next.insert(group, (start + k + 1) % usable.size());
            ++r->load;
            return r;
        }
    }
    reason = QString::fromLatin1(transferFailure::AtCapacity);
    named = usable.at(start)->staff.id;
    return nullptr;
}

namespace {

// Why a contact cannot move (empty = it can): gone, deleted or no longer the source's.
QString contactProblem(const std::optional<RecordRow>& row, const QString& orgId, const QString& sourceId)
{
    if (!row || row->orgId != orgId || row->entity != QLatin1String("contact"))
        return QString::fromLatin1(transferFailure::NotOwnedBySource);
    if (row->deleted)
        return QString::fromLatin1(transferFailure::ContactDeleted);
    if (row->ownerId != sourceId)
        return QString::fromLatin1(transferFailure::NotOwnedBySource);
    return {};
}

QString overallStatus(const QList<StoredItem>& items)
{
    int done = 0;
    int failed = 0;
    for (const StoredItem& s : items) {
        done += s.item.status == QLatin1String(transferStatus::Done) ? 1 : 0;
        failed += s.item.status == QLatin1String(transferStatus::Failed) ? 1 : 0;
    }
    if (done + failed < items.size())
        return QString::fromLatin1(transferStatus::Waiting);
    if (failed == 0)
        return QString::fromLatin1(transferStatus::Done);
    return QString::fromLatin1(done == 0 ? transferStatus::Failed : transferStatus::Partial);
}

} // namespace

Result<Transfer> TransferService::create(const Principal& p, const TransferRequest& request)
{
    auto source = sourceFor(p, request.from);
    if (!source)
        return source.error();
    return run(p, source.value(), request.targets, request.contacts);
}

Result<Transfer> TransferService::run(const Principal& p, const Staff& source, const TransferTargets& targets,
                                      const QStringList& contactIds)
{
    auto tx = Transaction::begin(m_conn);
    if (!tx)
        return tx.error();
    LL_TRY(m_records.lockOrg(p.orgId));
    auto receivers = receiversFor(p, source, targets);
    if (!receivers)
        return receivers.error();

    // The contacts, each with the row it has now (nullopt: unknown id).
    QList<QPair<QString, std::optional<RecordRow>>> contacts;
    std::optional<QHash<QString, QStringList>> children; // read in bulk for "all contacts"
    if (contactIds.isEmpty()) {
        auto rows = m_transfers.contactsOwnedBy(p.orgId, source.id);
        if (!rows)
            return rows.error();
        auto bulk = m_transfers.childrenOfContactsOwnedBy(p.orgId, source.id);
        if (!bulk)
            return bulk.error();
        children = std::move(bulk).value();
        for (RecordRow& row : rows.value())
            contacts.append({row.id, std::move(row)});
    } else {
        QStringList sorted = contactIds;
        sorted.sort();
        for (const QString& id : sorted) {
            auto row = m_records.load(id);
            if (!row)
                return row.error();
            contacts.append({id, std::move(row).value()});
        }
    }

    Transfer t;
    t.id = newId();
    t.createdBy = p.staffId;
    t.createdAt = now();
    t.from = source.id;
    t.strategy = targets.strategy();
    t.capacity = targets.capacity;
    t.reason = targets.reason;
    t.status = QString::fromLatin1(transferStatus::Waiting);
    LL_TRY(m_transfers.insertTransfer(p.orgId, t));

    // Every item is recorded as waiting first, then each is moved or refused.
    QList<StoredItem> items;
    items.reserve(contacts.size());
    for (const auto& [id, row] : contacts) {
        StoredItem s;
        s.item.contactId = id;
        s.item.from = source.id;
        s.item.status = QString::fromLatin1(transferStatus::Waiting);
        s.fromStoreId = row && row->orgId == p.orgId ? row->storeId : source.storeId;
        items.append(std::move(s));
    }
    LL_TRY(m_transfers.insertItems(t.id, items));

    Planner planner(receivers.value(), targets.byStore, targets.capacity);
    Reassigner reassigner(m_records, m_transfers, source, p.staffId, m_ip);
    for (qsizetype i = 0; i < items.size(); ++i) {
        StoredItem& s = items[i];
        const std::optional<RecordRow>& row = contacts.at(i).second;
        QString reason = contactProblem(row, p.orgId, source.id);
        Receiver* to = nullptr;
        if (reason.isEmpty())
            to = planner.pick(row->storeId, reason, s.item.to);
        if (to) {
            auto seq = children ? reassigner.move(*row, to->staff, t.id, children->value(row->id))
                                : reassigner.move(*row, to->staff, t.id);
            if (!seq)
                return seq.error();
            s.moveSeq = seq.value();
            s.item.to = to->staff.id;
            s.toStoreId = to->staff.storeId;
            s.item.status = QString::fromLatin1(transferStatus::Done);
            s.item.doneAt = now();
        } else {
            s.item.status = QString::fromLatin1(transferStatus::Failed);
            s.item.reason = reason;
        }
    }
    LL_TRY(reassigner.flush());
    LL_TRY(m_transfers.replaceItems(t.id, items));
    t.status = overallStatus(items);
    LL_TRY(m_transfers.setTransferStatus(t.id, t.status));
    LL_TRY(m_records.flushSeq());
    LL_TRY(tx->commit());
    for (const StoredItem& s : items)
        t.items.append(s.item);
    return t;
}

Result<std::optional<Transfer>> TransferService::depart(const Principal& p, const QString& staffId,
                                                        const DepartRequest& request)
{
    auto source = sourceFor(p, staffId);
    if (!source)
        return source.error();
    if (source->id == p.staffId)
        return forbidden(QStringLiteral("you cannot mark yourself departed"));
    std::optional<Transfer> made;
    if (request.transfers()) {
        auto t = run(p, source.value(), request.targets, {});
        if (!t)
            return t.error();
        made = std::move(t).value();
    }
    if (source->active())
        LL_TRY(Accounts(m_conn).depart(staffId));
    return made;
}

Result<std::optional<StoredTransfer>> TransferService::visibleTransfer(const Principal& p,
                                                                       const QString& transferId)
{
    auto stored = m_transfers.loadTransfer(transferId);
    if (!stored)
        return stored.error();
    if (!stored->has_value() || (*stored)->orgId != p.orgId)
        return std::optional<StoredTransfer>();
    return stored;
}

Result<Transfer> TransferService::withItems(const Principal& p, StoredTransfer stored)
{
    auto items = m_transfers.items(stored.transfer.id);
    if (!items)
        return items.error();
    auto first = m_transfers.firstFollowUps(stored.transfer.id);
    if (!first)
        return first.error();
    Transfer t = std::move(stored.transfer);
    for (StoredItem& s : items.value()) {
        if (!itemVisible(p, s))
            continue;
        if (auto it = first->constFind(s.item.contactId); it != first->constEnd())
            s.item.firstFollowUpAt = it.value();
        t.items.append(std::move(s.item));
    }
    return t;
}

Result<QList<Transfer>> TransferService::list(const Principal& p)
{
    auto stored = m_transfers.list(p.orgId, p.isGuide() ? p.staffId : QString(), MaxListed);
    if (!stored)
        return stored.error();
    QList<Transfer> out;
    for (StoredTransfer& s : stored.value()) {
        const bool mine = s.transfer.createdBy == p.staffId;
        auto t = withItems(p, std::move(s));
        if (!t)
            return t.error();
        if (p.isAdmin() || mine || !t->items.isEmpty())
            out.append(std::move(t).value());
    }
    return out;
}

Result<Transfer> TransferService::get(const Principal& p, const QString& transferId)
{
    auto stored = visibleTransfer(p, transferId);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return wireError(wire::NotFound, QStringLiteral("no such transfer"));
    const bool mine = (*stored)->transfer.createdBy == p.staffId;
    auto t = withItems(p, std::move(**stored));
    if (!t)
        return t.error();
    if (!p.isAdmin() && !mine && t->items.isEmpty())
        return wireError(wire::NotFound, QStringLiteral("no such transfer"));
    return t;
}

Result<Transfer> TransferService::review(const Principal& p, const QString& transferId,
                                         const ReviewRequest& request)
{
    if (p.isGuide())
        return forbidden(QStringLiteral("only managers and admins review transfers"));
    auto t = get(p, transferId);
    if (!t)
        return t.error();
    QStringList visible;
    for (const TransferItem& item : t->items)
        visible << item.contactId;
    QStringList chosen;
    for (const QString& id : request.all ? visible : request.contacts)
        if (visible.contains(id))
            chosen << id;
    if (chosen.isEmpty())
        return get(p, transferId);
    auto tx = Transaction::begin(m_conn);
    if (!tx)
        return tx.error();
    // An admin's "all" is every item: one UPDATE instead of one per item.
    LL_TRY(
        m_transfers.markReviewed(transferId, p.isAdmin() && request.all ? QStringList() : chosen, p.staffId));
    LL_TRY(tx->commit());
    return get(p, transferId);
}

Result<Transfer> TransferService::retry(const Principal& p, const QString& transferId,
                                        const RetryRequest& request)
{
    if (p.isGuide())
        return forbidden(QStringLiteral("guides cannot reassign contacts"));
    auto visible = get(p, transferId);
    if (!visible)
        return visible.error();
    auto source = sourceFor(p, visible->from);
    if (!source)
        return source.error();

    auto tx = Transaction::begin(m_conn);
    if (!tx)
        return tx.error();
    LL_TRY(m_records.lockOrg(p.orgId));
    auto items = m_transfers.items(transferId);
    if (!items)
        return items.error();
    Reassigner reassigner(m_records, m_transfers, source.value(), p.staffId, m_ip);
    QHash<QString, QList<Receiver>> receivers; // by receiver id, looked up once each
    for (StoredItem& s : items.value()) {
        if (s.item.status != QLatin1String(transferStatus::Failed))
            continue;
        const QString target = request.to.isEmpty() ? s.item.to : request.to;
        s.item.status = QString::fromLatin1(transferStatus::Waiting);
        s.item.reason.clear();
        LL_TRY(m_transfers.updateItem(transferId, s));

        auto row = m_records.load(s.item.contactId);
        if (!row)
            return row.error();
        QString reason = contactProblem(row.value(), p.orgId, source->id);
        Receiver* to = nullptr;
        if (reason.isEmpty() && target.isEmpty())
            reason = QString::fromLatin1(transferFailure::NoReceiver);
        if (reason.isEmpty()) {
            if (!receivers.contains(target)) {
                TransferTargets one;
                one.to = target;
                one.capacity = visible->capacity;
                auto found = receiversFor(p, source.value(), one);
                if (!found)
                    return found.error();
                receivers.insert(target, found.value());
            }
            QString named;
            Planner planner(receivers[target], false, visible->capacity);
            to = planner.pick(QString(), reason, named);
        }
        if (to) {
            auto seq = reassigner.move(**row, to->staff, transferId);
            if (!seq)
                return seq.error();
            s.moveSeq = seq.value();
            s.item.to = to->staff.id;
            s.toStoreId = to->staff.storeId;
            s.item.status = QString::fromLatin1(transferStatus::Done);
            s.item.doneAt = now();
        } else {
            s.item.to = target;
            s.item.status = QString::fromLatin1(transferStatus::Failed);
            s.item.reason = reason;
        }
        LL_TRY(m_transfers.updateItem(transferId, s));
    }
    LL_TRY(reassigner.flush());
    LL_TRY(m_transfers.setTransferStatus(transferId, overallStatus(items.value())));
    LL_TRY(m_records.flushSeq());
    LL_TRY(tx->commit());
    return get(p, transferId);
}

} // namespace ll::server

#pragma once

#include "Accounts.h"
#include "RecordStore.h"
#include "Sessions.h"
#include "TransferMessages.h"
#include "TransferStore.h"

namespace ll::server {

// Transfers (reassignment of contacts) and staff departure. Every call runs in one transaction:
// items are planned (waiting), moved (done) or refused (failed, with a reason) all together.
// Guides cannot create transfers; managers only within their store; admins org-wide.
class TransferService
{
public:
    TransferService(SqlConnection& conn, QString ip)
        : m_conn(conn)
        , m_records(conn)
        , m_transfers(conn)
        , m_ip(std::move(ip))
    {}

    Result<Transfer> create(const Principal& p, const TransferRequest& request);
    // Marks the staff member departed (tokens revoked: next pull wipes) and, when asked, first
    // transfers all their contacts. Returns the transfer, if one was made.
    Result<std::optional<Transfer>> depart(const Principal& p, const QString& staffId,
                                           const DepartRequest& request);
    // Admins see every transfer, managers those touching their store, guides only their receipts.
    Result<QList<Transfer>> list(const Principal& p);
    Result<Transfer> get(const Principal& p, const QString& transferId);
    Result<Transfer> review(const Principal& p, const QString& transferId, const ReviewRequest& request);
    // Failed items are tried again, to `to` when given, else to the receiver first planned.
    Result<Transfer> retry(const Principal& p, const QString& transferId, const RetryRequest& request);

    // A possible receiver and its load; defined in the .cpp (used by the planner there).
    struct Receiver;

private:
    Result<Staff> sourceFor(const Principal& p, const QString& staffId);
    Result<QList<Receiver>> receiversFor(const Principal& p, const Staff& source,
                                         const TransferTargets& targets);
    Result<Transfer> run(const Principal& p, const Staff& source, const TransferTargets& targets,
                         const QStringList& contactIds);
    Result<std::optional<StoredTransfer>> visibleTransfer(const Principal& p, const QString& transferId);
    Result<Transfer> withItems(const Principal& p, StoredTransfer stored);
    Status finishTransfer(const QString& transferId);

    SqlConnection& m_conn;
    RecordStore m_records;
    TransferStore m_transfers;
    QString m_ip;
};

} // namespace ll::server

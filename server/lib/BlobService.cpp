#include "BlobService.h"

#include "JsonInput.h"
#include "WireError.h"
#include "WireLimits.h"

#include <QCryptographicHash>
#include <QDateTime>

namespace ll::server {

Result<bool> BlobService::put(const Principal& p, const QString& id, const QByteArray& content)
{
    if (!isSha256Hex(id))
        return wireError(wire::InvalidBlobId, QStringLiteral("blob id must be 64 lowercase hex digits"));
    if (content.size() > limits::MaxBlobBytes)
        return wireError(wire::BodyTooLarge,
                         QStringLiteral("blob exceeds %1 bytes").arg(limits::MaxBlobBytes));
    const QString actual =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    if (actual != id)
        return wireError(wire::HashMismatch, QStringLiteral("content does not hash to the blob id"));
    auto tx = Transaction::begin(m_conn);
    if (!tx)
        return tx.error();
    auto exists = m_conn.scalar(QStringLiteral("SELECT COUNT(*) FROM blobs WHERE org_id = ? AND sha256 = ?"),
                                {p.orgId, id});
    if (!exists)
        return exists.error();
    if (exists->toInt() > 0)
        return false;
    LL_TRY(m_conn.run(
        QStringLiteral(
            "INSERT INTO blobs (org_id, sha256, size, content, created_at) VALUES (?, ?, ?, ?, ?)"),
        {p.orgId, id, content.size(), content, QDateTime::currentMSecsSinceEpoch()}));
    LL_TRY(tx->commit());
    return true;
}

Result<QByteArray> BlobService::get(const Principal& p, const QString& id)
{
    if (!isSha256Hex(id))
        return wireError(wire::InvalidBlobId, QStringLiteral("blob id must be 64 lowercase hex digits"));
    auto content = m_conn.scalar(QStringLiteral("SELECT content FROM blobs WHERE org_id = ? AND sha256 = ?"),
                                 {p.orgId, id});
    if (!content)
        return content.error();
    if (!content->isValid())
        return wireError(wire::NotFound, QStringLiteral("no such blob"));
    return content->toByteArray();
}

Result<BlobService::Upload> BlobService::uploadState(const Principal& p, const QString& id)
{
    if (!isSha256Hex(id))
        return wireError(wire::InvalidBlobId, QStringLiteral("blob id must be 64 lowercase hex digits"));
    auto size = m_conn.scalar(QStringLiteral("SELECT size FROM blobs WHERE org_id = ? AND sha256 = ?"),
                              {p.orgId, id});
    if (!size)
        return size.error();
    if (size->isValid())
        return Upload{size->toLongLong(), size->toLongLong(), true};
    auto q = m_conn.exec(
        QStringLiteral("SELECT total, received FROM blob_uploads WHERE org_id = ? AND sha256 = ?"),
        {p.orgId, id});
    if (!q)
        return q.error();
    if (!q->next())
        return Upload{};
    return Upload{q->value(1).toByteArray().size(), q->value(0).toLongLong(), false};
}

Result<BlobService::Upload> BlobService::putChunk(const Principal& p, const QString& id, qint64 start,
                                                  qint64 total, const QByteArray& chunk)
{
    if (!isSha256Hex(id))
        return wireError(wire::InvalidBlobId, QStringLiteral("blob id must be 64 lowercase hex digits"));
    if (total > limits::MaxBlobBytes)
        return wireError(wire::BodyTooLarge,
                         QStringLiteral("blob exceeds %1 bytes").arg(limits::MaxBlobBytes));
    auto tx = Transaction::begin(m_conn);
    if (!tx)
        return tx.error();
    auto state = uploadState(p, id);
    if (!state)
        return state.error();
    if (state->complete)
        return state.value();
    QByteArray received;
    if (state->total != 0) {
        if (state->total != total)
            return wireError(wire::InvalidValue, QStringLiteral("total differs from the upload in progress"));
        auto bytes =
            m_conn.scalar(QStringLiteral("SELECT received FROM blob_uploads WHERE org_id = ? AND sha256 = ?"),
                          {p.orgId, id});
        if (!bytes)
            return bytes.error();
        received = bytes->toByteArray();
    }
    if (start != received.size())
        return wireError(wire::OffsetMismatch, QStringLiteral("expected offset %1").arg(received.size()));
    received += chunk;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    LL_TRY(m_conn.run(QStringLiteral("DELETE FROM blob_uploads WHERE org_id = ? AND sha256 = ?"),
                      {p.orgId, id}));
    if (received.size() < total) {
        LL_TRY(m_conn.run(
            QStringLiteral("INSERT INTO blob_uploads (org_id, sha256, total, received, updated_at) "
                           "VALUES (?, ?, ?, ?, ?)"),
            {p.orgId, id, total, received, now}));
        LL_TRY(tx->commit());
        return Upload{received.size(), total, false};
    }
    const QString actual =
        QString::fromLatin1(QCryptographicHash::hash(received, QCryptographicHash::Sha256).toHex());
    if (actual != id) {
        // The partial upload is dropped too: resuming a corrupt upload can never succeed.
        LL_TRY(tx->commit());
        return wireError(wire::HashMismatch, QStringLiteral("content does not hash to the blob id"));
    }
    LL_TRY(m_conn.run(
        QStringLiteral(
            "INSERT INTO blobs (org_id, sha256, size, content, created_at) VALUES (?, ?, ?, ?, ?)"),
        {p.orgId, id, received.size(), received, now}));
    LL_TRY(tx->commit());
    return Upload{total, total, true};
}

} // namespace ll::server

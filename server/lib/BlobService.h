#pragma once

#include "Sessions.h"

namespace ll::server {

// Material files, content-addressed by SHA-256 and scoped per org. Kept in the database so
// every server process sees them (the server keeps no state on its own disk).
class BlobService
{
public:
    explicit BlobService(SqlConnection& conn)
        : m_conn(conn)
    {}

    // Returns true when the blob was new. Errors: invalid_blob_id, hash_mismatch, body_too_large.
    Result<bool> put(const Principal& p, const QString& id, const QByteArray& content);
    // Errors: invalid_blob_id, not_found.
    Result<QByteArray> get(const Principal& p, const QString& id);

    struct Upload
    {
        qint64 received = 0;
        qint64 total = 0;
        bool complete = false;
    };
    // One chunk of a resumable upload (Content-Range: bytes start-end/total). `start` must be
    // where the previous chunk ended (offset_mismatch otherwise); the chunk that reaches
    // `total` verifies the hash and publishes the blob.
    Result<Upload> putChunk(const Principal& p, const QString& id, qint64 start, qint64 total,
                            const QByteArray& chunk);
    // How far an upload got, so an interrupted client resumes instead of starting over.
    Result<Upload> uploadState(const Principal& p, const QString& id);

private:
    SqlConnection& m_conn;
};

} // namespace ll::server

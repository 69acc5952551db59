#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace ll {

class Database;

struct BlobRef
{
    QString sha256; // hex SHA-256 of the plaintext
    qint64 size = 0;
    bool created = false; // false when the same content was already stored
};

// Content-addressed file storage INSIDE the SQLCipher store, as 1 MiB chunks of table material_chunk.
//
// Why inside the database rather than as secretstream-encrypted files beside it:
//  - nothing about a file is visible on disk: no per-file name (not even a keyed hash), no size, no count;
//  - one key and one file to protect and to crypto-shred when a departed guide's profile is wiped;
//  - adding a material and its blob commit or roll back together, so there are no orphan or half-written
//    files after a crash, and SQLCipher's per-page HMAC authenticates the content;
//  - no second key hierarchy (the store does not keep the data key around after opening).
// The cost is a larger database file (space of deleted blobs is reused, not returned, until VACUUM) and
// a per-file cap (maxBytes) that keeps single transactions and exports reasonable.
// Temporary tables live in memory (SQLITE_TEMP_STORE=3), so no plaintext spills to temp files either.
class BlobStore
{
public:
    static constexpr qint64 ChunkBytes = 1024 * 1024;

    explicit BlobStore(Database& db);

    // Stores the file (must run inside the caller's transaction). InvalidInput when larger than maxBytes;
    // the file is read twice (hash, then store) and Conflict is returned if it changed in between.
    Result<BlobRef> put(const QString& filePath, qint64 maxBytes);
    Result<BlobRef> putBytes(const QByteArray& bytes, qint64 maxBytes);
    bool contains(const QString& sha256);
    // Writes the plaintext to targetPath (atomically, via a temporary file in the same folder) and checks
    // it against the content address; Corrupt if it does not match.
    Status exportTo(const QString& sha256, const QString& targetPath);
    Result<QByteArray> read(const QString& sha256, qint64 maxBytes);
    // Deletes blobs no live material refers to (a tombstone is final); returns how many.
    Result<int> purgeUnreferenced();
    Result<int> count();

private:
    Result<qint64> rowIdOf(const QString& sha256);

    Database& m_db;
};

// "12.5 MB" style sizes for messages.
QString formatBytes(qint64 bytes);

} // namespace ll

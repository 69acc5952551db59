#pragma once

#include "util/Result.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <variant>

namespace ll {

class Store;

namespace sync {

// Where the server is and how its certificate is checked (verification is always on).
struct ServerConfig
{
    QString url;             // "https://host:port" (no trailing path)
    QString caFile;          // PEM of a private CA; empty = system roots
    QString pinnedPublicKey; // "sha256//<base64>" (libcurl PINNEDPUBLICKEY); empty = no pin
};

// Why a sync or login failed; the UI shows a message per kind.
enum class SyncErrorKind
{
    Offline,     // cannot reach the server (DNS, refused, timeout)
    Tls,         // certificate, host name or pin refused: never retried
    AuthExpired, // token expired/revoked or not logged in: log in again
    Departed,    // account disabled: the store was wiped (see SyncReport::wiped)
    Server,      // 4xx/5xx the engine cannot recover from, or a malformed answer
    Cancelled,
    Local, // the local store failed (disk full, corrupt)
};

struct SyncError
{
    SyncErrorKind kind = SyncErrorKind::Server;
    QString message; // English detail for logs and the CLI; never customer data
};

enum class SyncPhase
{
    Upload, // blobs of materials
    Push,
    Pull,
};

// Progress reported between steps; `total` is 0 when unknown (pull).
struct SyncProgress
{
    SyncPhase phase = SyncPhase::Push;
    qint64 done = 0;
    qint64 total = 0;
};
using ProgressCallback = std::function<void(const SyncProgress&)>;

struct SyncReport
{
    int pushed = 0;    // mutations the server applied (or had applied: duplicates)
    int rejected = 0;  // final rejections, recorded in sync_rejection
    int pulled = 0;    // changes applied from the feed
    int revoked = 0;   // contacts purged because they are no longer visible
    int conflicts = 0; // new notes conflicts recorded in record_conflict
    // The account was departed: the key, store, WAL and SHM were deleted. The caller must drop the
    // Store/Profile at once without writing, and may call Profile::wipe(dir) again after closing.
    bool wiped = false;
    qint64 cursor = 0; // the pull cursor after this sync
};

struct SyncStatus
{
    bool loggedIn = false;
    QString serverUrl;
    QString user;        // username given at login
    QString displayName; // from the server
    QString role;
    int pendingCount = 0;  // outbox rows not yet pushed
    qint64 lastSyncAt = 0; // ms since epoch of the last successful sync; 0 = never
    QString lastError;     // empty when the last sync succeeded
};

struct LoginInfo
{
    QString staffId;
    QString orgId;
    QString storeId;
    QString role;
    QString displayName;
};

template <typename T> using SyncResult = std::variant<T, SyncError>;

// The sync client of one profile. Synchronous: call it on the thread that owns `store` (the desktop
// app gives it its own Store connection on a worker thread). The token, server config and login
// identity live in the encrypted store's `meta` table, i.e. wrapped by the data key.
class SyncEngine
{
public:
    explicit SyncEngine(Store& store);
    ~SyncEngine();
    SyncEngine(const SyncEngine&) = delete;
    SyncEngine& operator=(const SyncEngine&) = delete;

    // Logs in with this store's device id; sets the store's actor id to the staff id and hands the
    // records the profile created offline (owned by its previous local actor) over to it.
    std::optional<SyncError> login(const ServerConfig& server, const QString& org, const QString& username,
                                   const QString& password, LoginInfo* info = nullptr);
    // Tells the server (best effort) and forgets the token; the local data stays.
    std::optional<SyncError> logout();

    // Push the outbox, then pull until the feed is drained. `cancel` may be set from another thread.
    SyncResult<SyncReport> syncOnce(const ProgressCallback& progress = {},
                                    const std::atomic<bool>* cancel = nullptr);

    // Downloads a material blob (content addressed) into the local BlobStore if it is not there yet.
    std::optional<SyncError> fetchBlob(const QString& sha256, const std::atomic<bool>* cancel = nullptr);

    SyncStatus status();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

QString syncErrorKindName(SyncErrorKind kind); // "offline", "tls", "auth_expired", …

} // namespace sync
} // namespace ll

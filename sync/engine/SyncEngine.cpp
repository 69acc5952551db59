#include "SyncEngine.h"

#include "ChangeApplier.h"
#include "DirectoryMessages.h"
#include "LoginMessages.h"
#include "OutboxReader.h"
#include "PullMessages.h"
#include "PullPageDecoder.h"
#include "PushMessages.h"
#include "SyncMeta.h"
#include "library/BlobStore.h"
#include "net/HttpClient.h"
#include "profile/Profile.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSysInfo>
#include <QThreadPool>

#include <future>
#include <memory>

namespace ll::sync {

namespace {

namespace key = meta_key;

constexpr int PushBatch = 1000;
constexpr int PullLimit = 5000; // the server's maximum: fewer round trips, commits and FTS segments
constexpr int OlderServerPullLimit = 1000; // servers before 5,000-change pages refuse more with a 400
constexpr qint64 BlobChunk = 1024 * 1024;
constexpr qint64 MaxBlobBytes = 16LL * 1024 * 1024;

SyncError err(SyncErrorKind kind, const QString& message)
{
    return SyncError{kind, message};
}

SyncError localError(const Error& e)
{
    return err(SyncErrorKind::Local, e.message);
}

QString wireCode(const net::HttpResponse& r)
{
    return QJsonDocument::fromJson(r.body)
        .object()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

// nullopt when the answer is a 2xx.
std::optional<SyncError> classify(const net::HttpResponse& r)
{
    switch (r.error) {
    case net::NetError::None:
        break;
    case net::NetError::Tls:
        return err(SyncErrorKind::Tls, r.errorText);
    case net::NetError::Connect:
    case net::NetError::Timeout:
        return err(SyncErrorKind::Offline, r.errorText);
    case net::NetError::Cancelled:
        return err(SyncErrorKind::Cancelled, r.errorText);
    default:
        return err(SyncErrorKind::Server, r.errorText);
    }
    if (r.status >= 200 && r.status < 300)
        return std::nullopt;
    const QString code = wireCode(r);
    if (code == QLatin1String("account_departed"))
        return err(SyncErrorKind::Departed, QStringLiteral("The account has been disabled."));
    if (r.status == 401)
        return err(SyncErrorKind::AuthExpired, QStringLiteral("Please log in again (%1).").arg(code));
    return err(SyncErrorKind::Server, QStringLiteral("The server answered %1 %2.").arg(r.status).arg(code));
}

bool cancelled(const std::atomic<bool>* cancel)
{
    return cancel && cancel->load();
}

} // namespace

QString syncErrorKindName(SyncErrorKind kind)
{
    switch (kind) {
    case SyncErrorKind::Offline:
        return QStringLiteral("offline");
    case SyncErrorKind::Tls:
        return QStringLiteral("tls");
    case SyncErrorKind::AuthExpired:
        return QStringLiteral("auth_expired");
    case SyncErrorKind::Departed:
        return QStringLiteral("departed");
    case SyncErrorKind::Server:
        return QStringLiteral("server");
    case SyncErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case SyncErrorKind::Local:
        break;
    }
    return QStringLiteral("local");
}

struct SyncEngine::Impl
{
    explicit Impl(Store& s)
        : store(s)
    {
        pageThread.setMaxThreadCount(1);
        pageThread.setExpiryTimeout(-1);
    }

    Store& store;
    std::unique_ptr<net::HttpClient> client;
    // Fetches and parses pull pages ahead of the applier. One thread that lives as long as the engine:
    // what it caches per thread (the transliterators behind search tokens) is built once, not per page.
    QThreadPool pageThread;
    QString clientCa, clientPin;

    QString meta(const QString& k) { return store.meta(k).ok() ? store.meta(k).value() : QString(); }

    net::HttpClient& http(const QString& ca, const QString& pin)
    {
        if (!client || clientCa != ca || clientPin != pin) {
            client = std::make_unique<net::HttpClient>(net::TlsPolicy{ca, pin});
            clientCa = ca;
            clientPin = pin;
        }
        return *client;
    }

    net::HttpRequest request(const QByteArray& method, const QString& path, const QByteArray& body = {})
    {
        net::HttpRequest r;
        r.method = method;
        r.url = meta(key::Url) + path;
        r.body = body;
        const QString token = meta(key::Token);
        if (!token.isEmpty())
            r.headers.append({"Authorization", "Bearer " + token.toLatin1()});
        return r;
    }

    net::HttpResponse send(const net::HttpRequest& r, const std::atomic<bool>* cancel)
    {
        return net::sendWithRetry(http(meta(key::Ca), meta(key::Pin)), r, net::RetryPolicy{}, cancel);
    }

    std::optional<SyncError> push(SyncReport& report, const ProgressCallback& progress,
                                  const std::atomic<bool>* cancel);
    std::optional<SyncError> uploadBlobs(const QList<Mutation>& mutations, const std::atomic<bool>* cancel);
    std::optional<SyncError> uploadBlob(const QString& sha256, const std::atomic<bool>* cancel);
    std::optional<SyncError> pull(SyncReport& report, const ProgressCallback& progress,
                                  const std::atomic<bool>* cancel);
    void refreshDirectory(const std::atomic<bool>* cancel);
    Status recordRejection(const OutboxRow& row, const QString& code);
    Status deleteOutboxRow(qint64 mutationId);
};

SyncEngine::SyncEngine(Store& store)
    : d(std::make_unique<Impl>(store))
{}

SyncEngine::~SyncEngine() = default;

std::optional<SyncError> SyncEngine::login(const ServerConfig& server, const QString& org,
                                           const QString& username, const QString& password, LoginInfo* info)
{
    if (!server.url.startsWith(QLatin1String("https://")))
        return err(SyncErrorKind::Tls, QStringLiteral("The server address must start with https://."));
    LoginRequest body;
    body.username = username;
    body.password = password;
    body.deviceId = d->store.deviceId();
    body.deviceName = QSysInfo::machineHostName().left(64);
    body.org = org;
    net::HttpRequest r;
    r.method = "POST";
    r.url = server.url + QStringLiteral("/v1/login");
    r.body = QJsonDocument(body.toJson()).toJson(QJsonDocument::Compact);
    const net::HttpResponse answer =
        net::sendWithRetry(d->http(server.caFile, server.pinnedPublicKey), r, net::RetryPolicy{});
    if (auto e = classify(answer)) {
        if (wireCode(answer) == QLatin1String("bad_credentials"))
            e->message = QStringLiteral("Wrong user name or password.");
        return e;
    }
    auto parsed = LoginResponse::fromJson(QJsonDocument::fromJson(answer.body).object());
    if (!parsed.ok())
        return err(SyncErrorKind::Server, parsed.message());
    const LoginResponse& who = parsed.value();

    Store& store = d->store;
    Database& db = store.db();
    Transaction tx(db);
    if (!tx.beginStatus().ok())
        return localError(tx.beginStatus().error());
    const QList<QPair<QString, QString>> values{{key::Url, server.url},
                                                {key::Ca, server.caFile},
                                                {key::Pin, server.pinnedPublicKey},
                                                {key::Token, who.token},
                                                {key::User, username},
                                                {key::Org, org},
                                                {key::StaffId, who.staffId},
                                                {key::OrgId, who.orgId},
                                                {key::StoreId, who.storeId},
                                                {key::Role, who.role},
                                                {key::DisplayName, who.displayName}};
    for (const auto& [k, v] : values)
        if (Status s = store.setMeta(k, v); !s.ok())
            return localError(s.error());
    // Records created offline belong to the profile's local actor: they become the staff member's.
    const QString previous = store.actorId();
    if (!previous.isEmpty() && previous != who.staffId) {
        for (const char* sql : {"UPDATE contact SET owner_id = ?1 WHERE owner_id = ?2",
                                "UPDATE reminder_rule SET owner_id = ?1 WHERE owner_id = ?2",
                                "UPDATE script SET owner_id = ?1 WHERE owner_id = ?2",
                                "UPDATE material SET owner_id = ?1 WHERE owner_id = ?2",
                                "UPDATE followup SET staff_id = ?1 WHERE staff_id = ?2",
                                "UPDATE purchase SET staff_id = ?1 WHERE staff_id = ?2",
                                "UPDATE outbox SET payload = replace(payload, ?2, ?1)"}) {
            Statement& st = db.cached(sql);
            st.bind(1, who.staffId).bind(2, previous);
            if (Status s = st.exec(); !s.ok())
                return localError(s.error());
        }
    }
    if (Status s = store.setActorId(who.staffId); !s.ok())
        return localError(s.error());
    if (Status s = tx.commit(); !s.ok())
        return localError(s.error());
    if (info)
        *info = LoginInfo{who.staffId, who.orgId, who.storeId, who.role, who.displayName};
    return std::nullopt;
}

std::optional<SyncError> SyncEngine::logout()
{
    if (!d->meta(key::Token).isEmpty()) {
        net::HttpRequest r = d->request("POST", QStringLiteral("/v1/logout"), "{}");
        (void)d->http(d->meta(key::Ca), d->meta(key::Pin))
            .send(r); // best effort: the token is forgotten anyway
    }
    if (Status s = d->store.setMeta(key::Token, QString()); !s.ok())
        return localError(s.error());
    return std::nullopt;
}

Status SyncEngine::Impl::deleteOutboxRow(qint64 mutationId)
{
    Statement& st = store.db().cached("DELETE FROM outbox WHERE mutation_id = ?");
    st.bind(1, mutationId);
    return st.exec();
}

Status SyncEngine::Impl::recordRejection(const OutboxRow& row, const QString& code)
{
    // The summary names the fields, never their values: this table outlives the record.
    const QStringList fields = row.payload.value(QStringLiteral("fields")).toObject().keys();
    Statement& st = store.db().cached("INSERT INTO sync_rejection (mutation_id, entity, record_id, op, code, "
                                      "summary, rejected_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, row.mutationId)
        .bind(2, row.entity)
        .bind(3, row.recordId)
        .bind(4, row.op)
        .bind(5, code)
        .bind(6, fields.join(QLatin1Char(',')))
        .bind(7, QDateTime::currentMSecsSinceEpoch());
    return st.exec();
}

std::optional<SyncError> SyncEngine::Impl::uploadBlob(const QString& sha256, const std::atomic<bool>* cancel)
{
    BlobStore blobs(store.db());
    if (!blobs.contains(sha256))
        return std::nullopt; // not on this device (a pulled material not opened yet): nothing to upload
    auto bytes = blobs.read(sha256, MaxBlobBytes);
    if (!bytes.ok())
        return localError(bytes.error());
    const qint64 total = bytes->size();
    // Resume where an interrupted upload stopped.
    qint64 offset = 0;
    const net::HttpResponse state = send(request("GET", QStringLiteral("/v1/uploads/") + sha256), cancel);
    if (state.ok()) {
        const QJsonObject o = QJsonDocument::fromJson(state.body).object();
        if (o.value(QStringLiteral("complete")).toBool())
            return std::nullopt;
        offset = o.value(QStringLiteral("received")).toInteger();
    }
    do {
        const qint64 end = std::min(total, offset + BlobChunk);
        net::HttpRequest put =
            request("PUT", QStringLiteral("/v1/blobs/") + sha256, bytes->mid(offset, end - offset));
        put.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/octet-stream")));
        if (total > 0)
            put.headers.append(
                {"Content-Range",
                 QStringLiteral("bytes %1-%2/%3").arg(offset).arg(end - 1).arg(total).toLatin1()});
        const net::HttpResponse r = send(put, cancel);
        if (auto e = classify(r))
            return e;
        if (QJsonDocument::fromJson(r.body)
                .object()
                .value(QStringLiteral("complete"))
                .toBool(r.status != 202))
            return std::nullopt;
        offset = end;
    } while (offset < total);
    return std::nullopt;
}

std::optional<SyncError> SyncEngine::Impl::uploadBlobs(const QList<Mutation>& mutations,
                                                       const std::atomic<bool>* cancel)
{
    for (const Mutation& m : mutations) {
        if (m.entity != QLatin1String("material"))
            continue;
        for (const char* field : {"sha256", "blobSha256", "coverSha256"}) {
            const QString sha = m.fields.value(QString::fromLatin1(field)).value.toString();
            if (!sha.isEmpty())
                if (auto e = uploadBlob(sha, cancel))
                    return e;
        }
    }
    return std::nullopt;
}

std::optional<SyncError> SyncEngine::Impl::push(SyncReport& report, const ProgressCallback& progress,
                                                const std::atomic<bool>* cancel)
{
    OutboxReader reader(store.db());
    const auto pendingTotal = store.pendingOutboxCount();
    const qint64 total = pendingTotal.ok() ? pendingTotal.value() : 0;
    qint64 done = 0;
    qint64 afterId = 0;
    while (true) {
        if (cancelled(cancel))
            return err(SyncErrorKind::Cancelled, QStringLiteral("Cancelled."));
        auto rows = reader.read(afterId, PushBatch);
        if (!rows.ok())
            return localError(rows.error());
        if (rows->isEmpty())
            return std::nullopt;
        afterId = rows->constLast().mutationId;

        PushRequest body;
        body.deviceId = store.deviceId();
        QHash<qint64, OutboxRow> sent;
        QList<OutboxRow> dropped;
        QList<QPair<OutboxRow, QString>> invalid;
        for (const OutboxRow& row : rows.value()) {
            Translation t = OutboxReader::translate(row);
            switch (t.kind) {
            case Translation::Kind::Push:
                body.mutations.append(t.mutation);
                sent.insert(row.mutationId, row);
                break;
            case Translation::Kind::Drop:
                dropped.append(row);
                break;
            case Translation::Kind::Invalid:
                invalid.append({row, t.reason});
                break;
            case Translation::Kind::Unsupported:
                break; // stays pending until a build that knows the entity
            }
        }
        if (auto e = uploadBlobs(body.mutations, cancel))
            return e;

        PushResponse answer;
        if (!body.mutations.isEmpty()) {
            net::HttpRequest r = request("POST", QStringLiteral("/v1/sync/push"),
                                         QJsonDocument(body.toJson()).toJson(QJsonDocument::Compact));
            r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
            const net::HttpResponse response = send(r, cancel);
            if (auto e = classify(response))
                return e;
            auto parsed = PushResponse::fromJson(QJsonDocument::fromJson(response.body).object());
            if (!parsed.ok())
                return err(SyncErrorKind::Server, parsed.message());
            answer = parsed.value();
        }

        // The server has applied (or refused for good) each mutation: they leave the outbox together.
        Transaction tx(store.db());
        if (!tx.beginStatus().ok())
            return localError(tx.beginStatus().error());
        Status s;
        for (const OutboxRow& row : std::as_const(dropped))
            if (s.ok())
                s = deleteOutboxRow(row.mutationId);
        for (const auto& [row, reason] : std::as_const(invalid)) {
            if (s.ok())
                s = recordRejection(row, QStringLiteral("local_invalid"));
            if (s.ok())
                s = deleteOutboxRow(row.mutationId);
            ++report.rejected;
        }
        for (const PushResult& result : std::as_const(answer.results)) {
            if (!sent.contains(result.mutationId) || !s.ok())
                continue;
            const bool rejected =
                result.status == QLatin1String(pushStatus::Rejected) ||
                (result.status == QLatin1String(pushStatus::Duplicate) && !result.code.isEmpty());
            if (rejected) {
                s = recordRejection(sent.value(result.mutationId), result.code);
                ++report.rejected;
            } else {
                ++report.pushed;
            }
            if (s.ok())
                s = deleteOutboxRow(result.mutationId);
        }
        if (s.ok())
            s = tx.commit();
        if (!s.ok())
            return localError(s.error());
        done += rows->size();
        if (progress)
            progress(SyncProgress{SyncPhase::Push, done, std::max(total, done)});
    }
}

namespace {

struct FetchedPage
{
    std::optional<SyncError> error;
    int httpStatus = 0;
    PullResponse page;
    PageSearchTokens tokens;
};

// Runs on a helper thread: only the HTTP client and pure parsing, never the store.
FetchedPage fetchPage(net::HttpClient& client, const net::HttpRequest& request,
                      const std::atomic<bool>* cancel)
{
    FetchedPage out;
    const net::HttpResponse response = net::sendWithRetry(client, request, net::RetryPolicy{}, cancel);
    out.httpStatus = response.status;
    if (auto e = classify(response)) {
        out.error = e;
        return out;
    }
    auto page = decodePullPage(response.body);
    if (!page.ok())
        out.error = err(SyncErrorKind::Server, page.message());
    else
        out.page = std::move(page).value();
    out.tokens = PageSearchTokens::forPage(out.page);
    return out;
}

} // namespace

std::optional<SyncError> SyncEngine::Impl::pull(SyncReport& report, const ProgressCallback& progress,
                                                const std::atomic<bool>* cancel)
{
    ChangeApplier applier(store);
    qint64 cursor = meta(QLatin1String(ChangeApplier::CursorKey)).toLongLong();
    qint64 pulled = 0;
    // The next page is fetched and parsed while this one is applied; the cursor still moves only after
    // each page's commit, and a page fetched past a failure is dropped.
    net::HttpClient& client = http(meta(key::Ca), meta(key::Pin));
    int limit = PullLimit;
    auto startFetch = [&](qint64 from) {
        net::HttpRequest r =
            request("GET", QStringLiteral("/v1/sync/pull?cursor=%1&limit=%2").arg(from).arg(limit));
        auto promise = std::make_shared<std::promise<FetchedPage>>();
        std::future<FetchedPage> fetched = promise->get_future();
        pageThread.start([&client, r = std::move(r), cancel, promise] {
            promise->set_value(fetchPage(client, r, cancel));
        });
        return fetched;
    };
    std::future<FetchedPage> next = startFetch(cursor);
    // A page still being fetched when this returns (an error, a cancel) must not outlive the client.
    const QScopeGuard drain([&next] {
        if (next.valid())
            next.wait();
    });
    while (true) {
        FetchedPage fetched = next.get();
        if (cancelled(cancel))
            return err(SyncErrorKind::Cancelled, QStringLiteral("Cancelled."));
        if (fetched.error && fetched.httpStatus == 400 && limit > OlderServerPullLimit) {
            // An older server: ask again for the same cursor in pages it accepts.
            limit = OlderServerPullLimit;
            next = startFetch(cursor);
            continue;
        }
        if (fetched.error)
            return fetched.error;
        const PullResponse& page = fetched.page;
        if (page.wipe) {
            report.wiped = true;
            return std::nullopt;
        }
        if (page.hasMore)
            next = startFetch(page.nextCursor);
        auto stats = applier.applyPage(page, &fetched.tokens);
        if (!stats.ok())
            return localError(stats.error());
        report.pulled += stats->applied;
        report.revoked += stats->revoked;
        report.conflicts += stats->conflicts;
        cursor = page.nextCursor;
        pulled += page.changes.size() + page.revokes.size();
        const bool more = page.hasMore;
        // Freeing a page of changes costs about as much as a tenth of applying it: the page thread does it.
        pageThread.start(
            [retired = std::make_shared<FetchedPage>(std::move(fetched))]() mutable { retired.reset(); });
        if (progress)
            progress(SyncProgress{SyncPhase::Pull, pulled, 0});
        if (!more)
            break;
    }
    report.cursor = cursor;
    return std::nullopt;
}

// The org's stores and staff (server-owned records) for naming people locally. Best effort: a server
// without the endpoint, or a role it is not offered to, leaves the local tables as they are.
void SyncEngine::Impl::refreshDirectory(const std::atomic<bool>* cancel)
{
    const net::HttpResponse response = send(request("GET", QStringLiteral("/v1/directory")), cancel);
    if (!response.ok())
        return;
    auto directory = Directory::fromJson(QJsonDocument::fromJson(response.body).object());
    if (!directory.ok())
        return;
    const QString orgId = meta(key::OrgId);
    Database& db = store.db();
    Transaction tx(db);
    if (!tx.beginStatus().ok())
        return;
    for (const DirectoryStore& s : std::as_const(directory->stores)) {
        Statement& st =
            db.cached("INSERT OR REPLACE INTO store (id, org_id, name, manager_id) VALUES (?, ?, ?, ?)");
        st.bind(1, s.id).bind(2, orgId).bind(3, s.name).bind(4, s.managerId);
        if (!st.exec().ok())
            return;
    }
    for (const DirectoryStaff& s : std::as_const(directory->staff)) {
        Statement& st = db.cached("INSERT OR REPLACE INTO staff (id, org_id, store_id, name, role, status) "
                                  "VALUES (?, ?, ?, ?, ?, ?)");
        st.bind(1, s.id)
            .bind(2, orgId)
            .bind(3, s.storeId)
            .bind(4, s.name)
            .bind(5, s.role)
            .bind(6, s.status.isEmpty() ? QStringLiteral("active") : s.status);
        if (!st.exec().ok())
            return;
    }
    (void)tx.commit();
}

SyncResult<SyncReport> SyncEngine::syncOnce(const ProgressCallback& progress, const std::atomic<bool>* cancel)
{
    SyncReport report;
    if (d->meta(key::Token).isEmpty())
        return err(SyncErrorKind::AuthExpired, QStringLiteral("Not logged in."));
    auto finish = [&](std::optional<SyncError> e) -> SyncResult<SyncReport> {
        if (report.wiped) {
            // Crypto-shredding: the key goes first, then the store files. The caller closes the store.
            const QString dir = d->store.profileDir();
            d->client.reset();
            if (Status s = Profile::wipe(dir); !s.ok())
                return localError(s.error());
            return report;
        }
        if (e) {
            (void)d->store.setMeta(key::LastError, e->message);
            return *e;
        }
        (void)d->store.setMeta(key::LastAt, QString::number(QDateTime::currentMSecsSinceEpoch()));
        (void)d->store.setMeta(key::LastError, QString());
        return report;
    };

    std::optional<SyncError> pushed = d->push(report, progress, cancel);
    if (pushed && pushed->kind != SyncErrorKind::AuthExpired && pushed->kind != SyncErrorKind::Departed)
        return finish(pushed);
    // A departed account's token no longer pushes, but the feed still tells the device to wipe.
    std::optional<SyncError> pulled = d->pull(report, progress, cancel);
    if (!pushed && !pulled && !report.wiped)
        d->refreshDirectory(cancel);
    return finish(pushed ? pushed : pulled);
}

std::optional<SyncError> SyncEngine::fetchBlob(const QString& sha256, const std::atomic<bool>* cancel)
{
    BlobStore blobs(d->store.db());
    if (blobs.contains(sha256))
        return std::nullopt;
    net::HttpRequest r = d->request("GET", QStringLiteral("/v1/blobs/") + sha256);
    r.maxResponseBytes = MaxBlobBytes;
    const net::HttpResponse response = d->send(r, cancel);
    if (auto e = classify(response))
        return e;
    if (QString::fromLatin1(QCryptographicHash::hash(response.body, QCryptographicHash::Sha256).toHex()) !=
        sha256)
        return err(SyncErrorKind::Server, QStringLiteral("The downloaded file does not match its hash."));
    Transaction tx(d->store.db());
    auto stored = blobs.putBytes(response.body, MaxBlobBytes);
    if (!stored.ok())
        return localError(stored.error());
    if (Status s = tx.commit(); !s.ok())
        return localError(s.error());
    return std::nullopt;
}

SyncStatus SyncEngine::status()
{
    SyncStatus s;
    s.loggedIn = !d->meta(key::Token).isEmpty();
    s.serverUrl = d->meta(key::Url);
    s.user = d->meta(key::User);
    s.displayName = d->meta(key::DisplayName);
    s.role = d->meta(key::Role);
    const auto pending = d->store.pendingOutboxCount();
    s.pendingCount = pending.ok() ? pending.value() : 0;
    s.lastSyncAt = d->meta(key::LastAt).toLongLong();
    s.lastError = d->meta(key::LastError);
    return s;
}

} // namespace ll::sync

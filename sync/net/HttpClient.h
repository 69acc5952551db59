#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace ll::net {

// How the server's certificate is checked. Verification itself is always on and cannot be
// configured away; these only narrow what is trusted.
struct TlsPolicy
{
    QString caFile;          // PEM bundle of a private CA; empty = system roots
    QString pinnedPublicKey; // "sha256//<base64>;sha256//<base64>" (libcurl PINNEDPUBLICKEY); empty = no pin
};

struct HttpRequest
{
    QByteArray method = "GET";
    QString url; // https:// only
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 maxResponseBytes = 64LL * 1024 * 1024; // after gzip inflation
    int connectTimeoutMs = 10'000;
    int lowSpeedSeconds = 30; // abort when under 1 byte/s for this long
};

enum class NetError
{
    None,
    InvalidUrl, // not https, malformed
    Tls,        // certificate/host/pin failure: never retried
    Connect,    // DNS, refused, unreachable: offline
    Timeout,
    TooLarge,   // response over maxResponseBytes
    Cancelled,
    Protocol,   // malformed HTTP, bad gzip
    Other,
};

struct HttpResponse
{
    NetError error = NetError::None;
    QString errorText; // for the user, in English; the caller translates by `error`
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;                      // already inflated

    bool ok() const { return error == NetError::None && status >= 200 && status < 300; }
    std::optional<int> retryAfterSeconds() const;
};

using Progress = std::function<void(qint64 done, qint64 total)>;

// One network thread driving a libcurl multi handle: requests share connections (keep-alive,
// HTTP/2 where offered). Callbacks run on the network thread.
class HttpClient
{
public:
    explicit HttpClient(TlsPolicy tls);
    ~HttpClient(); // cancels what is in flight and joins the thread
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    quint64 start(HttpRequest request, std::function<void(HttpResponse)> done, Progress progress = {});
    // Blocking convenience for worker threads and the CLI (never call it on the network thread).
    HttpResponse send(HttpRequest request, Progress progress = {});
    void cancel(quint64 id);
    void cancelAll();
    // TCP connections opened so far (libcurl CURLINFO_NUM_CONNECTS summed): shows keep-alive reuse.
    quint64 connectionsOpened() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Exponential backoff with full jitter, honouring Retry-After; TLS and 4xx answers are final.
struct RetryPolicy
{
    int maxAttempts = 5;
    int baseDelayMs = 500;
    int maxDelayMs = 60'000;

    static bool retryable(const HttpResponse& response);
    int delayMs(int attempt, const HttpResponse& response) const;
};

// Sends with retries; `cancel` (optional) aborts the wait between attempts and the transfer.
HttpResponse sendWithRetry(HttpClient& client, const HttpRequest& request, const RetryPolicy& policy,
                           const std::atomic<bool>* cancel = nullptr, Progress progress = {});

} // namespace ll::net

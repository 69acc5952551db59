#include "HttpClient.h"

#include <QRandomGenerator>
#include <QUrl>

#include <algorithm>
#include <chrono>
#include <future>
#include <thread>

namespace ll::net {

namespace {

constexpr int SleepSliceMs = 25;       // how quickly `cancel` interrupts a wait
constexpr int MaxRetryAfterS = 86'400; // a nonsense Retry-After cannot overflow the arithmetic

HttpResponse cancelledResponse(const QString& url)
{
    HttpResponse r;
    r.error = NetError::Cancelled;
    r.errorText = QStringLiteral("The request to %1 was cancelled").arg(QUrl(url).host());
    return r;
}

bool isCancelled(const std::atomic<bool>* cancel)
{
    return cancel && cancel->load();
}

// Sleeps up to `ms`, waking early when cancelled. Returns false if cancelled.
bool sleepUnlessCancelled(int ms, const std::atomic<bool>* cancel)
{
    using Clock = std::chrono::steady_clock;
    const auto until = Clock::now() + std::chrono::milliseconds(ms);
    while (Clock::now() < until) {
        if (isCancelled(cancel))
            return false;
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - Clock::now());
        std::this_thread::sleep_for(std::min(left, std::chrono::milliseconds(SleepSliceMs)));
    }
    return !isCancelled(cancel);
}

} // namespace

std::optional<int> HttpResponse::retryAfterSeconds() const
{
    // Only the delay-seconds form: our server sends it, and an HTTP-date needs a trusted clock.
    const QByteArray value = headers.value("retry-after").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong seconds = value.toLongLong(&ok);
    if (!ok || seconds < 0)
        return std::nullopt;
    return static_cast<int>(std::min<qlonglong>(seconds, MaxRetryAfterS));
}

// Retried: network failures that may heal (offline, timeouts, dropped connections) and the
// answers that mean "later": 408, 429, 502, 503, 504. Not retried: 500 — PROTOCOL.md reserves
// it for server bugs, which do not heal in seconds (storage trouble is 503); the next sync
// cycle tries again. Never retried: TLS failures (a retry cannot make a server trustworthy),
// bad URLs, oversize answers, cancels, malformed HTTP, and every other 4xx (the request
// itself is wrong).
bool RetryPolicy::retryable(const HttpResponse& response)
{
    switch (response.error) {
    case NetError::Connect:
    case NetError::Timeout:
    case NetError::Other:
        return true;
    case NetError::None:
        break;
    default:
        return false;
    }
    const int s = response.status;
    return s == 408 || s == 429 || s == 502 || s == 503 || s == 504;
}

// `attempt` counts the attempts made so far (1 after the first failure). Full jitter: a
// uniform delay in [0, min(maxDelay, base·2^(attempt-1))], so clients that failed together
// do not come back together. Retry-After, when given, is a floor (capped at maxDelayMs).
int RetryPolicy::delayMs(int attempt, const HttpResponse& response) const
{
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const qint64 ceiling = std::min<qint64>(maxDelayMs, static_cast<qint64>(baseDelayMs) << exponent);
    qint64 delay = ceiling > 0 ? QRandomGenerator::global()->bounded(ceiling + 1) : 0;
    if (const auto after = response.retryAfterSeconds())
        delay = std::max<qint64>(delay, std::min<qint64>(qint64(*after) * 1000, maxDelayMs));
    return static_cast<int>(std::max<qint64>(delay, 0));
}

HttpResponse sendWithRetry(HttpClient& client, const HttpRequest& request, const RetryPolicy& policy,
                           const std::atomic<bool>* cancel, Progress progress)
{
    HttpResponse last;
    const int attempts = std::max(1, policy.maxAttempts);
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        if (isCancelled(cancel))
            return cancelledResponse(request.url);
        std::promise<HttpResponse> promise;
        std::future<HttpResponse> future = promise.get_future();
        const quint64 id = client.start(
            request, [&promise](HttpResponse r) { promise.set_value(std::move(r)); }, progress);
        bool cancelSent = false;
        while (future.wait_for(std::chrono::milliseconds(SleepSliceMs)) != std::future_status::ready) {
            if (!cancelSent && isCancelled(cancel)) {
                client.cancel(id);
                cancelSent = true;
            }
        }
        last = future.get();
        if (attempt == attempts || !RetryPolicy::retryable(last))
            return last;
        if (!sleepUnlessCancelled(policy.delayMs(attempt, last), cancel))
            return cancelledResponse(request.url);
    }
    return last;
}

} // namespace ll::net

#include "HttpClient.h"

#include "CurlErrors.h"
#include "CurlGlobal.h"

#include <QUrl>

#include <curl/curl.h>

#include <condition_variable>
#include <future>
#include <map>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

namespace ll::net {

namespace {

constexpr int PollTimeoutMs = 1000;
constexpr size_t MaxIdleEasyHandles = 8;

// One request in flight. Owned by the network thread once queued.
struct Transfer
{
    quint64 id = 0;
    HttpRequest request;
    std::function<void(HttpResponse)> done;
    Progress progress;
    QString host;
    NetError earlyError = NetError::None; // refused before any connection (bad URL)

    CURL* easy = nullptr;
    curl_slist* headerList = nullptr;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    HttpResponse response;
    bool tooLarge = false;
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
};

size_t onBody(char* data, size_t size, size_t count, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    const size_t n = size * count;
    // `data` is already inflated, so this caps the decompressed size (a gzip bomb stops here).
    if (t->response.body.size() + static_cast<qint64>(n) > t->request.maxResponseBytes) {
        t->tooLarge = true;
        return 0; // makes libcurl fail the transfer with CURLE_WRITE_ERROR
    }
    t->response.body.append(data, static_cast<qsizetype>(n));
    return n;
}

size_t onHeader(char* data, size_t size, size_t count, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    const size_t n = size * count;
    const QByteArray line = QByteArray(data, static_cast<qsizetype>(n)).trimmed();
    if (line.startsWith("HTTP/")) {
        t->response.headers.clear(); // a new response (after 100 Continue) starts over
        return n;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return n;
    const QByteArray name = line.left(colon).trimmed().toLower();
    const QByteArray value = line.mid(colon + 1).trimmed();
    auto it = t->response.headers.find(name);
    if (it == t->response.headers.end())
        t->response.headers.insert(name, value);
    else
        it.value() += ", " + value;
    return n;
}

int onTransferInfo(void* user, curl_off_t dlTotal, curl_off_t dlNow, curl_off_t ulTotal, curl_off_t ulNow)
{
    auto* t = static_cast<Transfer*>(user);
    if (!t->progress)
        return 0;
    // Upload and download together: a PUT reports its body, a GET its response.
    const qint64 done = static_cast<qint64>(dlNow + ulNow);
    const qint64 total = static_cast<qint64>(dlTotal + ulTotal);
    if (done != t->lastDone || total != t->lastTotal) {
        t->lastDone = done;
        t->lastTotal = total;
        t->progress(done, total);
    }
    return 0;
}

bool isHttpsUrl(const QString& text, QString* host)
{
    const QUrl url(text, QUrl::StrictMode);
    *host = url.host();
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty() &&
           url.userInfo().isEmpty();
}

} // namespace

struct HttpClient::Impl
{
    TlsPolicy tls;
    QByteArray caFile;
    QByteArray pin;
    CURLM* multi = nullptr;
    std::thread thread;
    std::thread::id threadId;
    std::atomic<quint64> connections{0};

    std::mutex mutex; // guards the fields below, shared with callers' threads
    std::vector<std::unique_ptr<Transfer>> queued;
    std::set<quint64> cancelRequests;
    bool cancelEverything = false;
    bool stopping = false;
    quint64 nextId = 1;

    // Network thread only.
    std::map<quint64, std::unique_ptr<Transfer>> active;
    std::vector<CURL*> idleEasy;

    void run();
    void begin(std::unique_ptr<Transfer> t);
    void configure(Transfer& t);
    void finish(Transfer& t, CURLcode code);
    void complete(std::unique_ptr<Transfer> t);
    void abort(quint64 id);
    void wake() { curl_multi_wakeup(multi); }
};

void HttpClient::Impl::run()
{
    for (;;) {
        std::vector<std::unique_ptr<Transfer>> incoming;
        std::set<quint64> cancels;
        bool cancelAllNow = false;
        bool stop = false;
        {
            std::lock_guard lock(mutex);
            incoming.swap(queued);
            cancels.swap(cancelRequests);
            std::swap(cancelAllNow, cancelEverything);
            stop = stopping;
        }
        for (auto& t : incoming)
            begin(std::move(t));
        if (stop || cancelAllNow) {
            while (!active.empty())
                abort(active.begin()->first);
        }
        for (quint64 id : cancels)
            abort(id);
        if (stop)
            break;

        int running = 0;
        curl_multi_perform(multi, &running);
        int left = 0;
        while (CURLMsg* msg = curl_multi_info_read(multi, &left)) {
            if (msg->msg != CURLMSG_DONE)
                continue;
            Transfer* raw = nullptr;
            curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &raw);
            const CURLcode result = msg->data.result;
            auto it = active.find(raw->id);
            std::unique_ptr<Transfer> t = std::move(it->second);
            active.erase(it);
            finish(*t, result);
            complete(std::move(t));
        }
        curl_multi_poll(multi, nullptr, 0, PollTimeoutMs, nullptr);
    }
}

void HttpClient::Impl::begin(std::unique_ptr<Transfer> t)
{
    if (t->earlyError != NetError::None) {
        t->response.error = t->earlyError;
        t->response.errorText = describeNetError(t->earlyError, t->host, {});
        complete(std::move(t));
        return;
    }
    if (!idleEasy.empty()) {
        t->easy = idleEasy.back();
        idleEasy.pop_back();
        curl_easy_reset(t->easy);
    } else {
        t->easy = curl_easy_init();
    }
    if (!t->easy) {
        t->response.error = NetError::Other;
        t->response.errorText = QStringLiteral("Cannot create a network transfer");
        complete(std::move(t));
        return;
    }
    configure(*t);
    const quint64 id = t->id;
    CURL* easy = t->easy;
    active.emplace(id, std::move(t));
    curl_multi_add_handle(multi, easy);
}

void HttpClient::Impl::configure(Transfer& t)
{
    CURL* e = t.easy;
    const HttpRequest& r = t.request;
    curl_easy_setopt(e, CURLOPT_PRIVATE, &t);
    curl_easy_setopt(e, CURLOPT_URL, QUrl(r.url).toEncoded().constData()); // libcurl copies strings
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t.errorBuffer);

    // https only, no redirects: a hostile network cannot bounce us elsewhere.
#if LIBCURL_VERSION_NUM >= 0x075500 // 7.85: the string form; the bitmask form is deprecated there
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "https");
    curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "https");
#else
    curl_easy_setopt(e, CURLOPT_PROTOCOLS, static_cast<long>(CURLPROTO_HTTPS));
    curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS, static_cast<long>(CURLPROTO_HTTPS));
#endif
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(e, CURLOPT_MAXREDIRS, 0L);

    // Verification is always on; the policy only narrows trust (private CA, pins).
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(e, CURLOPT_SSLVERSION, static_cast<long>(CURL_SSLVERSION_TLSv1_2));
    if (!caFile.isEmpty())
        curl_easy_setopt(e, CURLOPT_CAINFO, caFile.constData());
    if (!pin.isEmpty())
        curl_easy_setopt(e, CURLOPT_PINNEDPUBLICKEY, pin.constData());

    // HTTP/2 when the server offers it over ALPN, HTTP/1.1 otherwise. Ignored if libcurl
    // was built without HTTP/2.
    curl_easy_setopt(e, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_2TLS));
    curl_easy_setopt(e, CURLOPT_PIPEWAIT, 1L);
    curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(r.connectTimeoutMs));
    curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, static_cast<long>(r.lowSpeedSeconds));
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "gzip");
    curl_easy_setopt(e, CURLOPT_USERAGENT, "Liuliang/0.1");

    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &onBody);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &onHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, &t);
    curl_easy_setopt(e, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(e, CURLOPT_XFERINFOFUNCTION, &onTransferInfo);
    curl_easy_setopt(e, CURLOPT_XFERINFODATA, &t);

    const QByteArray method = r.method.toUpper();
    bool hasContentType = false;
    for (const auto& [name, value] : r.headers) {
        hasContentType = hasContentType || name.compare("content-type", Qt::CaseInsensitive) == 0;
        t.headerList = curl_slist_append(t.headerList, (name + ": " + value).constData());
    }
    if (method == "GET") {
        curl_easy_setopt(e, CURLOPT_HTTPGET, 1L);
    } else if (method == "HEAD") {
        curl_easy_setopt(e, CURLOPT_NOBODY, 1L);
    } else {
        // The body stays alive in t.request until the transfer is done (no copy).
        curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(r.body.size()));
        curl_easy_setopt(e, CURLOPT_POSTFIELDS, r.body.constData());
        if (method != "POST")
            curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, method.constData());
        if (!hasContentType) // not libcurl's form-urlencoded default: our bodies are JSON
            t.headerList = curl_slist_append(t.headerList, "Content-Type: application/json");
        // No "Expect: 100-continue" round trip before large bodies.
        t.headerList = curl_slist_append(t.headerList, "Expect:");
    }
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, t.headerList);
}

void HttpClient::Impl::finish(Transfer& t, CURLcode code)
{
    long status = 0;
    curl_easy_getinfo(t.easy, CURLINFO_RESPONSE_CODE, &status);
    long connects = 0;
    if (curl_easy_getinfo(t.easy, CURLINFO_NUM_CONNECTS, &connects) == CURLE_OK && connects > 0)
        connections += static_cast<quint64>(connects);
    HttpResponse& resp = t.response;
    if (code == CURLE_OK) {
        resp.status = static_cast<int>(status);
        return;
    }
    resp.error = t.tooLarge ? NetError::TooLarge : classifyCurlError(code);
    resp.status = 0;
    resp.body.clear();
    resp.headers.clear();
    resp.errorText = describeNetError(resp.error, t.host, QString::fromUtf8(t.errorBuffer).trimmed());
}

void HttpClient::Impl::complete(std::unique_ptr<Transfer> t)
{
    if (t->easy) {
        curl_multi_remove_handle(multi, t->easy);
        if (idleEasy.size() < MaxIdleEasyHandles)
            idleEasy.push_back(t->easy);
        else
            curl_easy_cleanup(t->easy);
        t->easy = nullptr;
    }
    curl_slist_free_all(t->headerList);
    t->headerList = nullptr;
    if (t->done)
        t->done(std::move(t->response));
}

// Cancelling removes the handle right here rather than waiting for the transfer-info callback,
// which libcurl does not call while resolving or in the TLS handshake: cancel stays prompt.
void HttpClient::Impl::abort(quint64 id)
{
    auto it = active.find(id);
    if (it == active.end())
        return; // already finished
    std::unique_ptr<Transfer> t = std::move(it->second);
    active.erase(it);
    t->response = HttpResponse{};
    t->response.error = NetError::Cancelled;
    t->response.errorText = describeNetError(NetError::Cancelled, t->host, {});
    complete(std::move(t));
}

HttpClient::HttpClient(TlsPolicy tls)
    : d(std::make_unique<Impl>())
{
    ensureCurlGlobalInit();
    d->tls = std::move(tls);
    d->caFile = d->tls.caFile.toLocal8Bit();
    d->pin = d->tls.pinnedPublicKey.toLatin1();
    d->multi = curl_multi_init();
    curl_multi_setopt(d->multi, CURLMOPT_PIPELINING, CURLPIPE_MULTIPLEX);
    d->thread = std::thread([impl = d.get()] { impl->run(); });
    d->threadId = d->thread.get_id();
}

HttpClient::~HttpClient()
{
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
    }
    d->wake();
    d->thread.join();
    for (CURL* e : d->idleEasy)
        curl_easy_cleanup(e);
    curl_multi_cleanup(d->multi);
}

quint64 HttpClient::start(HttpRequest request, std::function<void(HttpResponse)> done, Progress progress)
{
    auto t = std::make_unique<Transfer>();
    if (!isHttpsUrl(request.url, &t->host))
        t->earlyError = NetError::InvalidUrl;
    t->request = std::move(request);
    t->done = std::move(done);
    t->progress = std::move(progress);
    quint64 id = 0;
    {
        std::lock_guard lock(d->mutex);
        id = d->nextId++;
        t->id = id;
        if (d->stopping)
            t->earlyError = NetError::Cancelled;
        d->queued.push_back(std::move(t));
    }
    d->wake();
    return id;
}

HttpResponse HttpClient::send(HttpRequest request, Progress progress)
{
    if (std::this_thread::get_id() == d->threadId) {
        HttpResponse r;
        r.error = NetError::Other;
        r.errorText = QStringLiteral("send() called on the network thread");
        return r;
    }
    std::promise<HttpResponse> promise;
    std::future<HttpResponse> future = promise.get_future();
    start(
        std::move(request), [&promise](HttpResponse r) { promise.set_value(std::move(r)); },
        std::move(progress));
    return future.get();
}

void HttpClient::cancel(quint64 id)
{
    {
        std::lock_guard lock(d->mutex);
        d->cancelRequests.insert(id);
    }
    d->wake();
}

void HttpClient::cancelAll()
{
    {
        std::lock_guard lock(d->mutex);
        d->cancelEverything = true;
    }
    d->wake();
}

quint64 HttpClient::connectionsOpened() const
{
    return d->connections.load();
}

} // namespace ll::net

#include "ApiServer.h"

#include "BlobService.h"
#include "DirectoryService.h"
#include "Gzip.h"
#include "JsonInput.h"
#include "Log.h"
#include "LoginService.h"
#include "PullService.h"
#include "PushService.h"
#include "TransferService.h"
#include "WireError.h"
#include "WireLimits.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace ll::server {

namespace {

using Method = QHttpServerRequest::Method;
constexpr qsizetype MinGzipBytes = 1024;

ApiServer::Reply jsonReply(int status, const QJsonObject& body)
{
    ApiServer::Reply r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

ApiServer::Reply errorReply(const Error& e)
{
    const int status = httpStatusFor(e);
    if (status >= 500) {
        logEvent("error", QStringLiteral("internal_error"),
                 {{QStringLiteral("category"), static_cast<int>(e.code)}});
        return jsonReply(status,
                         errorBody(QString::fromLatin1(status == 503 ? wire::Unavailable : wire::Internal),
                                   QStringLiteral("temporary server problem; retry later")));
    }
    ApiServer::Reply r = jsonReply(status, errorBody(e));
    if (status == 429)
        r.headers.append({"Retry-After", QByteArray::number(LoginService::WindowMs / 1000)});
    return r;
}

ApiServer::Reply wireReply(const char* code, const QString& detail)
{
    return errorReply(wireError(code, detail));
}

bool acceptsGzip(const QHttpServerRequest& request)
{
    const QList<QByteArray> codings = headerValue(request, "accept-encoding").split(',');
    for (const QByteArray& c : codings)
        if (c.trimmed().split(';').first().trimmed().toLower() == "gzip")
            return true;
    return false;
}

// The body after undoing Content-Encoding, capped at `maxBytes`.
Result<QByteArray> requestBody(const QHttpServerRequest& request, qsizetype maxBytes)
{
    const QByteArray body = request.body();
    if (body.size() > maxBytes)
        return wireError(wire::BodyTooLarge, QStringLiteral("body exceeds %1 bytes").arg(maxBytes));
    const QByteArray encoding = headerValue(request, "content-encoding").trimmed().toLower();
    if (encoding.isEmpty() || encoding == "identity")
        return body;
    if (encoding == "gzip")
        return gzipDecompress(body, maxBytes);
    return wireError(wire::InvalidValue, QStringLiteral("unsupported Content-Encoding"));
}

Result<QJsonObject> jsonBody(const QHttpServerRequest& request, qsizetype maxBytes)
{
    auto body = requestBody(request, maxBytes);
    if (!body)
        return body.error();
    return parseJsonObject(body.value(), maxBytes);
}

} // namespace

QByteArray headerValue(const QHttpServerRequest& request, const QByteArray& name)
{
    const auto headers = request.headers();
    for (const auto& h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

int httpStatusFor(const Error& e)
{
    if (e.code != ErrorCode::InvalidInput)
        return e.code == ErrorCode::Database ? 503 : 500;
    static const QMap<QString, int> statuses{
        {QString::fromLatin1(wire::BodyTooLarge), 413},
        {QString::fromLatin1(wire::Unauthorized), 401},
        {QString::fromLatin1(wire::TokenExpired), 401},
        {QString::fromLatin1(wire::TokenRevoked), 401},
        {QString::fromLatin1(wire::BadCredentials), 401},
        {QString::fromLatin1(wire::AccountDeparted), 403},
        {QString::fromLatin1(wire::Forbidden), 403},
        {QString::fromLatin1(wire::NotFound), 404},
        {QString::fromLatin1(wire::MethodNotAllowed), 405},
        {QString::fromLatin1(wire::TooManyAttempts), 429},
        {QString::fromLatin1(wire::OffsetMismatch), 409},
        {QString::fromLatin1(wire::RangeNotSatisfiable), 416},
        {QString::fromLatin1(wire::Unavailable), 503},
        {QString::fromLatin1(wire::Internal), 500},
    };
    return statuses.value(wireCode(e), 400);
}

ApiServer::ApiServer(SqlConnection& conn, qint64 tokenLifetimeMs, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_conn(conn)
    , m_tokenLifetimeMs(tokenLifetimeMs)
{}

bool ApiServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QElapsedTimer timer;
    timer.start();
    QString route;
    Reply reply = dispatch(request, route);
    const int status = reply.status;
    const QString staffId = reply.staffId;
    send(request, socket, std::move(reply));
    const qint64 micros = timer.nsecsElapsed() / 1000;
    m_metrics.countRequest(route, status, micros);
    QJsonObject fields{
        {QStringLiteral("route"), route}, {QStringLiteral("status"), status}, {QStringLiteral("us"), micros}};
    if (!staffId.isEmpty())
        fields.insert(QStringLiteral("staff"), staffId);
    logEvent(status >= 500 ? "error" : "info", QStringLiteral("request"), fields);
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    send(request, socket, wireReply(wire::NotFound, QStringLiteral("no such endpoint")));
}

void ApiServer::send(const QHttpServerRequest& request, QTcpSocket* socket, Reply reply)
{
    QByteArray body = std::move(reply.body);
    bool gzipped = false;
    if (body.size() >= MinGzipBytes && reply.contentType == "application/json" && acceptsGzip(request)) {
        QByteArray packed = gzipCompress(body);
        if (!packed.isEmpty()) {
            body = std::move(packed);
            gzipped = true;
        }
    }
    QHttpServerResponse response(reply.contentType, body,
                                 static_cast<QHttpServerResponder::StatusCode>(reply.status));
    for (const auto& h : reply.headers)
        response.addHeader(h.first, h.second);
    if (gzipped)
        response.addHeader("Content-Encoding", "gzip");
    response.addHeader("Vary", "Accept-Encoding");
    response.addHeader("Cache-Control", "no-store");
    response.write(makeResponder(request, socket));
}

ApiServer::Reply ApiServer::dispatch(const QHttpServerRequest& request, QString& route)
{
    const QString path = request.url().path();
    const Method method = request.method();
    const auto only = [&](Method allowed, auto&& handler) -> Reply {
        if (method != allowed)
            return wireReply(wire::MethodNotAllowed, QStringLiteral("method not allowed"));
        return handler();
    };
    route = path;
    if (path == QLatin1String("/v1/health"))
        return only(Method::Get, [&] { return health(); });
    if (path == QLatin1String("/v1/metrics"))
        return only(Method::Get, [&] {
            Reply r;
            r.body = m_metrics.render();
            r.contentType = "text/plain; version=0.0.4";
            return r;
        });
    if (path == QLatin1String("/v1/login"))
        return only(Method::Post, [&] { return login(request); });
    if (path == QLatin1String("/v1/token/refresh"))
        return only(Method::Post, [&] { return refresh(request); });
    if (path == QLatin1String("/v1/logout"))
        return only(Method::Post, [&] { return logout(request); });
    if (path == QLatin1String("/v1/sync/push"))
        return only(Method::Post, [&] { return push(request); });
    if (path == QLatin1String("/v1/sync/pull"))
        return only(Method::Get, [&] { return pull(request); });
    const QString blobPrefix = QStringLiteral("/v1/blobs/");
    if (path.startsWith(blobPrefix)) {
        // Route label without the id keeps metrics cardinality bounded.
        route = QStringLiteral("/v1/blobs/{id}");
        const QString id = path.mid(blobPrefix.size());
        if (method == Method::Put)
            return blobPut(request, id);
        if (method == Method::Get)
            return blobGet(request, id);
        return wireReply(wire::MethodNotAllowed, QStringLiteral("method not allowed"));
    }
    const QString uploadPrefix = QStringLiteral("/v1/uploads/");
    if (path.startsWith(uploadPrefix)) {
        route = QStringLiteral("/v1/uploads/{id}");
        return only(Method::Get, [&] { return uploadState(request, path.mid(uploadPrefix.size())); });
    }
    const QString transferPrefix = QStringLiteral("/v1/transfers");
    if (path == transferPrefix || path.startsWith(transferPrefix + QLatin1Char('/')))
        return transfers(request, path.mid(transferPrefix.size()), route);
    static const QRegularExpression departPath(QStringLiteral("^/v1/staff/([0-9a-f-]{36})/depart$"));
    if (const auto m = departPath.match(path); m.hasMatch()) {
        route = QStringLiteral("/v1/staff/{id}/depart");
        return only(Method::Post, [&] { return depart(request, m.captured(1)); });
    }
    if (path == QLatin1String("/v1/directory"))
        return only(Method::Get, [&] { return directory(request); });
    if (path == QLatin1String("/v1/team/overview"))
        return only(Method::Get, [&] { return teamOverview(request); });
    route = QStringLiteral("other");
    return wireReply(wire::NotFound, QStringLiteral("no such endpoint"));
}

ApiServer::Reply ApiServer::health()
{
    auto ok = m_conn.scalar(QStringLiteral("SELECT 1"));
    if (!ok)
        return errorReply(ok.error());
    return jsonReply(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                      {QStringLiteral("version"), QStringLiteral(LIULIANG_VERSION)},
                                      {QStringLiteral("protocol"), 1}});
}

Result<Principal> ApiServer::authenticate(const QHttpServerRequest& request)
{
    const QByteArray header = headerValue(request, "authorization");
    if (!header.startsWith("Bearer "))
        return wireError(wire::Unauthorized, QStringLiteral("Authorization: Bearer <token> required"));
    return Sessions(m_conn).authenticate(QString::fromLatin1(header.mid(7).trimmed()));
}

ApiServer::Reply ApiServer::login(const QHttpServerRequest& request)
{
    auto body = jsonBody(request, limits::MaxLoginBody);
    if (!body)
        return errorReply(body.error());
    auto req = LoginRequest::fromJson(body.value());
    if (!req)
        return errorReply(req.error());
    auto resp =
        LoginService(m_conn, m_tokenLifetimeMs).login(req.value(), request.remoteAddress().toString());
    if (!resp)
        return errorReply(resp.error());
    Reply r = jsonReply(200, resp->toJson());
    r.staffId = resp->staffId;
    return r;
}

ApiServer::Reply ApiServer::refresh(const QHttpServerRequest& request)
{
    auto p = authenticate(request);
    if (!p)
        return errorReply(p.error());
    auto resp = Sessions(m_conn, m_tokenLifetimeMs).refresh(p.value());
    if (!resp)
        return errorReply(resp.error());
    Reply r = jsonReply(200, resp->toJson());
    r.staffId = p->staffId;
    return r;
}

ApiServer::Reply ApiServer::logout(const QHttpServerRequest& request)
{
    auto p = authenticate(request);
    if (!p)
        return errorReply(p.error());
    if (auto s = Sessions(m_conn).revoke(p.value()); !s)
        return errorReply(s.error());
    Reply r = jsonReply(200, QJsonObject{{QStringLiteral("ok"), true}});
    r.staffId = p->staffId;
    return r;
}

ApiServer::Reply ApiServer::push(const QHttpServerRequest& request)
{
    auto p = authenticate(request);
    if (!p)
        return errorReply(p.error());
    auto body = jsonBody(request, limits::MaxPushBody);
    if (!body)
        return errorReply(body.error());
    auto req = PushRequest::fromJson(body.value());
    if (!req)
        return errorReply(req.error());
    auto resp = PushService(m_conn, request.remoteAddress().toString()).push(p.value(), req.value());
    if (!resp)
        return errorReply(resp.error());
    for (const PushResult& res : resp->results)
        m_metrics.countPush(res.status);
    Reply r = jsonReply(200, resp->toJson());
    r.staffId = p->staffId;
    return r;
}

ApiServer::Reply ApiServer::pull(const QHttpServerRequest& request)
{
    auto p = authenticate(request);
    if (!p) {
        // A departed account's devices are told to wipe instead of just being refused.
        if (wireCode(p.error()) == QLatin1String(wire::AccountDeparted)) {
            PullResponse wipe;
            wipe.wipe = true;
            return jsonReply(200, wipe.toJson());
        }
        return errorReply(p.error());
    }
    const QUrlQuery query(request.url());
    for (const auto& item : query.queryItems())
        if (item.first != QLatin1String("cursor") && item.first != QLatin1String("limit"))
            return wireReply(wire::UnknownField, item.first);
    bool ok = true;
    const QString cursorText = query.queryItemValue(QStringLiteral("cursor"));
    const qint64 cursor = cursorText.isEmpty() ? 0 : cursorText.toLongLong(&ok);
    if (!ok || cursor < 0)
        return wireReply(wire::InvalidValue, QStringLiteral("cursor must be a non-negative integer"));
    const QString limitText = query.queryItemValue(QStringLiteral("limit"));
    const int limit = limitText.isEmpty() ? limits::DefaultPullLimit : limitText.toInt(&ok);
    if (!ok || limit < 1 || limit > limits::MaxPullLimit)
        return wireReply(wire::InvalidValue, QStringLiteral("limit must be 1..%1").arg(limits::MaxPullLimit));
    auto body = PullService(m_conn).pullJson(p.value(), cursor, limit);
    if (!body)
        return errorReply(body.error());
    Reply r;
    r.body = std::move(body).value();
    r.staffId = p->staffId;
    return r;
}

ApiServer::Reply ApiServer::blobPut(const QHttpServerRequest& request, const QString& id)
{
    auto p = authenticate(request);
    if (!p)
        return errorReply(p.error());
    auto body = requestBody(request, limits::MaxBlobBytes);
    if (!body)
        return errorReply(body.error());
    Reply r;
    const QByteArray range = headerValue(request, "content-range").trimmed();
    if (range.isEmpty()) {
        auto created = BlobService(m_conn).put(p.value(), id, body.value());
        if (!created)
            return errorReply(created.error());
        r = jsonReply(created.value() ? 201 : 200,
                      QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("size"), body->size()}});
    } else {
        // Resumable upload: "Content-Range: bytes START-END/TOTAL", one chunk per request.
        static const QRegularExpression re(QStringLiteral("^bytes (\\d{1,12})-(\\d{1,12})/(\\d{1,12})$"));
        const auto m = re.match(QString::fromLatin1(range));
        const qint64 start = m.captured(1).toLongLong();
        const qint64 end = m.captured(2).toLongLong();
        const qint64 total = m.captured(3).toLongLong();
        if (!m.hasMatch() || end < start || end >= total || end - start + 1 != body->size())
            return wireReply(wire::InvalidValue, QStringLiteral("Content-Range must be bytes START-END/TOTAL "
                                                                "matching the body"));
        auto up = BlobService(m_conn).putChunk(p.value(), id, start, total, body.value());
        if (!up)
            return errorReply(up.error());
        r = jsonReply(up->complete ? 201 : 202, QJsonObject{{QStringLiteral("id"), id},
                                                            {QStringLiteral("received"), up->received},
                                                            {QStringLiteral("total"), up->total},
                                                            {QStringLiteral("complete"), up->complete}});
    }
    r.staffId = p->staffId;
    return r;
}

ApiServer::Reply ApiServer::uploadState(const QHttpServerRequest& request, const QString& id)
{
    auto p = authenticate(request);
    if (!p)
        return errorReply(p.error());
    auto up = BlobService(m_conn).uploadState(p.value(), id);
    if (!up)
        return errorReply(up.error());
    Reply r = jsonReply(200, QJsonObject{{QStringLiteral("id"), id},
                                         {QStringLiteral("received"), up->received},
                                         {QStringLiteral("total"), up->total},
                                         {QStringLiteral("complete"), up->complete}});
    r.staffId = p->staffId;
    return r;
}

ApiServer::Reply ApiServer::transfers(const QHttpServerRequest& request, const QString& rest, QString& route)
{
    // rest: "" | "/<id>" | "/<id>/retry" | "/<id>/items/review"
    static const QRegularExpression re(QStringLiteral(
        "^(?:/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(/retry|/items/review)?)?$"));
    const auto m = re.match(rest);
    if (!m.hasMatch()) {
        route = QStringLiteral("other");
        return wireReply(wire::NotFound, QStringLiteral("no such endpoint"));
    }
    const QString id = m.captured(1);
    const QString action = m.captured(2);
    route = id.isEmpty() ? QStringLiteral("/v1/transfers") : QStringLiteral("/v1/transfers/{id}") + action;
    const Method method = request.method();
    const bool wantPost = id.isEmpty() ? method == Method::Post : !action.isEmpty();
    if (wantPost ? method != Method::Post : method != Method::Get)
        return wireReply(wire::MethodNotAllowed, QStringLiteral("method not allowed"));

    auto p = authenticate(request);
    if (!p)
        return errorReply(p.error());
    TransferService service(m_conn, request.remoteAddress().toString());
    const auto answer = [&](const auto& result, int status) {
        if (!result)
            return errorReply(result.error());
        Reply r = jsonReply(status, result->toJson());
        r.staffId = p->staffId;
        return r;
    };
    if (id.isEmpty() && method == Method::Get) {
        auto list = service.list(p.value());
        if (!list)
            return errorReply(list.error());
        Reply r = jsonReply(200, transferListJson(list.value()));
        r.staffId = p->staffId;
        return r;
    }
    if (action.isEmpty() && !id.isEmpty())
        return answer(service.get(p.value(), id), 200);
    auto body = jsonBody(request, limits::MaxPushBody);
    if (!body)
        return errorReply(body.error());
    if (id.isEmpty()) {
        auto req = TransferRequest::fromJson(body.value());
        if (!req)
            return errorReply(req.error());
        return answer(service.create(p.value(), req.value()), 201);
    }
    if (action == QLatin1String("/retry")) {
        auto req = RetryRequest::fromJson(body.value());
        if (!req)
            return errorReply(req.error());
        return answer(service.retry(p.value(), id, req.value()), 200);
    }
    auto req = ReviewRequest::fromJson(body.value());
    if (!req)
        return errorReply(req.error());
    return answer(service.review(p.value(), id, req.value()), 200);
}

ApiServer::Reply ApiServer::depart(const QHttpServerRequest& request, const QString& staffId)
{
    auto p = authenticate(request);
    if (!p)
        return errorReply(p.error());
    // An empty body means "just depart"; otherwise the transfer options in strict JSON.
    QJsonObject options;
    if (!request.body().isEmpty()) {
        auto body = jsonBody(request, limits::MaxLoginBody * 16);
        if (!body)
            return errorReply(body.error());
        options = body.value();
    }
    auto req = DepartRequest::fromJson(options);
    if (!req)
        return errorReply(req.error());
    auto made =
        TransferService(m_conn, request.remoteAddress().toString()).depart(p.value(), staffId, req.value());
    if (!made)
        return errorReply(made.error());
    QJsonObject out{{QStringLiteral("staffId"), staffId},
                    {QStringLiteral("status"), QStringLiteral("departed")}};
    out.insert(QStringLiteral("transfer"),
               *made ? QJsonValue((*made)->toJson()) : QJsonValue(QJsonValue::Null));
    Reply r = jsonReply(200, out);
    r.staffId = p->staffId;
    return r;
}

ApiServer::Reply ApiServer::directory(const QHttpServerRequest& request)
{
    auto p = authenticate(request);
    if (!p)
        return errorReply(p.error());
    auto d = DirectoryService(m_conn).directory(p.value());
    if (!d)
        return errorReply(d.error());
    Reply r = jsonReply(200, d->toJson());
    r.staffId = p->staffId;
    return r;
}

ApiServer::Reply ApiServer::teamOverview(const QHttpServerRequest& request)
{
    auto p = authenticate(request);
    if (!p)
        return errorReply(p.error());
    auto t = DirectoryService(m_conn).teamOverview(p.value(), QDateTime::currentMSecsSinceEpoch());
    if (!t)
        return errorReply(t.error());
    Reply r = jsonReply(200, t->toJson());
    r.staffId = p->staffId;
    return r;
}

ApiServer::Reply ApiServer::blobGet(const QHttpServerRequest& request, const QString& id)
{
    auto p = authenticate(request);
    if (!p)
        return errorReply(p.error());
    auto content = BlobService(m_conn).get(p.value(), id);
    if (!content)
        return errorReply(content.error());
    Reply r;
    r.contentType = "application/octet-stream";
    r.staffId = p->staffId;
    r.headers.append(qMakePair(QByteArray("Accept-Ranges"), QByteArray("bytes")));
    const QByteArray range = headerValue(request, "range").trimmed();
    if (range.isEmpty()) {
        r.body = content.value();
        return r;
    }
    // Resumed download: a single "bytes=START-" or "bytes=START-END" range.
    static const QRegularExpression re(QStringLiteral("^bytes=(\\d{1,12})-(\\d{0,12})$"));
    const auto m = re.match(QString::fromLatin1(range));
    const qint64 size = content->size();
    const qint64 start = m.captured(1).toLongLong();
    const qint64 end = m.captured(2).isEmpty() ? size - 1 : std::min(m.captured(2).toLongLong(), size - 1);
    if (!m.hasMatch() || start >= size || end < start) {
        Reply bad = wireReply(wire::RangeNotSatisfiable, QStringLiteral("range outside the blob"));
        bad.headers.append(qMakePair(QByteArray("Content-Range"), "bytes */" + QByteArray::number(size)));
        return bad;
    }
    r.status = 206;
    r.body = content->mid(start, end - start + 1);
    r.headers.append(
        {"Content-Range", QStringLiteral("bytes %1-%2/%3").arg(start).arg(end).arg(size).toLatin1()});
    return r;
}

} // namespace ll::server

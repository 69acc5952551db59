#include "CurlErrors.h"

namespace ll::net {

NetError classifyCurlError(CURLcode code)
{
    switch (code) {
    case CURLE_OK:
        return NetError::None;
    // Anything wrong with the server's certificate, its name, our pin or the handshake itself:
    // final, never retried (a retry cannot make an untrusted server trusted).
    case CURLE_PEER_FAILED_VERIFICATION: // also CURLE_SSL_CACERT
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_USE_SSL_FAILED:
        return NetError::Tls;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
        return NetError::Connect;
    case CURLE_OPERATION_TIMEDOUT:
        return NetError::Timeout;
    case CURLE_ABORTED_BY_CALLBACK:
        return NetError::Cancelled;
    case CURLE_FILESIZE_EXCEEDED:
        return NetError::TooLarge;
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
        return NetError::InvalidUrl;
    case CURLE_BAD_CONTENT_ENCODING:
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
    case CURLE_TOO_MANY_REDIRECTS:
        return NetError::Protocol;
    default:
        return NetError::Other; // reset connections, empty replies, send/receive errors
    }
}

QString describeNetError(NetError error, const QString& host, const QString& detail)
{
    QString text;
    switch (error) {
    case NetError::None:
        return {};
    case NetError::InvalidUrl:
        text = QStringLiteral("The server address is not a valid https:// URL");
        break;
    case NetError::Tls:
        text = QStringLiteral("The certificate of %1 could not be verified; nothing was sent").arg(host);
        break;
    case NetError::Connect:
        text = QStringLiteral("Cannot connect to %1 (offline or server unreachable)").arg(host);
        break;
    case NetError::Timeout:
        text = QStringLiteral("The connection to %1 timed out").arg(host);
        break;
    case NetError::TooLarge:
        text = QStringLiteral("The response from %1 is larger than allowed").arg(host);
        break;
    case NetError::Cancelled:
        return QStringLiteral("The request to %1 was cancelled").arg(host);
    case NetError::Protocol:
        text = QStringLiteral("%1 sent a malformed HTTP response").arg(host);
        break;
    case NetError::Other:
        text = QStringLiteral("Network error talking to %1").arg(host);
        break;
    }
    return detail.isEmpty() ? text : text + QStringLiteral(" (") + detail + QStringLiteral(")");
}

} // namespace ll::net

#pragma once

#include "HttpClient.h"

#include <curl/curl.h>

namespace ll::net {

// Maps a failed transfer to the transport's error categories. `detail` is libcurl's error
// buffer (never contains request bodies); `host` names the server in the message.
NetError classifyCurlError(CURLcode code);
QString describeNetError(NetError error, const QString& host, const QString& detail);

} // namespace ll::net

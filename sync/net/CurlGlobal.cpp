#include "CurlGlobal.h"

#include <curl/curl.h>

#include <mutex>

namespace ll::net {

void ensureCurlGlobalInit()
{
    static std::once_flag once;
    // Never cleaned up: other threads may still hold handles at exit, and the OS reclaims it.
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace ll::net

#pragma once

namespace ll::net {

// libcurl's global state is set up once per process, before the first easy or multi handle
// (curl_global_init is not thread-safe by itself, so every caller goes through call_once).
void ensureCurlGlobalInit();

} // namespace ll::net

#pragma once

class QObject;

namespace ll::server {

// SIGTERM (systemd, `kill`) and SIGINT (Ctrl+C) end the event loop instead of the process, so the
// request being handled finishes, the database closes and the process exits 0. Requests are handled
// one at a time on the event loop, so none is cut in half. Installs once; `parent` owns the notifier.
void quitOnStopSignals(QObject* parent);

} // namespace ll::server

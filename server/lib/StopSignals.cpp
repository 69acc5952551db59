#include "StopSignals.h"

#include "Log.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ll::server {

namespace {

// The handler may only do async-signal-safe things: it writes the signal number into a socket the
// event loop watches (the self-pipe pattern), and the loop does the rest.
int g_signalFds[2] = {-1, -1};

void onStopSignal(int signal)
{
    const char byte = static_cast<char>(signal);
    [[maybe_unused]] const ssize_t n = ::write(g_signalFds[0], &byte, 1);
}

} // namespace

void quitOnStopSignals(QObject* parent)
{
    if (g_signalFds[0] != -1)
        return;
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, g_signalFds) != 0) {
        logEvent("warning", QStringLiteral("stop_signals_unavailable"));
        return;
    }
    auto* notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, parent);
    QObject::connect(notifier, &QSocketNotifier::activated, notifier, [notifier] {
        char byte = 0;
        if (::read(g_signalFds[1], &byte, 1) != 1)
            return;
        notifier->setEnabled(false);
        logEvent("info", QStringLiteral("stopping"), {{QStringLiteral("signal"), int(byte)}});
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
}

} // namespace ll::server

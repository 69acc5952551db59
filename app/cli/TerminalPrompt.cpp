#include "TerminalPrompt.h"

#include "Console.h"

#include <csignal>
#include <cstdio>
#include <cstring>
#include <string.h>
#include <termios.h>
#include <unistd.h>

namespace ll::cli {

namespace {

termios g_saved;
volatile std::sig_atomic_t g_echoOff = 0;

// Without this, Ctrl-C at the prompt would leave the user's shell with echo disabled.
void restoreAndExit(int signal)
{
    if (g_echoOff)
        tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

} // namespace

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

std::optional<QByteArray> readHiddenLine(const QString& prompt)
{
    if (!stdinIsTerminal() || tcgetattr(STDIN_FILENO, &g_saved) != 0)
        return std::nullopt;
    termios quiet = g_saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    quiet.c_lflag |= ECHONL;
    auto oldInt = std::signal(SIGINT, restoreAndExit);
    auto oldTerm = std::signal(SIGTERM, restoreAndExit);
    g_echoOff = 1;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    // Only now: an answer typed after seeing the prompt must not be flushed with the type-ahead.
    writeErr(prompt);

    char buffer[1024];
    const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;

    tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved);
    g_echoOff = 0;
    std::signal(SIGINT, oldInt);
    std::signal(SIGTERM, oldTerm);

    std::optional<QByteArray> line;
    if (got) {
        size_t length = std::strlen(buffer);
        while (length > 0 && (buffer[length - 1] == '\n' || buffer[length - 1] == '\r'))
            --length;
        line = QByteArray(buffer, qsizetype(length));
    }
    // The passphrase must not linger in stack memory once it has been copied.
    explicit_bzero(buffer, sizeof buffer);
    return line;
}

} // namespace ll::cli

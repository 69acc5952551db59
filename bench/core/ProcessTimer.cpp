#include "ProcessTimer.h"

#include "Timer.h"

#include <QFile>
#include <QJsonDocument>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

extern char** environ;

namespace llbench {

namespace {

QJsonObject lastJsonLine(const QByteArray& text)
{
    const QList<QByteArray> lines = text.split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QJsonDocument doc = QJsonDocument::fromJson(it->trimmed());
        if (doc.isObject())
            return doc.object();
    }
    return {};
}

} // namespace

std::optional<ProcessRun> runTimed(const QString& program, const QStringList& args)
{
    QList<QByteArray> storage;
    storage << QFile::encodeName(program);
    for (const QString& a : args)
        storage << a.toLocal8Bit();
    std::vector<char*> argv;
    for (QByteArray& s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);

    int errPipe[2];
    if (pipe2(errPipe, O_CLOEXEC) != 0)
        return std::nullopt;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, errPipe[1], STDERR_FILENO);

    ProcessRun run;
    Timer timer;
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(errPipe[1]);
    if (spawned != 0) {
        close(errPipe[0]);
        return std::nullopt;
    }
    char buf[4096];
    ssize_t n = 0;
    while ((n = read(errPipe[0], buf, sizeof buf)) > 0)
        run.stderrText.append(buf, n);
    close(errPipe[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    run.wallMs = timer.ms();
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.phases = lastJsonLine(run.stderrText);
    return run;
}

} // namespace llbench

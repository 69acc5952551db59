#pragma once

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace llbench {

struct ProcessRun
{
    double wallMs = 0; // spawn to reaped, as a shell user would experience it
    int exitCode = -1;
    QJsonObject phases; // the last JSON object the child printed on stderr, if any
    QByteArray stderrText;
};

// Runs a program to completion with stdout discarded, timing it from spawn to exit.
// posix_spawn rather than QProcess: QProcess adds its own event-loop and pipe overhead to every run.
std::optional<ProcessRun> runTimed(const QString& program, const QStringList& args);

} // namespace llbench

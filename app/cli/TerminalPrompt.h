#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ll::cli {

// Reads one line (raw bytes, newline stripped) from stdin with echo off, after writing `prompt` to stderr.
// The caller validates the encoding and wipes the bytes. nullopt when stdin is not a terminal or at end of
// input. Echo is restored even on Ctrl-C.
std::optional<QByteArray> readHiddenLine(const QString& prompt);
bool stdinIsTerminal();

} // namespace ll::cli

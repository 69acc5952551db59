#pragma once

#include <QString>

namespace ll::cli {

// UTF-8 output whatever the locale, so pipes and JSON consumers always get the same bytes.
void writeOut(const QString& text);
void writeErr(const QString& text);

// For human (non-JSON) output: control characters (ESC, C1, BiDi overrides...) in stored text could
// otherwise rewrite the user's terminal or disguise a value, so they are shown as U+FFFD.
QString forTerminal(const QString& text);

} // namespace ll::cli

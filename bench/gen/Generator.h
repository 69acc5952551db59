#pragma once

#include "Sizes.h"

#include "util/Result.h"

#include <QString>

namespace llbench {

struct GeneratorOptions
{
    QString profileDir;
    QString passphrase;
    Sizes sizes;
    quint64 seed = 1;
};

// Creates a new profile (as `liuliang-cli init` would) and fills it with deterministic data.
ll::Status generateProfile(const GeneratorOptions& options);

} // namespace llbench

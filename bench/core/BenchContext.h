#pragma once

#include "Stats.h"

#include "crypto/DataKey.h"

#include <QString>

namespace llbench {

// What every part of liuliang-bench-core needs: where the profile is, its unwrapped key, how many
// runs to take, and where results go.
struct BenchContext
{
    QString profileDir;
    QString passphraseEnv;
    QString passphrase;
    ll::DataKey key;
    int runs = 5;
    bool json = false;
    bool skipCold = false; // only warm runs: a profile of the warm path is not drowned by page loads
    QList<Measurement> results;

    void add(Measurement m)
    {
        report(m, json);
        results << std::move(m);
    }
};

} // namespace llbench

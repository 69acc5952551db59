#pragma once

#include <QtGlobal>

namespace ll {

// Argon2id cost of one passphrase wrap. Stored beside the wrapped key so a later version can raise the
// defaults for new wraps while old files still unlock with the values they were written with.
struct KdfParams
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0; // bytes

    // libsodium's MODERATE (3 passes over 256 MiB): ~0.5 s on the 2-core build machine, so a guessing
    // attack pays the same per try, while unlocking once per session stays well under a second.
    static KdfParams defaults();

    // Also applied to values read from disk: a tampered key file must not make unlocking allocate
    // gigabytes or spin for hours before the AEAD check can reject it.
    bool isWithinBounds() const;

    bool operator==(const KdfParams&) const = default;
};

} // namespace ll

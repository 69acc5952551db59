#include "crypto/KdfParams.h"

#include <sodium.h>

namespace ll {

namespace {
constexpr quint64 MaxOpsLimit = 64;
constexpr quint64 MaxMemLimit = quint64(4) << 30;
} // namespace

KdfParams KdfParams::defaults()
{
    return KdfParams{crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

bool KdfParams::isWithinBounds() const
{
    return opsLimit >= crypto_pwhash_OPSLIMIT_MIN && opsLimit <= MaxOpsLimit &&
           memLimit >= crypto_pwhash_MEMLIMIT_MIN && memLimit <= MaxMemLimit;
}

} // namespace ll

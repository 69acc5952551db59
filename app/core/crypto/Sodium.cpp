#include "crypto/Sodium.h"

#include <sodium.h>

namespace ll {

bool ensureSodium()
{
    // A function-local static is initialised exactly once even under concurrent first calls.
    static const bool ok = sodium_init() >= 0;
    return ok;
}

} // namespace ll

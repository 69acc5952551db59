#pragma once

namespace ll {

// Initialises libsodium once per process (thread-safe); false if the library cannot be used, in which
// case no key may be generated or unwrapped.
bool ensureSodium();

} // namespace ll

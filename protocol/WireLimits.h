#pragma once

#include <QtGlobal>

namespace ll::limits {

// Caps applied before anything reaches storage; the server answers 413 / 400 past them.
inline constexpr qsizetype MaxLoginBody = 4 * 1024;
inline constexpr qsizetype MaxPushBody = 32 * 1024 * 1024;
inline constexpr qsizetype MaxBlobBytes = 16 * 1024 * 1024;
inline constexpr qsizetype MaxMutationsPerPush = 10'000;
inline constexpr qsizetype MaxFieldsPerMutation = 64;
inline constexpr qsizetype MaxSetElementsPerMutation = 512;
inline constexpr qsizetype MaxShortString = 256;
inline constexpr qsizetype MaxText = 64 * 1024;
inline constexpr int MaxPullLimit = 5000;
inline constexpr int DefaultPullLimit = 500;

} // namespace ll::limits

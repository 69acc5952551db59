#include "Sizes.h"

namespace llbench {

std::optional<Sizes> sizesFor(const QString& label)
{
    const QString l = label.trimmed().toUpper();
    if (l == QLatin1String("S"))
        return Sizes{l, 5'000, 6, 60, 50'000, 25'000, 12'500, 200, 1, 1};
    if (l == QLatin1String("M"))
        return Sizes{l, 50'000, 12, 150, 500'000, 250'000, 125'000, 1'000, 1, 12};
    if (l == QLatin1String("L"))
        return Sizes{l, 200'000, 20, 300, 2'000'000, 1'000'000, 500'000, 2'000, 40, 200};
    return std::nullopt;
}

} // namespace llbench

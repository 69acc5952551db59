#pragma once

#include <QString>

#include <optional>

namespace llbench {

// How much data one size holds. L is the region-level store from the project's targets; S and M
// scale links, follow-ups and purchases per contact the same way (10 tags, 5 follow-ups,
// 2.5 purchases per contact), with fewer tags, products and staff as a single guide or store has.
struct Sizes
{
    QString label;
    int contacts = 0;
    int tagGroups = 0;
    int tags = 0;
    qint64 tagLinks = 0;
    qint64 followUps = 0;
    qint64 purchases = 0;
    int products = 0;
    int stores = 0;
    int guides = 0;
};

std::optional<Sizes> sizesFor(const QString& label); // "S", "M" or "L"

} // namespace llbench

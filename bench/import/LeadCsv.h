#pragma once

#include <QString>

namespace llbench {

// A lead export as ad platforms write it, deterministic for a row count: Chinese headers, CRLF, quoted
// notes with commas and line breaks, blank lines, and per 100 rows 80 new people, 8 duplicates of an earlier
// row (same mobile, another source), 7 rows of people already in the store (the base file), 2 WeChat-only
// duplicates, 1 landline + new WeChat, and 2 rejected rows (no identity; an unparseable phone).
QString leadCsv(int rows);
// The people already in the store before the import: `rows` leads whose mobiles the main file reuses.
QString baseCsv(int rows);

} // namespace llbench

#pragma once

#include <QString>

#include <algorithm>

namespace ll {

// "r" + the digits reversed: 13800138000 -> r00083100831. FTS can only match token prefixes;
// indexing the reversed number turns "ends with 8000" into "starts with r0008". The index
// (searchTokensFor) and the query (searchMatchExpression) must agree on this form.
inline QString phoneSuffixToken(QString digits)
{
    std::reverse(digits.begin(), digits.end());
    return u'r' + digits;
}

} // namespace ll

#pragma once

#include <QString>
#include <QStringList>

namespace ll {

// Search over the script and material libraries. They hold hundreds to a few thousand short records,
// so a LIKE scan over one prepared column is fast enough and needs no FTS table of its own. The column
// holds the folded text (case, width, Traditional -> Simplified) and the pinyin of every Han field plus the
// initials of the title, so "欢迎", "歡迎", "huanying" and "hy" all find 欢迎新客.
namespace library_search {

// The search column for a record: `title` also contributes its initials.
QString searchText(const QString& title, const QStringList& otherFields);

// The LIKE patterns (with '\' as escape) a query must all match; empty when the query is blank.
QStringList likePatterns(const QString& query);

} // namespace library_search
} // namespace ll

#include "library/LibrarySearch.h"

#include "text/ChineseText.h"

namespace ll {
namespace library_search {

QString searchText(const QString& title, const QStringList& otherFields)
{
    QStringList parts;
    parts << foldForSearch(title);
    for (const QString& f : otherFields)
        parts << foldForSearch(f);
    if (containsHan(title))
        parts << pinyin(title) << pinyinInitials(title);
    for (const QString& f : otherFields)
        if (containsHan(f))
            parts << pinyin(f);
    return parts.join(QLatin1Char('\n'));
}

QStringList likePatterns(const QString& query)
{
    QStringList patterns;
    const QStringList terms = foldForSearch(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString term : terms) {
        term.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        term.replace(QLatin1Char('%'), QLatin1String("\\%"));
        term.replace(QLatin1Char('_'), QLatin1String("\\_"));
        patterns << QLatin1Char('%') + term + QLatin1Char('%');
    }
    return patterns;
}

} // namespace library_search
} // namespace ll

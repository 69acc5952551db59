#include "store/FieldClocks.h"

#include <QStringList>

namespace ll {

FieldClocks FieldClocks::parse(const QString& text)
{
    FieldClocks result;
    const auto entries = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& entry : entries) {
        const int eq = entry.indexOf(QLatin1Char('='));
        if (eq > 0)
            result.m_clocks.insert(entry.left(eq), entry.mid(eq + 1));
    }
    return result;
}

QString FieldClocks::serialize() const
{
    QStringList parts;
    parts.reserve(m_clocks.size());
    for (auto it = m_clocks.cbegin(); it != m_clocks.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value();
    return parts.join(QLatin1Char(';'));
}

} // namespace ll

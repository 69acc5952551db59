#include "store/FieldClocks.h"

namespace ll {

FieldClocks FieldClocks::parse(const QString& text)
{
    FieldClocks result;
    QString previous;
    bool hasPrevious = false;
    for (const QStringView entry : QStringView(text).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QStringView clock = entry.mid(eq + 1);
        if (clock.size() == 1 && clock.front() == SameAsPrevious) {
            if (!hasPrevious)
                continue; // nothing to repeat: not written by serialize()
        } else {
            previous = clock.toString();
            hasPrevious = true;
        }
        result.m_clocks.insert(entry.left(eq).toString(), previous);
    }
    return result;
}

QString FieldClocks::serialize() const
{
    QString out;
    const QString* previous = nullptr;
    for (auto it = m_clocks.cbegin(); it != m_clocks.cend(); ++it) {
        if (!out.isEmpty())
            out += QLatin1Char(';');
        out += it.key();
        out += QLatin1Char('=');
        // An empty clock is written as it is: "^" after it would read back the same, but gains nothing.
        if (previous && !it.value().isEmpty() && it.value() == *previous)
            out += SameAsPrevious;
        else
            out += it.value();
        previous = &it.value();
    }
    return out;
}

} // namespace ll

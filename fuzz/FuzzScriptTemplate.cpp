// Placeholder rendering over arbitrary script bodies and customer values: never crashes, never leaves a
// raw placeholder in text it calls complete, and escape() always renders back to the literal text.
#include "library/ScriptTemplate.h"

#include <QHash>
#include <QSet>

#include <cstdint>
#include <cstdlib>

using namespace ll::script_template;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    // The first line is the body, the rest are name=value pairs for the customer.
    const QStringList lines = input.split(u'\n');
    const QString body = lines.value(0);
    QSet<QString> known;
    for (const QString& name : builtinPlaceholders())
        known.insert(name);
    QHash<QString, QString> values;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype eq = lines.at(i).indexOf(u'=');
        if (eq <= 0)
            continue;
        known.insert(lines.at(i).left(eq));
        values.insert(lines.at(i).left(eq), lines.at(i).mid(eq + 1));
    }

    parse(body);
    const Rendered rendered = render(body, known, values);
    if (rendered.ok()) {
        // Complete text may contain braces only where the body escaped them or a value brought them.
        bool valuesHaveBraces = false;
        for (const QString& v : std::as_const(values))
            valuesHaveBraces |= v.contains(u'{') || v.contains(u'}');
        if (!valuesHaveBraces && !body.contains(QStringLiteral("{{")) &&
            !body.contains(QStringLiteral("}}")) &&
            (rendered.text.contains(u'{') || rendered.text.contains(u'}')))
            abort();
    }
    const Rendered literal = render(escape(body), known, values);
    if (!literal.ok() || literal.text != body)
        abort();
    return 0;
}

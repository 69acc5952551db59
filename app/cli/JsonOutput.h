#pragma once

#include "domain/Contact.h"
#include "domain/FollowUp.h"
#include "domain/Product.h"
#include "domain/Tag.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace ll::cli {

// The --json shapes. Field names are snake_case and stable (documented in app/cli/README.md): add fields,
// never rename or remove them. Unknown values are null, never omitted, so consumers see one shape.
struct JsonOutput
{
    // Phones are {"masked": "138****8000", "number": "13800138000"|null}: "number" only with --reveal.
    static QJsonObject contact(const Contact& contact, bool reveal);
    static QJsonObject tag(const Tag& tag);
    static QJsonObject followUp(const FollowUp& followUp);
    static QJsonObject product(const Product& product);
    static QJsonObject purchase(const Purchase& purchase);

    template <typename T, typename F> static QJsonArray array(const QList<T>& items, F convert)
    {
        QJsonArray out;
        for (const T& item : items)
            out.append(convert(item));
        return out;
    }

    // Indented UTF-8 JSON and a newline on stdout. Returns 0 so a command can end with `return print(...)`.
    static int print(const QJsonObject& object);
};

} // namespace ll::cli

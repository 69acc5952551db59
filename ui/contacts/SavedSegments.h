#pragma once

#include "domain/ContactQuery.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace ll {
class Store;
}

namespace ll::ui {

// Named filters ("VIP not seen in 90 days"). They describe customers, so they are kept in the encrypted
// store's meta table, never in QSettings (which is a plaintext file).
struct Segment
{
    QString name;
    ContactQuery query;
};

class SavedSegments
{
public:
    static constexpr const char* MetaKey = "ui.segments";

    static Result<QList<Segment>> load(Store& store);
    static Status save(Store& store, const QList<Segment>& segments);
    // Adds or replaces the segment of the same name.
    static Status put(Store& store, const Segment& segment);
    static Status remove(Store& store, const QString& name);
};

} // namespace ll::ui

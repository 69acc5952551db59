#pragma once

#include "Sizes.h"

#include <QList>
#include <QString>

namespace llbench {

// The reference data every contact points at, created before the contacts.
struct StaffRef
{
    QString id;
    QString storeId;
    QString device; // the device id its edits were made on (8 hex digits, like Store's own)
};

struct ProductRef
{
    qint64 rowId = 0;
    qint64 priceCents = 0;
};

struct World
{
    Sizes sizes;
    quint64 seed = 0;
    qint64 startMs = 0; // the earliest creation time of any generated record
    qint64 nowMs =
        0; // "now" for the generated data: fixed, so the data does not depend on the day it is made
    QList<StaffRef> guides;
    QList<qint64> tagRowIds;    // by popularity: index 0 is the most used tag
    QList<ProductRef> products; // by popularity
};

// An HLC as the store writes it, from the given wall time and device.
QString clockAt(qint64 ms, const QString& device);

} // namespace llbench

#pragma once

#include "text/PhoneNumber.h"
#include "util/Result.h"

#include <QString>

namespace ll {

class Store;

// The two add-wins sets of a contact, phones and tags. An element row stays when removed
// (present = 0, removed_at = its clock) so a later sync can tell "removed here" from "never seen".
// Each change writes the element row and its outbox entry; the caller owns the transaction.
// The functions return whether anything changed: adding a present element is a no-op.
namespace contact_sets {

// Whether an element's outbox row saves the clock with it (one edit), or the caller saves it once with
// Store::saveClock() before its transaction commits (a bulk writer).
enum class ClockSave
{
    WithEach,
    ByCaller
};

Result<bool> addPhone(Store& store, qint64 contactRowId, const QString& contactId, const PhoneNumber& phone,
                      ClockSave clockSave = ClockSave::WithEach);
Result<bool> removePhone(Store& store, qint64 contactRowId, const QString& contactId, const QString& element);

Result<bool> addTag(Store& store, qint64 contactRowId, const QString& contactId, qint64 tagRowId,
                    const QString& tagId);
Result<bool> removeTag(Store& store, qint64 contactRowId, const QString& contactId, qint64 tagRowId,
                       const QString& tagId);

QString phoneKindCode(PhoneNumber::Kind kind);

} // namespace contact_sets
} // namespace ll

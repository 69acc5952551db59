#pragma once

#include "domain/Contact.h"
#include "domain/ContactValidation.h"
#include "util/Result.h"

#include <QJsonValue>
#include <QStringList>

namespace ll {

class Database;
class Statement;

// Reading and writing contact rows; shared by the repository, its queries and merge.
namespace contact_rows {

// The column list every contact SELECT uses, in the order fromRow() reads it (prefixed "c.").
extern const char* const kColumns;

struct Record
{
    Contact contact;
    QString clocks; // the row's FieldClocks text
};

// Reads the kColumns of the current row (phones are not part of the row).
Record fromRow(const Statement& st);

// The present phones of a contact in the order they were added.
Result<QList<PhoneNumber>> phonesOf(Database& db, qint64 rowId);

// One contact with its phones; NotFound when the rowid does not exist.
Result<Record> load(Database& db, qint64 rowId);

// Finds a contact by full UUID, or (live contacts only) by a unique id prefix of at least 4
// characters. A deleted or merged contact is NotFound unless includeDeleted, with a message that
// says where a merged one went.
Result<qint64> resolve(Database& db, const QString& idOrPrefix, bool includeDeleted = false);

// Writes every column of an existing contact row from `contact` (phones are separate).
Status update(Database& db, const Contact& contact, const QString& clocks);

// The synced scalar fields, by their wire names ("name", "wechatId", "lastContactedAt", ...), and
// each one's value as it travels in an outbox payload. Comparing values tells which fields an edit changed.
const QStringList& scalarFields();
QJsonValue fieldValue(const Contact& contact, const QString& field);

// Copies the fields an add or edit gives onto the contact (absent fields keep their value).
void applyScalars(Contact& contact, const ValidContactInput& input);
// Explicitly chosen owners and stores must be known locally, so a typo cannot hide a contact from
// everyone; the default owner (this device's staff member) is trusted as the server assigned it.
Status checkOwnerAndStore(Database& db, const ValidContactInput& input);

QDateTime fromMs(qint64 ms);     // invalid for 0
qint64 toMs(const QDateTime& t); // 0 for invalid

} // namespace contact_rows
} // namespace ll

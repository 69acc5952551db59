#pragma once

#include "domain/Contact.h"
#include "domain/ContactValidation.h"
#include "util/Result.h"

#include <QJsonValue>
#include <QStringList>

#include <array>
#include <variant>

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

// A synced scalar field's value as an outbox payload carries it: text, or an integer.
using ScalarValue = std::variant<QString, qint64>;

// One synced scalar field of a contact: its wire name ("wechatId", also its key in the clocks text), its
// column, and its value. The one table of them: the repository's edits and merges, and the bulk writer
// that writes their payloads itself, all read it.
struct ScalarField
{
    const char* name;
    const char* column;
    ScalarValue (*valueOf)(const Contact&);
};
inline constexpr int kScalarFieldCount = 15;
// In the order edits stamp them.
const std::array<ScalarField, kScalarFieldCount>& scalarFieldTable();
QJsonValue toJson(const ScalarValue& value);

// The same fields by wire name, and a field's value as JSON (QJsonValue() for an unknown name).
// Comparing values tells which fields an edit changed.
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

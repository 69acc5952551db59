#pragma once

#include "importer/LeadColumns.h"
#include "text/PhoneNumber.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace ll {

// One data row of a lead file, read through the column mapping and checked. A row identifies a person
// by its Chinese mobile numbers and/or its WeChat ID; landlines and other numbers are kept as phones
// but never identify anyone (a landline is shared by a household or an office).
struct LeadRow
{
    QString name;
    QString nickname;
    QString wechatId;
    QList<PhoneNumber> mobiles;
    QList<PhoneNumber> otherPhones; // landlines, service numbers, foreign numbers
    QStringList extensions;         // landline extensions, kept in the history line (the store has no field)
    QString source;
    QString city;
    int intent = 0;      // 0 unknown .. 3 high
    QString intentText;  // the cell as written when it is not a known level
    QDateTime createdAt; // invalid when the cell is empty, unreadable or in the future
    QString createdText; // the cell as written
    QString notes;

    bool hasIdentity() const { return !mobiles.isEmpty() || !wechatId.isEmpty(); }

    // The line this row adds to the contact's notes (text/LeadHistoryText.h): every source stays visible as
    // history, and a re-import of the same row finds its line already there and changes nothing.
    QString historyLine() const;
};

struct LeadRowContext
{
    QString defaultSource;                            // used when the row has no source
    QTimeZone timeZone = QTimeZone::systemTimeZone(); // of times written without an offset
    QDateTime now = QDateTime::currentDateTimeUtc();
};

// Reads and checks one record. InvalidInput with the reason (translated) when the row must be rejected:
// no valid mobile and no WeChat ID, an invalid phone number or WeChat ID, an over-long field.
Result<LeadRow> parseLeadRow(const QStringList& fields, const ColumnMapping& mapping,
                             const LeadRowContext& context);

// Lead-form times: "2026-05-01 14:30[:00]", "2026/5/1 14:30", "2026年5月1日 14:30", "2026.05.01", ISO 8601
// with 'T' and an offset or 'Z', a bare date (midnight), Unix seconds (10 digits) or milliseconds (13).
// Times without an offset are in `zone`. Invalid QDateTime when unreadable.
QDateTime parseLeadTime(const QString& text, const QTimeZone& zone);

// 0..3 from "3"/"高"/"A"/"high", "2"/"中"/"一般"/"B", "1"/"低"/"C"/"low", "0"/"无"/"未知"; nullopt otherwise.
std::optional<int> parseIntent(const QString& text);

// Undoes the apostrophe that CSV export puts before a cell starting with = + - @ (formula neutralisation),
// so an exported and re-imported file round-trips.
QString stripFormulaGuard(const QString& cell);

} // namespace ll

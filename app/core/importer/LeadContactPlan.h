#pragma once

#include "domain/ContactValidation.h"
#include "importer/LeadRow.h"

#include <QDate>
#include <QString>

#include <optional>

namespace ll {

// What a lead row will write, worked out before the importer knows whom the row matches: the history line
// every row adds to its contact's notes, and the contact the row becomes if nobody has its mobile or WeChat
// ID yet, checked as ContactRepository checks input. LeadRowFeed makes it on its own thread, so the thread
// writing the database only picks an owner and writes.
struct LeadContactPlan
{
    QString historyLine;                         // LeadRow::historyLine()
    std::optional<ValidContactInput> newContact; // without owner and store (the allocator picks them)
    Error newContactError;                       // when newContact is not set: why (translated)
};

// `today`: the latest date birthdays may be on (latestToday()), asked once per import.
LeadContactPlan planLeadContact(const LeadRow& row, const QDate& today);

// The phone as ContactInput takes it: digits only, so a landline extension (kept in the history line)
// never reaches the repository, which stores no extensions.
QString leadPhoneInput(const PhoneNumber& phone);

} // namespace ll

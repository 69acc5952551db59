#pragma once

#include <QDate>

namespace ll {

// The store's calendar day: guides work in China, so "today" is the Asia/Shanghai date whatever zone the
// computer is set to (the same calendar the reminders use).
QDate storeToday();

// The latest date that is "today" for either the computer or the store: the bound for "not in the future"
// checks, so a date that is today in the store is never refused on a machine set to another zone.
QDate latestToday();

} // namespace ll

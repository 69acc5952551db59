#pragma once

// The library tests use the same fixture as the reminder tests: an encrypted store with an org, a store,
// a manager and a guide.
#include "../reminders/ReminderTestSupport.h"

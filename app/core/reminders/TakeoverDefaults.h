#pragma once

#include "library/Actor.h"
#include "util/Result.h"

#include <QString>

namespace ll {

class Store;

// The built-ins of the welcome-back reminder (issue #7): a hand-over script (category welcome) and a
// `takeover` rule suggesting it, personal to the signed-in staff member so a guide gets them too.
// Their ids are name-based on the staff id, so every device of one guide creates the same two records
// and sync merges them into one; a default the guide deleted stays deleted.
namespace takeover_defaults {

QString scriptIdFor(const QString& staffId);
QString ruleIdFor(const QString& staffId);

// The script text in Chinese or English (by QLocale()), with the {name}, {store} and {guide} placeholders.
QString scriptTitle(bool chinese);
QString scriptBody(bool chinese);

// Creates whichever of the two is missing for `actor`; returns how many were created (0 without a
// staff member). Run a full reminder recompute afterwards when it created the rule.
Result<int> ensure(Store& store, const Actor& actor);

} // namespace takeover_defaults
} // namespace ll

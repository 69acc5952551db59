#pragma once

#include "library/Actor.h"

namespace ll::ui {

class Session;

// Who is acting in this session, for the libraries' permission checks: the profile's staff member with
// the role the org records for them; a guide when the profile has no staff member or they have left.
Actor sessionActor(Session& session);

} // namespace ll::ui

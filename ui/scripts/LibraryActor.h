#pragma once

#include "library/Actor.h"

namespace ll::ui {

class Session;

// Who the signed-in user is, for the libraries' permission checks: the store's actor with their role in the
// organisation. Anyone unknown or inactive is treated as a guide, so team records stay read-only for them.
Actor libraryActor(Session& session);

} // namespace ll::ui

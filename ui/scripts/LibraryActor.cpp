#include "scripts/LibraryActor.h"

#include "app/Session.h"

namespace ll::ui {

Actor libraryActor(Session& session)
{
    Actor actor;
    actor.staffId = session.store().actorId();
    actor.role = StaffRole::Guide;
    if (!actor.staffId.isEmpty()) {
        const Result<Staff> staff = session.org().staff(actor.staffId);
        if (staff.ok() && staff->status == StaffStatus::Active)
            actor.role = staff->role;
    }
    return actor;
}

} // namespace ll::ui

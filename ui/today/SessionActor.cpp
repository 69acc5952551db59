#include "today/SessionActor.h"

#include "app/Session.h"

namespace ll::ui {

Actor sessionActor(Session& session)
{
    Actor actor;
    actor.staffId = session.store().actorId();
    if (!actor.staffId.isEmpty()) {
        const Result<Staff> staff = session.org().staff(actor.staffId);
        if (staff.ok() && staff->status == StaffStatus::Active)
            actor.role = staff->role;
    }
    return actor;
}

} // namespace ll::ui

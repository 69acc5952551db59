#include "app/Session.h"

namespace ll::ui {

Session::Session(std::unique_ptr<Profile> profile)
    : m_profile(std::move(profile))
    , m_contacts(m_profile->store())
    , m_tags(m_profile->store())
    , m_followUps(m_profile->store())
    , m_purchases(m_profile->store())
    , m_org(m_profile->store())
{}

} // namespace ll::ui

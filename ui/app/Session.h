#pragma once

#include "domain/ContactRepository.h"
#include "domain/FollowUpRepository.h"
#include "domain/OrgRepository.h"
#include "domain/ProductRepository.h"
#include "domain/TagRepository.h"
#include "profile/Profile.h"

#include <memory>

namespace ll::ui {

// Everything that exists only while the profile is unlocked: the open store and the repositories
// over it. Destroying the session closes the database, so locking the app is "delete the session".
// All repository calls happen on the UI thread (see docs in ContactListModel.h for why that is fast
// enough); the Database connection is never used from two threads.
class Session
{
public:
    explicit Session(std::unique_ptr<Profile> profile);
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    Profile& profile() { return *m_profile; }
    Store& store() { return m_profile->store(); }
    ContactRepository& contacts() { return m_contacts; }
    TagRepository& tags() { return m_tags; }
    FollowUpRepository& followUps() { return m_followUps; }
    PurchaseRepository& purchases() { return m_purchases; }
    OrgRepository& org() { return m_org; }

private:
    std::unique_ptr<Profile> m_profile;
    ContactRepository m_contacts;
    TagRepository m_tags;
    FollowUpRepository m_followUps;
    PurchaseRepository m_purchases;
    OrgRepository m_org;
};

} // namespace ll::ui

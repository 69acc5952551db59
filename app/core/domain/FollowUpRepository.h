#pragma once

#include "domain/FollowUp.h"
#include "util/Result.h"

#include <QList>

namespace ll {

class Store;

// Follow-up records are append-only; adding one also updates the contact's last-contacted time.
class FollowUpRepository
{
public:
    explicit FollowUpRepository(Store& store);

    Result<FollowUp> add(const FollowUpInput& input);
    Result<QList<FollowUp>> forContact(const QString& contactId, int limit = 100); // newest first

private:
    Store& m_store;
};

} // namespace ll

#pragma once

#include "domain/Contact.h"
#include "domain/FollowUp.h"
#include "domain/Product.h"
#include "domain/Tag.h"

#include <QList>
#include <QString>

namespace ll::cli {

// Human-readable renderings of contacts and their history for the terminal.
struct ContactFormat
{
    static QString table(const QList<Contact>& contacts, bool reveal);
    static QString details(const Contact& contact, const QList<Tag>& tags, bool reveal);
    static QString followUps(const QList<FollowUp>& followUps);
    static QString purchases(const QList<Purchase>& purchases);
    static QString tagLabel(const Tag& tag); // "group/name"
};

} // namespace ll::cli

#pragma once

#include "util/Result.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace ll {

class Store;

// Custom per-contact fields (结婚纪念日 = 2019-05-20, 会员等级 = 金卡): values of script placeholders like
// {会员等级} and the dates of custom-date reminder rules. Each (contact, field) is a last-writer-wins value,
// synced as entity "contact_field" with record id "<contact id>/<field name>". Setting "" clears a field.
// (It lives with the libraries that read it until the domain layer grows custom fields of its own.)
class ContactFieldRepository
{
public:
    explicit ContactFieldRepository(Store& store);

    Status set(const QString& contactId, const QString& name, const QString& value);
    Result<QMap<QString, QString>> fieldsOf(const QString& contactId);
    Result<QMap<QString, QString>> fieldsOf(qint64 contactRowId);
    // Every field name in use, so editors can tell a custom placeholder from a typo.
    Result<QStringList> fieldNames();

    // Letters (any script), digits and '_', 1–40 characters: the names a {placeholder} can carry.
    static bool isValidName(const QString& name);

private:
    Store& m_store;
};

} // namespace ll

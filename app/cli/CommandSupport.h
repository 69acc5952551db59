#pragma once

#include "CliContext.h"
#include "Console.h"
#include "domain/Contact.h"
#include "util/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace ll::cli {

// Unwraps a Result for a command: the value, or nullopt once the error has been reported on ctx.
template <typename T> std::optional<T> take(CliContext& ctx, Result<T> result)
{
    if (!result.ok()) {
        ctx.fail(result.error());
        return std::nullopt;
    }
    return std::move(result).value();
}

inline bool succeeded(CliContext& ctx, const Status& status)
{
    if (!status.ok())
        ctx.fail(status.error());
    return status.ok();
}

// CONTACT_ID arguments: a full id or a unique prefix of at least 4 characters (what tables show).
std::optional<Contact> findContact(CliContext& ctx, const QString& idOrPrefix);

QString shortId(const QString& id);
QString orDash(const QString& text);
QString localTime(const QDateTime& when); // "2026-05-01 14:30" in local time, "-" when unset
QString phoneText(const PhoneNumber& phone, bool reveal);
QString phonesText(const QList<PhoneNumber>& phones, bool reveal);
QString yuan(qint64 cents); // "12.34"

} // namespace ll::cli

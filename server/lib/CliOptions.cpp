#include "CliOptions.h"

namespace ll::server {

Result<CliOptions> CliOptions::parse(const QStringList& args, const QStringList& known)
{
    CliOptions o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (!a.startsWith(QLatin1String("--"))) {
            o.words << a;
            continue;
        }
        const QString key = a.mid(2);
        if (!known.contains(key))
            return makeError(ErrorCode::InvalidInput, QStringLiteral("unknown option --") + key);
        if (i + 1 >= args.size())
            return makeError(ErrorCode::InvalidInput, QStringLiteral("--%1 needs a value").arg(key));
        o.values.insert(key, args.at(++i));
    }
    return o;
}

Status CliOptions::require(const QStringList& keys) const
{
    for (const QString& k : keys)
        if (value(k).isEmpty())
            return makeError(ErrorCode::InvalidInput, QStringLiteral("--%1 is required").arg(k));
    return {};
}

} // namespace ll::server

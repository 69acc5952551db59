#pragma once

#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <optional>

namespace ll {

// Parses a request/response body into a JSON object after checking size and UTF-8 validity;
// Qt's parser would otherwise replace invalid sequences silently.
Result<QJsonObject> parseJsonObject(const QByteArray& body, qsizetype maxBytes);

bool isUuid(const QString& text);
// The value as an integer when it is a JSON number with no fraction and within ±2^53 (where
// doubles are exact); std::nullopt otherwise. Casting an out-of-range double would be UB.
std::optional<qint64> exactInteger(const QJsonValue& value);
bool isSha256Hex(const QString& text);

// Strict field-by-field reader: remembers the first error, rejects keys it was not told about.
// `path` prefixes error details so a client can see which element was wrong.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject& object, QString path);

    QString string(const QString& key, qsizetype maxLen, bool required = true);
    QString uuid(const QString& key, bool required = true);
    qint64 integer(const QString& key, qint64 min, qint64 max, bool required = true, qint64 fallback = 0);
    bool boolean(const QString& key, bool required = true, bool fallback = false);
    QJsonObject object(const QString& key, bool required = true);
    QJsonArray array(const QString& key, qsizetype maxItems, bool required = true);
    bool has(const QString& key) const { return m_object.contains(key); }

    // Call last: fails on keys that no accessor asked for.
    Status finish();
    bool failed() const { return m_error.has_value(); }
    void fail(const char* code, const QString& detail);

private:
    QJsonValue take(const QString& key, bool required);
    QString where(const QString& key) const;

    QJsonObject m_object;
    QString m_path;
    QStringList m_seen; // a handful of keys: a list is cheaper than a hash for every parsed change
    std::optional<Error> m_error;
};

} // namespace ll

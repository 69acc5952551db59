#include "JsonInput.h"

#include "WireError.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringDecoder>

#include <cmath>

namespace ll {

Result<QJsonObject> parseJsonObject(const QByteArray& body, qsizetype maxBytes)
{
    if (body.size() > maxBytes)
        return wireError(wire::BodyTooLarge, QStringLiteral("body exceeds %1 bytes").arg(maxBytes));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(body);
    if (decoder.hasError())
        return wireError(wire::InvalidUtf8, QStringLiteral("body is not valid UTF-8"));
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return wireError(wire::BadJson, err.errorString());
    if (!doc.isObject())
        return wireError(wire::BadJson, QStringLiteral("top-level value must be an object"));
    return doc.object();
}

bool isUuid(const QString& text)
{
    // Checked by hand, not by a regular expression: every pulled change carries several ids.
    constexpr qsizetype UuidChars = 36;
    if (text.size() != UuidChars)
        return false;
    for (qsizetype i = 0; i < UuidChars; ++i) {
        const char16_t u = text.at(i).unicode();
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? u != '-' : !((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f')))
            return false;
    }
    return true;
}

std::optional<qint64> exactInteger(const QJsonValue& value)
{
    constexpr double Limit = 9007199254740992.0; // 2^53
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!(d >= -Limit && d <= Limit) || d != std::trunc(d))
        return std::nullopt;
    return static_cast<qint64>(d);
}

bool isSha256Hex(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(text).hasMatch();
}

ObjectReader::ObjectReader(const QJsonObject& object, QString path)
    : m_object(object)
    , m_path(std::move(path))
{}

QString ObjectReader::where(const QString& key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

void ObjectReader::fail(const char* code, const QString& detail)
{
    if (!m_error)
        m_error = wireError(code, detail);
}

QJsonValue ObjectReader::take(const QString& key, bool required)
{
    m_seen.append(key);
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd() || it->isNull()) {
        if (required)
            fail(wire::MissingField, where(key));
        return QJsonValue::Undefined;
    }
    return *it;
}

QString ObjectReader::string(const QString& key, qsizetype maxLen, bool required)
{
    const QJsonValue v = take(key, required);
    if (v.isUndefined())
        return {};
    if (!v.isString()) {
        fail(wire::WrongType, where(key) + QStringLiteral(" must be a string"));
        return {};
    }
    const QString s = v.toString();
    if (s.size() > maxLen) {
        fail(wire::StringTooLong, where(key));
        return {};
    }
    return s;
}

QString ObjectReader::uuid(const QString& key, bool required)
{
    const QString s = string(key, 36, required);
    if (!s.isEmpty() && !isUuid(s)) {
        fail(wire::InvalidValue, where(key) + QStringLiteral(" must be a lowercase UUID"));
        return {};
    }
    return s;
}

qint64 ObjectReader::integer(const QString& key, qint64 min, qint64 max, bool required, qint64 fallback)
{
    const QJsonValue v = take(key, required);
    if (v.isUndefined())
        return fallback;
    const std::optional<qint64> i = exactInteger(v);
    if (!i) {
        fail(wire::WrongType, where(key) + QStringLiteral(" must be an integer"));
        return fallback;
    }
    if (*i < min || *i > max) {
        fail(wire::InvalidValue, where(key) + QStringLiteral(" out of range"));
        return fallback;
    }
    return *i;
}

bool ObjectReader::boolean(const QString& key, bool required, bool fallback)
{
    const QJsonValue v = take(key, required);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool()) {
        fail(wire::WrongType, where(key) + QStringLiteral(" must be a boolean"));
        return fallback;
    }
    return v.toBool();
}

QJsonObject ObjectReader::object(const QString& key, bool required)
{
    const QJsonValue v = take(key, required);
    if (v.isUndefined())
        return {};
    if (!v.isObject()) {
        fail(wire::WrongType, where(key) + QStringLiteral(" must be an object"));
        return {};
    }
    return v.toObject();
}

QJsonArray ObjectReader::array(const QString& key, qsizetype maxItems, bool required)
{
    const QJsonValue v = take(key, required);
    if (v.isUndefined())
        return {};
    if (!v.isArray()) {
        fail(wire::WrongType, where(key) + QStringLiteral(" must be an array"));
        return {};
    }
    const QJsonArray a = v.toArray();
    if (a.size() > maxItems) {
        fail(wire::TooMany, where(key));
        return {};
    }
    return a;
}

Status ObjectReader::finish()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_seen.contains(it.key())) {
            fail(wire::UnknownField, where(it.key()));
            break;
        }
    }
    if (m_error)
        return *m_error;
    return {};
}

} // namespace ll

#include "PullPageDecoder.h"

#include "EntitySchema.h"
#include "JsonInput.h"
#include "WireLimits.h"

#include <QJsonDocument>
#include <QUtf8StringView>

namespace ll {

namespace {

constexpr qint64 MaxSafeInteger = (qint64(1) << 53) - 1;
constexpr qsizetype MaxEntityChars = 32;

// A forward-only reader over the body. Every method answers nullopt/false when the input is not the
// plain shape it expects; the decoder then gives up and leaves the body to PullResponse::fromJson.
class Reader
{
public:
    explicit Reader(QByteArrayView json)
        : m_p(json.data())
        , m_end(json.data() + json.size())
    {}

    bool eat(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }

    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }

    // An object key without escapes (what the server writes) and its colon: the raw bytes.
    std::optional<QByteArrayView> key()
    {
        if (!eat('"'))
            return std::nullopt;
        const char* start = m_p;
        while (m_p < m_end && *m_p != '"') {
            if (*m_p == '\\' || uchar(*m_p) < 0x20)
                return std::nullopt;
            ++m_p;
        }
        if (m_p == m_end)
            return std::nullopt;
        const QByteArrayView k(start, m_p - start);
        ++m_p;
        if (!eat(':'))
            return std::nullopt;
        return k;
    }

    std::optional<QString> string()
    {
        if (!eat('"'))
            return std::nullopt;
        const char* start = m_p;
        while (m_p < m_end && *m_p != '"' && *m_p != '\\') {
            if (uchar(*m_p) < 0x20)
                return std::nullopt;
            ++m_p;
        }
        if (m_p == m_end)
            return std::nullopt;
        if (*m_p == '"') {
            ++m_p;
            return QString::fromUtf8(start, m_p - 1 - start); // the body was checked to be UTF-8
        }
        return escapedRest(QByteArray(start, m_p - start));
    }

    // A JSON integer literal (no fraction or exponent) of at most 18 digits, so it fits a qint64.
    std::optional<qint64> integer()
    {
        skipSpace();
        const bool negative = m_p < m_end && *m_p == '-';
        if (negative)
            ++m_p;
        if (m_p == m_end || !isDigit(*m_p))
            return std::nullopt;
        if (*m_p == '0' && m_p + 1 < m_end && isDigit(m_p[1]))
            return std::nullopt; // a leading zero is not JSON
        qint64 v = 0;
        int digits = 0;
        for (; m_p < m_end && isDigit(*m_p); ++m_p) {
            if (++digits > 18)
                return std::nullopt;
            v = v * 10 + (*m_p - '0');
        }
        if (m_p < m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E'))
            return std::nullopt;
        if (negative && v == 0)
            return std::nullopt; // "-0": left to the full parser
        return negative ? -v : v;
    }

    std::optional<bool> boolean()
    {
        skipSpace();
        if (literal("true"))
            return true;
        if (literal("false"))
            return false;
        return std::nullopt;
    }

    bool null()
    {
        skipSpace();
        return literal("null");
    }

    // A field value: a string, an integer, a boolean or null (what contacts and their history carry).
    std::optional<QJsonValue> scalar()
    {
        skipSpace();
        if (m_p == m_end)
            return std::nullopt;
        if (*m_p == '"') {
            auto s = string();
            return s ? std::optional<QJsonValue>(QJsonValue(*s)) : std::nullopt;
        }
        if (*m_p == '-' || isDigit(*m_p)) {
            auto i = integer();
            return i ? std::optional<QJsonValue>(QJsonValue(*i)) : std::nullopt;
        }
        if (null())
            return QJsonValue(QJsonValue::Null);
        auto b = boolean();
        return b ? std::optional<QJsonValue>(QJsonValue(*b)) : std::nullopt;
    }

private:
    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool literal(const char* word)
    {
        const qsizetype n = qsizetype(qstrlen(word));
        if (m_end - m_p < n || QByteArrayView(m_p, n) != QByteArrayView(word, n))
            return false;
        m_p += n;
        return true;
    }

    std::optional<char32_t> hex4()
    {
        if (m_end - m_p < 4)
            return std::nullopt;
        char32_t v = 0;
        for (int i = 0; i < 4; ++i, ++m_p) {
            const char c = *m_p;
            const int d = isDigit(c)               ? c - '0'
                          : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                          : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                                   : -1;
            if (d < 0)
                return std::nullopt;
            v = v * 16 + char32_t(d);
        }
        return v;
    }

    // The rest of a string from its first backslash on; `done` holds the bytes before it.
    std::optional<QString> escapedRest(QByteArray done)
    {
        while (m_p < m_end && *m_p != '"') {
            const char c = *m_p++;
            if (uchar(c) < 0x20)
                return std::nullopt;
            if (c != '\\') {
                done.append(c);
                continue;
            }
            if (m_p == m_end)
                return std::nullopt;
            switch (*m_p++) {
            case '"':
                done.append('"');
                break;
            case '\\':
                done.append('\\');
                break;
            case '/':
                done.append('/');
                break;
            case 'b':
                done.append('\b');
                break;
            case 'f':
                done.append('\f');
                break;
            case 'n':
                done.append('\n');
                break;
            case 'r':
                done.append('\r');
                break;
            case 't':
                done.append('\t');
                break;
            case 'u': {
                auto unit = hex4();
                if (!unit || *unit == 0 || (*unit >= 0xDC00 && *unit <= 0xDFFF))
                    return std::nullopt;
                char32_t cp = *unit;
                if (cp >= 0xD800 && cp <= 0xDBFF) { // a surrogate pair, or nothing
                    if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
                        return std::nullopt;
                    m_p += 2;
                    auto low = hex4();
                    if (!low || *low < 0xDC00 || *low > 0xDFFF)
                        return std::nullopt;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (*low - 0xDC00);
                }
                done.append(QString::fromUcs4(&cp, 1).toUtf8());
                break;
            }
            default:
                return std::nullopt;
            }
        }
        if (m_p == m_end)
            return std::nullopt;
        ++m_p;
        return QString::fromUtf8(done);
    }

    const char* m_p;
    const char* m_end;
};

// Reads `{ "key": <item>, ... }`, handing each key to `item`, which reads the value.
template <typename Item> bool readObject(Reader& r, Item&& item)
{
    if (!r.eat('{'))
        return false;
    if (r.eat('}'))
        return true;
    do {
        auto k = r.key();
        if (!k || !item(*k))
            return false;
    } while (r.eat(','));
    return r.eat('}');
}

template <typename Item> bool readArray(Reader& r, Item&& item)
{
    if (!r.eat('['))
        return false;
    if (r.eat(']'))
        return true;
    do {
        if (!item())
            return false;
    } while (r.eat(','));
    return r.eat(']');
}

std::optional<Hlc> readHlc(Reader& r)
{
    auto text = r.string();
    if (!text)
        return std::nullopt;
    auto hlc = Hlc::parse(*text);
    return hlc.ok() ? std::optional<Hlc>(std::move(hlc).value()) : std::nullopt;
}

// A uuid member: null or missing is empty; an empty string is left to the full parser.
bool readOptionalUuid(Reader& r, QString& out)
{
    if (r.null())
        return true;
    auto s = r.string();
    if (!s || !isUuid(*s))
        return false;
    out = std::move(*s);
    return true;
}

bool readFields(Reader& r, QMap<QString, FieldValue>& fields)
{
    return readObject(r, [&](QByteArrayView name) {
        const QString key = QString::fromUtf8(name);
        if (fields.contains(key))
            return false;
        std::optional<QJsonValue> value;
        std::optional<Hlc> hlc;
        const bool read = readObject(r, [&](QByteArrayView k) {
            if (k == "value" && !value)
                return (value = r.scalar()).has_value();
            if (k == "hlc" && !hlc)
                return (hlc = readHlc(r)).has_value();
            return false;
        });
        if (!read || !value || !hlc)
            return false;
        fields.insert(key, FieldValue{std::move(*value), std::move(*hlc)});
        return true;
    });
}

bool readSets(Reader& r, QMap<QString, SetElements>& sets)
{
    return readObject(r, [&](QByteArrayView name) {
        const QString setName = QString::fromUtf8(name);
        if (sets.contains(setName))
            return false;
        SetElements elements;
        const bool read = readObject(r, [&](QByteArrayView elementKey) {
            const QString element = QString::fromUtf8(elementKey);
            if (elements.contains(element))
                return false;
            SetElement e;
            const bool ok = readObject(r, [&](QByteArrayView k) {
                if (k == "add" && !e.added)
                    return (e.added = readHlc(r)).has_value();
                if (k == "remove" && !e.removed)
                    return (e.removed = readHlc(r)).has_value();
                return false;
            });
            if (!ok || (!e.added && !e.removed))
                return false;
            elements.insert(element, e);
            return true;
        });
        if (!read)
            return false;
        sets.insert(setName, std::move(elements));
        return true;
    });
}

std::optional<Change> readChange(Reader& r)
{
    enum : unsigned
    {
        Seq = 1,
        Entity = 2,
        RecordId = 4,
        Deleted = 8,
        Fields = 16,
        Sets = 32,
        Conflicts = 64,
        OwnerId = 128,
        StoreId = 256,
        ParentId = 512,
        Required = Seq | Entity | RecordId | Deleted | Fields | Sets | Conflicts,
    };
    Change c;
    unsigned seen = 0;
    const bool read = readObject(r, [&](QByteArrayView k) {
        auto once = [&](unsigned bit) {
            if (seen & bit)
                return false;
            seen |= bit;
            return true;
        };
        if (k == "seq") {
            auto seq = r.integer();
            c.seq = seq.value_or(0);
            return once(Seq) && seq && *seq >= 1 && *seq <= MaxSafeInteger;
        }
        if (k == "entity") {
            auto entity = r.string();
            if (!once(Entity) || !entity || entity->size() > MaxEntityChars || !entitySpec(*entity))
                return false;
            c.entity = std::move(*entity);
            return true;
        }
        if (k == "recordId") {
            auto id = r.string();
            if (!once(RecordId) || !id || !isUuid(*id))
                return false;
            c.recordId = std::move(*id);
            return true;
        }
        if (k == "ownerId")
            return once(OwnerId) && readOptionalUuid(r, c.ownerId);
        if (k == "storeId")
            return once(StoreId) && readOptionalUuid(r, c.storeId);
        if (k == "parentId")
            return once(ParentId) && readOptionalUuid(r, c.parentId);
        if (k == "deleted") {
            auto deleted = r.boolean();
            c.deleted = deleted.value_or(false);
            return once(Deleted) && deleted.has_value();
        }
        if (k == "fields")
            return once(Fields) && readFields(r, c.state.fields);
        if (k == "sets")
            return once(Sets) && readSets(r, c.state.sets);
        if (k == "conflicts") // a page with conflicts is rare: the full parser reads it
            return once(Conflicts) && r.eat('[') && r.eat(']');
        return false;
    });
    if (!read || (seen & Required) != Required)
        return std::nullopt;
    return c;
}

} // namespace

std::optional<PullResponse> decodePullPageFast(QByteArrayView json)
{
    if (!QUtf8StringView(json).isValidUtf8())
        return std::nullopt;
    enum : unsigned
    {
        Changes = 1,
        Revokes = 2,
        NextCursor = 4,
        HasMore = 8,
        Wipe = 16,
        All = 31,
    };
    Reader r(json);
    PullResponse out;
    unsigned seen = 0;
    const bool read = readObject(r, [&](QByteArrayView k) {
        auto once = [&](unsigned bit) {
            if (seen & bit)
                return false;
            seen |= bit;
            return true;
        };
        if (k == "changes") {
            return once(Changes) && readArray(r, [&] {
                       auto c = out.changes.size() < limits::MaxPullLimit ? readChange(r) : std::nullopt;
                       if (c)
                           out.changes.append(std::move(*c));
                       return c.has_value();
                   });
        }
        if (k == "revokes") {
            return once(Revokes) && readArray(r, [&] {
                       auto id = out.revokes.size() < limits::MaxPullLimit ? r.string() : std::nullopt;
                       if (!id || !isUuid(*id))
                           return false;
                       out.revokes.append(std::move(*id));
                       return true;
                   });
        }
        if (k == "nextCursor") {
            auto cursor = r.integer();
            out.nextCursor = cursor.value_or(0);
            return once(NextCursor) && cursor && *cursor >= 0 && *cursor <= MaxSafeInteger;
        }
        if (k == "hasMore") {
            auto more = r.boolean();
            out.hasMore = more.value_or(false);
            return once(HasMore) && more.has_value();
        }
        if (k == "wipe") {
            auto wipe = r.boolean();
            out.wipe = wipe.value_or(false);
            return once(Wipe) && wipe.has_value();
        }
        return false;
    });
    if (!read || seen != All || !r.atEnd())
        return std::nullopt;
    return out;
}

Result<PullResponse> decodePullPage(const QByteArray& json)
{
    if (auto fast = decodePullPageFast(json))
        return std::move(*fast);
    return PullResponse::fromJson(QJsonDocument::fromJson(json).object());
}

} // namespace ll

#include "domain/ContactRows.h"

#include "store/Database.h"
#include "store/Statement.h"
#include "util/Ids.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace ll::contact_rows {

namespace {

// Messages of this file, filed under ll::ContactRepository for lupdate and at run time alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::ContactRepository)
};

constexpr int kMinPrefix = 4;

Status checkReference(Database& db, const char* sql, const QString& id, const QString& what)
{
    if (id.isEmpty())
        return {};
    Statement& st = db.cached(sql);
    st.bind(1, id);
    auto found = st.step();
    if (!found.ok())
        return found.error();
    st.reset();
    if (!found.value())
        return makeError(ErrorCode::NotFound, what);
    return {};
}

} // namespace

const char* const kColumns =
    "c.rowid, c.id, c.owner_id, c.store_id, c.name, c.nickname, c.wechat_id, c.gender, c.birthday, c.city, "
    "c.source, c.stage, c.intent, c.points, c.notes, c.created_at, c.updated_at, c.last_contacted_at, "
    "c.merged_into, c.deleted, c.clocks, c.taken_over_from, c.taken_over_from_name, c.taken_over_at";

QDateTime fromMs(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

qint64 toMs(const QDateTime& t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

Record fromRow(const Statement& st)
{
    Record r;
    Contact& c = r.contact;
    c.rowId = st.int64(0);
    c.id = st.text(1);
    c.ownerId = st.text(2);
    c.storeId = st.text(3);
    c.name = st.text(4);
    c.nickname = st.text(5);
    c.wechatId = st.text(6);
    c.gender = genderFromCode(st.text(7)).value_or(Gender::Unknown);
    c.birthday = QDate::fromString(st.text(8), Qt::ISODate);
    c.city = st.text(9);
    c.source = st.text(10);
    c.stage = stageFromCode(st.text(11)).value_or(Stage::Lead);
    c.intent = st.integer(12);
    c.points = st.int64(13);
    c.notes = st.text(14);
    c.createdAt = fromMs(st.int64(15));
    c.updatedAt = fromMs(st.int64(16));
    c.lastContactedAt = fromMs(st.int64(17));
    c.mergedInto = st.text(18);
    c.deleted = st.int64(19) != 0;
    r.clocks = st.text(20);
    c.takenOverFrom = st.text(21);
    c.takenOverFromName = st.text(22);
    c.takenOverAt = fromMs(st.int64(23));
    return r;
}

Status checkOwnerAndStore(Database& db, const ValidContactInput& v)
{
    if (v.ownerId)
        LL_TRY(checkReference(db, "SELECT 1 FROM staff WHERE id = ? AND deleted = 0", *v.ownerId,
                              Text::tr("No staff member with id %1").arg(*v.ownerId)));
    if (v.storeId)
        LL_TRY(checkReference(db, "SELECT 1 FROM store WHERE id = ? AND deleted = 0", *v.storeId,
                              Text::tr("No store with id %1").arg(*v.storeId)));
    return {};
}

void applyScalars(Contact& c, const ValidContactInput& v)
{
    if (v.name)
        c.name = *v.name;
    if (v.nickname)
        c.nickname = *v.nickname;
    if (v.wechatId)
        c.wechatId = *v.wechatId;
    if (v.gender)
        c.gender = *v.gender;
    if (v.birthday)
        c.birthday = *v.birthday;
    if (v.city)
        c.city = *v.city;
    if (v.source)
        c.source = *v.source;
    if (v.stage)
        c.stage = *v.stage;
    if (v.intent)
        c.intent = *v.intent;
    if (v.points)
        c.points = *v.points;
    if (v.notes)
        c.notes = *v.notes;
    if (v.ownerId)
        c.ownerId = *v.ownerId;
    if (v.storeId)
        c.storeId = *v.storeId;
}

Status update(Database& db, const Contact& c, const QString& clocks)
{
    Statement& st =
        db.cached("UPDATE contact SET owner_id = ?, store_id = ?, name = ?, nickname = ?, wechat_id = ?, "
                  "gender = ?, birthday = ?, city = ?, source = ?, stage = ?, intent = ?, points = ?, "
                  "notes = ?, updated_at = ?, last_contacted_at = ?, merged_into = ?, deleted = ?, "
                  "clocks = ? WHERE rowid = ?");
    st.bind(1, c.ownerId)
        .bind(2, c.storeId)
        .bind(3, c.name)
        .bind(4, c.nickname)
        .bind(5, c.wechatId)
        .bind(6, toCode(c.gender))
        .bind(7, c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString())
        .bind(8, c.city)
        .bind(9, c.source)
        .bind(10, toCode(c.stage))
        .bind(11, c.intent)
        .bind(12, c.points)
        .bind(13, c.notes)
        .bind(14, toMs(c.updatedAt))
        .bind(15, toMs(c.lastContactedAt))
        .bind(16, c.mergedInto)
        .bind(17, c.deleted)
        .bind(18, clocks)
        .bind(19, c.rowId);
    return st.exec();
}

const std::array<ScalarField, kScalarFieldCount>& scalarFieldTable()
{
    static constexpr std::array<ScalarField, kScalarFieldCount> fields{{
        {"name", "name", [](const Contact& c) -> ScalarValue { return c.name; }},
        {"nickname", "nickname", [](const Contact& c) -> ScalarValue { return c.nickname; }},
        {"wechatId", "wechat_id", [](const Contact& c) -> ScalarValue { return c.wechatId; }},
        {"gender", "gender", [](const Contact& c) -> ScalarValue { return toCode(c.gender); }},
        {"birthday", "birthday",
         [](const Contact& c) -> ScalarValue {
             return c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString();
         }},
        {"city", "city", [](const Contact& c) -> ScalarValue { return c.city; }},
        {"source", "source", [](const Contact& c) -> ScalarValue { return c.source; }},
        {"stage", "stage", [](const Contact& c) -> ScalarValue { return toCode(c.stage); }},
        {"intent", "intent", [](const Contact& c) -> ScalarValue { return qint64(c.intent); }},
        {"points", "points", [](const Contact& c) -> ScalarValue { return c.points; }},
        {"notes", "notes", [](const Contact& c) -> ScalarValue { return c.notes; }},
        {"ownerId", "owner_id", [](const Contact& c) -> ScalarValue { return c.ownerId; }},
        {"storeId", "store_id", [](const Contact& c) -> ScalarValue { return c.storeId; }},
        {"lastContactedAt", "last_contacted_at",
         [](const Contact& c) -> ScalarValue { return toMs(c.lastContactedAt); }},
        {"mergedInto", "merged_into", [](const Contact& c) -> ScalarValue { return c.mergedInto; }},
    }};
    return fields;
}

QJsonValue toJson(const ScalarValue& value)
{
    if (const auto* text = std::get_if<QString>(&value))
        return QJsonValue(*text);
    return QJsonValue(std::get<qint64>(value));
}

const QStringList& scalarFields()
{
    static const QStringList names = [] {
        QStringList out;
        for (const ScalarField& f : scalarFieldTable())
            out << QString::fromLatin1(f.name);
        return out;
    }();
    return names;
}

QJsonValue fieldValue(const Contact& c, const QString& field)
{
    static const QHash<QString, int> byName = [] {
        QHash<QString, int> out;
        for (int i = 0; i < kScalarFieldCount; ++i)
            out.insert(QString::fromLatin1(scalarFieldTable()[size_t(i)].name), i);
        return out;
    }();
    const auto it = byName.constFind(field);
    return it == byName.constEnd() ? QJsonValue() : toJson(scalarFieldTable()[size_t(*it)].valueOf(c));
}

Result<QList<PhoneNumber>> phonesOf(Database& db, qint64 rowId)
{
    Statement& st = db.cached(
        "SELECT digits FROM contact_phone WHERE contact_rowid = ? AND present = 1 ORDER BY added_at, digits");
    st.bind(1, rowId);
    QList<PhoneNumber> phones;
    while (true) {
        auto next = st.step();
        if (!next.ok())
            return next.error();
        if (!next.value())
            break;
        // Stored elements were produced by PhoneNumber, so they parse back to the same number.
        auto phone = PhoneNumber::parse(st.text(0));
        if (phone.ok())
            phones << phone.value();
    }
    return phones;
}

Result<Record> load(Database& db, qint64 rowId)
{
    static const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM contact c WHERE c.rowid = ?";
    Statement& st = db.cached(sql.constData());
    st.bind(1, rowId);
    auto found = st.step();
    if (!found.ok())
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, Text::tr("No contact with row %1").arg(rowId));
    Record record = fromRow(st);
    st.reset();
    auto phones = phonesOf(db, rowId);
    if (!phones.ok())
        return phones.error();
    record.contact.phones = phones.value();
    return record;
}

Result<qint64> resolve(Database& db, const QString& idOrPrefix, bool includeDeleted)
{
    static const QRegularExpression idChars(QStringLiteral("^[0-9a-f-]+$"));
    const QString key = idOrPrefix.trimmed().toLower();
    if (key.size() == 36 && isValidId(key)) {
        Statement& st = db.cached("SELECT rowid, deleted, merged_into FROM contact WHERE id = ?");
        st.bind(1, key);
        auto found = st.step();
        if (!found.ok())
            return found.error();
        if (!found.value())
            return makeError(ErrorCode::NotFound, Text::tr("No contact with id %1").arg(key));
        const qint64 rowId = st.int64(0);
        const bool deleted = st.int64(1) != 0;
        const QString mergedInto = st.text(2);
        st.reset();
        if (deleted && !includeDeleted) {
            if (!mergedInto.isEmpty())
                return makeError(ErrorCode::NotFound,
                                 Text::tr("Contact %1 was merged into contact %2").arg(key, mergedInto));
            return makeError(ErrorCode::NotFound, Text::tr("Contact %1 was deleted").arg(key));
        }
        return rowId;
    }
    if (key.size() < kMinPrefix || key.size() > 36 || !idChars.match(key).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("%1 is not a contact id (give the full id or its first %2 characters)")
                             .arg(idOrPrefix.left(40))
                             .arg(kMinPrefix));
    // Every id character sorts below 'g', so [prefix, prefix + "g") is exactly the ids with that prefix.
    Statement& st = db.cached("SELECT rowid FROM contact WHERE id >= ? AND id < ? AND deleted = 0 LIMIT 2");
    st.bind(1, key).bind(2, key + QLatin1Char('g'));
    QList<qint64> rows;
    while (true) {
        auto next = st.step();
        if (!next.ok())
            return next.error();
        if (!next.value())
            break;
        rows << st.int64(0);
    }
    if (rows.isEmpty())
        return makeError(ErrorCode::NotFound, Text::tr("No contact with id %1").arg(key));
    if (rows.size() > 1)
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("Id prefix %1 matches several contacts; give more characters").arg(key));
    return rows.first();
}

} // namespace ll::contact_rows

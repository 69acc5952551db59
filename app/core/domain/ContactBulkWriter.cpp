#include "domain/ContactBulkWriter.h"

#include "domain/ContactSets.h"
#include "domain/Enums.h"
#include "domain/FieldChanges.h"
#include "search/ContactSearchIndex.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "util/Today.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>
#include <variant>

namespace ll {

namespace {

// Messages of this file, filed under ll::ContactRepository for lupdate and at run time alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::ContactRepository)
};

QString tooManyPhones()
{
    return Text::tr("A contact can have at most %1 phone numbers").arg(ContactLimits::Phones);
}

bool hasElement(const QList<PhoneNumber>& list, const QString& element)
{
    return std::any_of(list.begin(), list.end(),
                       [&element](const PhoneNumber& p) { return phoneElement(p) == element; });
}

// The phones of a new contact, planned as ContactRepository plans them for a contact without phones: the
// listed ones as given, then each added one not listed yet; a repeated element is written once.
Result<QList<PhoneNumber>> newPhones(const ValidContactInput& v)
{
    QList<PhoneNumber> out = v.phones.value_or(QList<PhoneNumber>());
    for (const PhoneNumber& p : v.addPhones.value_or(QList<PhoneNumber>()))
        if (!hasElement(out, phoneElement(p)))
            out << p;
    if (out.size() > ContactLimits::Phones)
        return makeError(ErrorCode::InvalidInput, tooManyPhones());
    return out;
}

// What ContactSearchIndex::reindex reads back for a row: phones come out of the (contact_rowid, digits)
// key in digit order, so they are sorted the same way here and the tokens are identical.
SearchDocument documentOf(const Contact& c, const QList<PhoneNumber>& phones)
{
    SearchDocument doc;
    doc.name = c.name;
    doc.nickname = c.nickname;
    doc.wechatId = c.wechatId;
    doc.city = c.city;
    doc.notes = c.notes;
    for (const PhoneNumber& p : phones)
        doc.phones << phoneElement(p);
    doc.phones.removeDuplicates();
    std::sort(doc.phones.begin(), doc.phones.end());
    return doc;
}

// A JSON string literal, as QJsonDocument writes one (the outbox payloads are read back with QJsonDocument).
void appendJsonString(QString& out, const QString& text)
{
    out += QLatin1Char('"');
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c == u'"' || c == u'\\') {
            out += QLatin1Char('\\');
            out += ch;
        } else if (c < 0x20) {
            switch (c) {
            case u'\n':
                out += QLatin1String("\\n");
                break;
            case u'\r':
                out += QLatin1String("\\r");
                break;
            case u'\t':
                out += QLatin1String("\\t");
                break;
            case u'\b':
                out += QLatin1String("\\b");
                break;
            case u'\f':
                out += QLatin1String("\\f");
                break;
            default:
                out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
            }
        } else {
            out += ch;
        }
    }
    out += QLatin1Char('"');
}

// Every synced field of a new contact with one clock, in the shape FieldChanges gives an outbox payload
// ({"fields":{f:{"v":...,"c":...}}}) and the clocks text FieldClocks stores. A new record's fields are
// all written at one instant, so they share that instant's clock (as the protocol's `insert` does).
struct NewRecordFields
{
    QString payload;
    QString clocks;
};

NewRecordFields newRecordFields(const Contact& c, const QString& clock)
{
    const QString birthday = c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString();
    // Sorted by name, as FieldClocks (a QMap) keeps them.
    const std::pair<const char*, std::variant<QString, qint64>> fields[] = {
        {"birthday", birthday},
        {"city", c.city},
        {"gender", toCode(c.gender)},
        {"intent", qint64(c.intent)},
        {"lastContactedAt", contact_rows::toMs(c.lastContactedAt)},
        {"mergedInto", c.mergedInto},
        {"name", c.name},
        {"nickname", c.nickname},
        {"notes", c.notes},
        {"ownerId", c.ownerId},
        {"points", c.points},
        {"source", c.source},
        {"stage", toCode(c.stage)},
        {"storeId", c.storeId},
        {"wechatId", c.wechatId},
    };
    NewRecordFields out;
    out.payload.reserve(1024 + c.notes.size() + c.name.size());
    out.clocks.reserve(15 * (clock.size() + 16));
    out.payload += QLatin1String("{\"fields\":{");
    QString quotedClock;
    appendJsonString(quotedClock, clock);
    for (const auto& [name, value] : fields) {
        const QLatin1String field(name);
        if (!out.clocks.isEmpty()) {
            out.clocks += QLatin1Char(';');
            out.payload += QLatin1Char(',');
        }
        out.clocks += field;
        out.clocks += QLatin1Char('=');
        out.clocks += clock;
        out.payload += QLatin1Char('"');
        out.payload += field;
        out.payload += QLatin1String("\":{\"c\":");
        out.payload += quotedClock;
        out.payload += QLatin1String(",\"v\":");
        if (const auto* text = std::get_if<QString>(&value))
            appendJsonString(out.payload, *text);
        else
            out.payload += QString::number(std::get<qint64>(value));
        out.payload += QLatin1Char('}');
    }
    out.payload += QLatin1String("}}");
    return out;
}

// A time-ordered (version 7, RFC 9562) UUID for a new contact: 48 bits of Unix milliseconds, then a
// 12-bit counter that keeps ids made in the same millisecond ascending, then 62 random bits. A bulk import
// then appends to the contact id and outbox record_id indexes instead of dirtying leaves all over them
// (each dirty page is encrypted and written at commit). Any lowercase 8-4-4-4-12 id is a valid record id
// to the protocol; nothing reads meaning from the version nibble.
QString newTimeOrderedId()
{
    static thread_local qint64 lastMs = -1;
    static thread_local quint32 counter = 0;
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    if (ms > lastMs) {
        lastMs = ms;
        counter = 0;
    } else if (++counter > 0xfff) {
        // 4,096 ids in one millisecond: borrow the next one so the order holds.
        lastMs += 1;
        counter = 0;
    }
    ms = lastMs;
    quint64 random = QRandomGenerator::system()->generate64();
    const quint64 high = (quint64(ms) << 16) | (quint64(0x7) << 12) | counter;
    const quint64 low = (random & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
    const QString hex =
        QStringLiteral("%1%2").arg(high, 16, 16, QLatin1Char('0')).arg(low, 16, 16, QLatin1Char('0'));
    return hex.left(8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4) +
           QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20);
}

QString phoneAddPayload(const QString& element, const QString& clock)
{
    QString out = QLatin1String("{\"c\":");
    appendJsonString(out, clock);
    out += QLatin1String(",\"element\":");
    appendJsonString(out, element);
    out += QLatin1String(",\"set\":\"phones\"}");
    return out;
}

} // namespace

ContactBulkWriter::ContactBulkWriter(Store& store)
    : m_store(store)
    , m_tokens(std::make_unique<SearchTokenBatch>())
{}

ContactBulkWriter::~ContactBulkWriter() = default;

Status ContactBulkWriter::appendOutbox(const QString& recordId, const QString& op, const QString& payloadJson)
{
    // The clock is saved once, by flush().
    LL_TRY(m_store.appendOutboxDeferringClock(QStringLiteral("contact"), recordId, op, payloadJson));
    m_clockDirty = true;
    return {};
}

Status ContactBulkWriter::writeChangedColumns(const Contact& after, const FieldChanges& changes)
{
    // The synced fields an edit can change, with their columns (contact_rows::update writes them all).
    using Value = std::variant<QString, qint64>;
    const std::pair<const char*, Value> columns[] = {
        {"name", after.name},
        {"nickname", after.nickname},
        {"wechat_id", after.wechatId},
        {"gender", toCode(after.gender)},
        {"birthday", after.birthday.isValid() ? after.birthday.toString(Qt::ISODate) : QString()},
        {"city", after.city},
        {"source", after.source},
        {"stage", toCode(after.stage)},
        {"intent", qint64(after.intent)},
        {"points", after.points},
        {"notes", after.notes},
        {"owner_id", after.ownerId},
        {"store_id", after.storeId},
        {"last_contacted_at", contact_rows::toMs(after.lastContactedAt)},
        {"merged_into", after.mergedInto},
    };
    static const QHash<QString, QString> fieldOfColumn{
        {QStringLiteral("name"), QStringLiteral("name")},
        {QStringLiteral("nickname"), QStringLiteral("nickname")},
        {QStringLiteral("wechat_id"), QStringLiteral("wechatId")},
        {QStringLiteral("gender"), QStringLiteral("gender")},
        {QStringLiteral("birthday"), QStringLiteral("birthday")},
        {QStringLiteral("city"), QStringLiteral("city")},
        {QStringLiteral("source"), QStringLiteral("source")},
        {QStringLiteral("stage"), QStringLiteral("stage")},
        {QStringLiteral("intent"), QStringLiteral("intent")},
        {QStringLiteral("points"), QStringLiteral("points")},
        {QStringLiteral("notes"), QStringLiteral("notes")},
        {QStringLiteral("owner_id"), QStringLiteral("ownerId")},
        {QStringLiteral("store_id"), QStringLiteral("storeId")},
        {QStringLiteral("last_contacted_at"), QStringLiteral("lastContactedAt")},
        {QStringLiteral("merged_into"), QStringLiteral("mergedInto")},
    };
    QByteArray sql("UPDATE contact SET updated_at = ?, clocks = ?");
    QList<const Value*> values;
    for (const auto& [column, value] : columns) {
        if (!changes.has(fieldOfColumn.value(QLatin1String(column))))
            continue;
        sql += QByteArray(", ") + column + " = ?";
        values << &value;
    }
    sql += " WHERE rowid = ?";
    Statement& st = m_store.db().cached(sql.constData());
    st.bind(1, contact_rows::toMs(after.updatedAt)).bind(2, changes.clocksText());
    int index = 3;
    for (const Value* value : std::as_const(values)) {
        if (const auto* text = std::get_if<QString>(value))
            st.bind(index++, *text);
        else
            st.bind(index++, std::get<qint64>(*value));
    }
    st.bind(index, after.rowId);
    return st.exec();
}

Status ContactBulkWriter::checkOwnerAndStore(const ValidContactInput& v)
{
    // Known ids are not asked again: nothing in the caller's transaction removes staff or stores.
    const bool ownerKnown = !v.ownerId || m_knownOwners.contains(*v.ownerId);
    const bool storeKnown = !v.storeId || m_knownStores.contains(*v.storeId);
    if (ownerKnown && storeKnown)
        return {};
    LL_TRY(contact_rows::checkOwnerAndStore(m_store.db(), v));
    if (v.ownerId)
        m_knownOwners.insert(*v.ownerId);
    if (v.storeId)
        m_knownStores.insert(*v.storeId);
    return {};
}

Result<BulkAddedContact> ContactBulkWriter::add(const ContactInput& input, qint64 createdAtMs)
{
    auto valid = validateContactInput(input, latestToday());
    if (!valid.ok())
        return valid.error();
    const ValidContactInput& v = valid.value();
    if (v.removePhones && !v.removePhones->isEmpty())
        return makeError(ErrorCode::InvalidInput, Text::tr("A new contact has no phone numbers to remove"));

    Contact c;
    c.id = newTimeOrderedId();
    c.ownerId = m_store.actorId();
    contact_rows::applyScalars(c, v);
    auto phones = newPhones(v);
    if (!phones.ok())
        return phones.error();
    if (c.name.isEmpty() && c.nickname.isEmpty() && c.wechatId.isEmpty() && phones->isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            Text::tr("A contact needs at least a name, a nickname, a WeChat ID or a phone number"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    c.createdAt = c.updatedAt = contact_rows::fromMs(now);
    LL_TRY(checkOwnerAndStore(v));

    Database& db = m_store.db();
    // One clock for the whole new record: its fields and its phones are written at one instant.
    const QString clock = m_store.tick();
    const NewRecordFields fields = newRecordFields(c, clock);
    const qint64 storedCreatedAt = createdAtMs > 0 ? createdAtMs : now;
    // The columns ContactRepository::add writes with its INSERT and contact_rows::update, in one statement.
    Statement& ins = db.cached("INSERT INTO contact (id, created_at, updated_at, owner_id, store_id, name, "
                               "nickname, wechat_id, gender, birthday, city, source, stage, intent, points, "
                               "notes, last_contacted_at, merged_into, deleted, clocks) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, c.id)
        .bind(2, storedCreatedAt)
        .bind(3, now)
        .bind(4, c.ownerId)
        .bind(5, c.storeId)
        .bind(6, c.name)
        .bind(7, c.nickname)
        .bind(8, c.wechatId)
        .bind(9, toCode(c.gender))
        .bind(10, c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString())
        .bind(11, c.city)
        .bind(12, c.source)
        .bind(13, toCode(c.stage))
        .bind(14, c.intent)
        .bind(15, c.points)
        .bind(16, c.notes)
        .bind(17, contact_rows::toMs(c.lastContactedAt))
        .bind(18, c.mergedInto)
        .bind(19, c.deleted)
        .bind(20, fields.clocks);
    LL_TRY(ins.exec());
    c.rowId = db.lastInsertRowId();
    LL_TRY(appendOutbox(c.id, QStringLiteral("upsert"), fields.payload));
    // contact_sets::addPhone's insert and mutation; a fresh rowid has no phone rows to update (they are
    // deleted with their contact).
    for (const PhoneNumber& p : phones.value()) {
        const QString element = phoneElement(p);
        Statement& phone = db.cached("INSERT INTO contact_phone (kind, added_at, contact_rowid, digits, "
                                     "present) VALUES (?, ?, ?, ?, 1)");
        phone.bind(1, contact_sets::phoneKindCode(p.kind())).bind(2, clock).bind(3, c.rowId).bind(4, element);
        LL_TRY(phone.exec());
        LL_TRY(appendOutbox(c.id, QStringLiteral("add"), phoneAddPayload(element, clock)));
    }
    m_pending << Pending{c.rowId, Indexing::Insert};
    m_tokens->add(c.rowId, documentOf(c, phones.value()));
    return BulkAddedContact{c.rowId, c.id, storedCreatedAt};
}

Result<bool> ContactBulkWriter::update(const contact_rows::Record& current, const ContactInput& patch)
{
    auto valid = validateContactInput(patch, latestToday());
    if (!valid.ok())
        return valid.error();
    const ValidContactInput& v = valid.value();
    if (v.phones || (v.removePhones && !v.removePhones->isEmpty()))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("ContactBulkWriter only adds phones"));
    LL_TRY(checkOwnerAndStore(v));

    const Contact& before = current.contact;
    Contact after = before;
    contact_rows::applyScalars(after, v);
    // The plan ContactRepository makes for added phones: each element not on the contact yet, once.
    QList<PhoneNumber> added;
    for (const PhoneNumber& p : v.addPhones.value_or(QList<PhoneNumber>())) {
        const QString element = phoneElement(p);
        if (!hasElement(before.phones, element) && !hasElement(added, element))
            added << p;
    }
    if (before.phones.size() + added.size() > ContactLimits::Phones)
        return makeError(ErrorCode::InvalidInput, tooManyPhones());
    if (after.name.isEmpty() && after.nickname.isEmpty() && after.wechatId.isEmpty() &&
        before.phones.size() + added.size() == 0)
        return makeError(
            ErrorCode::InvalidInput,
            Text::tr("A contact needs at least a name, a nickname, a WeChat ID or a phone number"));

    // Only fields whose value really changes get a new clock (as in ContactRepository::update).
    FieldChanges changes(m_store, current.clocks);
    for (const QString& field : contact_rows::scalarFields()) {
        const QJsonValue value = contact_rows::fieldValue(after, field);
        if (value != contact_rows::fieldValue(before, field))
            changes.set(field, value);
    }
    if (changes.isEmpty() && added.isEmpty())
        return false;

    after.updatedAt = QDateTime::currentDateTimeUtc();
    LL_TRY(writeChangedColumns(after, changes));
    if (!changes.isEmpty())
        LL_TRY(
            appendOutbox(after.id, QStringLiteral("upsert"),
                         QString::fromUtf8(QJsonDocument(changes.payload()).toJson(QJsonDocument::Compact))));
    for (const PhoneNumber& p : added) {
        // An element removed earlier comes back through the set's own update path.
        auto written = contact_sets::addPhone(m_store, after.rowId, after.id, p);
        if (!written.ok())
            return written.error();
    }
    // The entry is computed from what was just written, as for a new contact.
    m_pending << Pending{after.rowId, Indexing::Replace};
    m_tokens->add(after.rowId, documentOf(after, before.phones + added));
    return true;
}

void ContactBulkWriter::rereadAtFlush(qint64 rowId)
{
    m_pending << Pending{rowId, Indexing::Reread};
}

void ContactBulkWriter::forgetSince(qsizetype pendingCount)
{
    QSet<qint64> dropped;
    while (m_pending.size() > pendingCount)
        dropped.insert(m_pending.takeLast().rowId);
    // Tokens computed for a dropped edit would win over the earlier ones of the same row: read it back.
    if (dropped.isEmpty())
        return;
    QSet<qint64> kept;
    for (const Pending& p : std::as_const(m_pending))
        if (dropped.contains(p.rowId))
            kept.insert(p.rowId);
    for (qint64 rowId : std::as_const(kept))
        rereadAtFlush(rowId);
}

Status ContactBulkWriter::flush()
{
    ContactSearchIndex index(m_store.db());
    const QHash<qint64, QString> tokens = m_tokens->takeAll();
    // In docid order: FTS4 keeps pending terms only while docids ascend, and writes them out as a segment
    // whenever one goes back (an edited older contact between new ones would cost a segment each).
    std::stable_sort(m_pending.begin(), m_pending.end(),
                     [](const Pending& a, const Pending& b) { return a.rowId < b.rowId; });
    for (qsizetype i = 0; i < m_pending.size();) {
        // A row listed more than once (edited again) is written once: read back if anyone asked, else from
        // its latest tokens, replacing an entry only if it had one before this batch.
        const qint64 rowId = m_pending.at(i).rowId;
        bool reread = false, added = false;
        qsizetype next = i;
        for (; next < m_pending.size() && m_pending.at(next).rowId == rowId; ++next) {
            reread = reread || m_pending.at(next).how == Indexing::Reread;
            added = added || m_pending.at(next).how == Indexing::Insert;
        }
        i = next;
        if (reread) {
            LL_TRY(index.reindex(rowId));
            continue;
        }
        if (!added)
            LL_TRY(index.remove(rowId));
        LL_TRY(index.insertNew(rowId, tokens.value(rowId)));
    }
    m_pending.clear();
    if (m_clockDirty) {
        // Persisting the clock with the batch keeps it monotonic across restarts (see Store::appendOutbox).
        LL_TRY(m_store.saveClock());
        m_clockDirty = false;
    }
    return {};
}

} // namespace ll

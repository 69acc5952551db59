#include "domain/ContactBulkWriter.h"

#include "domain/ContactSets.h"
#include "domain/Enums.h"
#include "search/ContactSearchIndex.h"
#include "search/SearchWriter.h"
#include "store/FieldClocks.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "util/Today.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cstring>
#include <numeric>
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

// The synced scalar fields (contact_rows::scalarFieldTable()), in the order ContactRepository::update stamps
// them.
using contact_rows::ScalarValue;
const auto& kScalarFields = contact_rows::scalarFieldTable();
constexpr int kScalarCount = contact_rows::kScalarFieldCount;
static_assert(kScalarCount <= 32, "the changed fields are a 32-bit mask");

// A field's name as a QString (the clocks text's key), from contact_rows' list in the table's order.
const QString& fieldName(int i)
{
    return contact_rows::scalarFields().at(i);
}

// The fields in name order, as QJsonObject keeps its keys (and so the payloads FieldChanges gives) and
// FieldClocks (a QMap) its entries.
const std::array<int, kScalarCount>& payloadOrder()
{
    static const auto order = [] {
        std::array<int, kScalarCount> out;
        std::iota(out.begin(), out.end(), 0);
        std::sort(out.begin(), out.end(),
                  [](int a, int b) { return std::strcmp(kScalarFields[a].name, kScalarFields[b].name) < 0; });
        return out;
    }();
    return order;
}

constexpr quint32 bit(int field)
{
    return quint32(1) << field;
}

void appendJsonValue(QString& out, const ScalarValue& value)
{
    if (const auto* text = std::get_if<QString>(&value))
        appendJsonString(out, *text);
    else
        out += QString::number(std::get<qint64>(value));
}

// A new contact as one `create` outbox row ({"c":clock,"fields":{f:value},"sets":{"phones":[element]}}, see
// docs/SYNC-MAPPING.md) and the clocks text FieldClocks stores. A new record's fields and phones are all
// written at one instant, so they share that instant's clock, which the payload names once.
struct NewRecordFields
{
    QString payload;
    QString clocks;
};

NewRecordFields newRecordFields(const Contact& c, const QString& clock, const QStringList& phoneElements)
{
    NewRecordFields out;
    out.payload.reserve(512 + c.notes.size() + c.name.size());
    out.clocks.reserve(clock.size() + kScalarCount * 16);
    out.payload += QLatin1String("{\"c\":");
    appendJsonString(out.payload, clock);
    out.payload += QLatin1String(",\"fields\":{");
    bool first = true;
    for (const int f : payloadOrder()) {
        const QLatin1String field(kScalarFields[f].name);
        // FieldClocks::serialize's compact text: the clock once, then "field=^" (the previous entry's).
        if (!first) {
            out.payload += QLatin1Char(',');
            out.clocks += QLatin1Char(';');
        }
        out.clocks += field;
        out.clocks += QLatin1Char('=');
        if (first)
            out.clocks += clock;
        else
            out.clocks += FieldClocks::SameAsPrevious;
        first = false;
        out.payload += QLatin1Char('"');
        out.payload += field;
        out.payload += QLatin1String("\":");
        appendJsonValue(out.payload, kScalarFields[f].valueOf(c));
    }
    out.payload += QLatin1Char('}');
    if (!phoneElements.isEmpty()) {
        out.payload += QLatin1String(",\"sets\":{\"phones\":[");
        for (qsizetype i = 0; i < phoneElements.size(); ++i) {
            if (i > 0)
                out.payload += QLatin1Char(',');
            appendJsonString(out.payload, phoneElements.at(i));
        }
        out.payload += QLatin1String("]}");
    }
    out.payload += QLatin1Char('}');
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

} // namespace

ContactBulkWriter::ContactBulkWriter(Store& store)
    : m_store(store)
    , m_tokens(std::make_unique<SearchTokenBatch>())
{}

ContactBulkWriter::~ContactBulkWriter() = default;

// What update() writes for the scalar fields: each changed one with a fresh clock, its payload entry and its
// column.
struct ContactBulkWriter::ScalarEdit
{
    quint32 changed = 0;              // bit f: kScalarFields[f]
    ScalarValue values[kScalarCount]; // after the edit
    QString clocksText;               // the row's clocks column
    QString payload;                  // the `upsert` outbox payload, if anything changed
};

void ContactBulkWriter::stamp(ScalarEdit& edit, const QString& clocksBefore)
{
    // What FieldChanges records, written without QJsonObject/QJsonDocument: fresh clocks in field order, the
    // clock each field had as its base "b", and {"fields":{field:{"b":..,"c":..,"v":..}}} with the keys in
    // the order QJsonDocument writes them. The clocks text still goes through FieldClocks.
    FieldClocks clocks = FieldClocks::parse(clocksBefore);
    QString fresh[kScalarCount], bases[kScalarCount];
    for (int f = 0; f < kScalarCount; ++f) {
        if (!(edit.changed & bit(f)))
            continue;
        fresh[f] = m_store.tick();
        bases[f] = clocks.get(fieldName(f));
        clocks.set(fieldName(f), fresh[f]);
    }
    edit.clocksText = clocks.serialize();
    if (!edit.changed)
        return;
    QString& out = edit.payload;
    qsizetype size = 16;
    for (int f = 0; f < kScalarCount; ++f) {
        if (!(edit.changed & bit(f)))
            continue;
        const auto* text = std::get_if<QString>(&edit.values[f]);
        size += 112 + (text ? text->size() : 0);
    }
    out.reserve(size);
    out += QLatin1String("{\"fields\":{");
    bool first = true;
    for (const int f : payloadOrder()) {
        if (!(edit.changed & bit(f)))
            continue;
        if (!first)
            out += QLatin1Char(',');
        first = false;
        out += QLatin1Char('"');
        out += QLatin1String(kScalarFields[f].name);
        out += QLatin1String("\":{");
        if (!bases[f].isEmpty()) {
            out += QLatin1String("\"b\":");
            appendJsonString(out, bases[f]);
            out += QLatin1Char(',');
        }
        out += QLatin1String("\"c\":");
        appendJsonString(out, fresh[f]);
        out += QLatin1String(",\"v\":");
        appendJsonValue(out, edit.values[f]);
        out += QLatin1Char('}');
    }
    out += QLatin1String("}}");
}

Status ContactBulkWriter::appendOutbox(const QString& recordId, const QString& op, const QString& payloadJson)
{
    // The clock is saved once, by flush().
    LL_TRY(m_store.appendOutboxDeferringClock(QStringLiteral("contact"), recordId, op, payloadJson));
    m_clockDirty = true;
    return {};
}

Status ContactBulkWriter::writeChangedColumns(const Contact& after, const ScalarEdit& edit)
{
    // One statement text per set of changed fields, built once.
    QByteArray& sql = m_updateSql[edit.changed];
    if (sql.isEmpty()) {
        // OR FAIL rather than the default ABORT: for one row they fail alike (SQLite checks the constraints
        // before it touches the row or its indexes), but an UPDATE that may ABORT inside a transaction gets
        // a statement journal (SQLCipher 3.4's SQLite 3.15 opens one for every such UPDATE), and each page
        // the UPDATE changes is first copied into it, encrypted: that was most of the cost of a merge.
        // Without it a full disk half-way rolls back the whole transaction (as an I/O error always does),
        // which the importer does anyway on a database error.
        sql = "UPDATE OR FAIL contact SET updated_at = ?, clocks = ?";
        for (int f = 0; f < kScalarCount; ++f)
            if (edit.changed & bit(f))
                sql += QByteArray(", ") + kScalarFields[f].column + " = ?";
        sql += " WHERE rowid = ?";
    }
    Statement& st = m_store.db().cached(sql.constData());
    st.bind(1, contact_rows::toMs(after.updatedAt)).bind(2, edit.clocksText);
    int index = 3;
    for (int f = 0; f < kScalarCount; ++f) {
        if (!(edit.changed & bit(f)))
            continue;
        if (const auto* text = std::get_if<QString>(&edit.values[f]))
            st.bind(index++, *text);
        else
            st.bind(index++, std::get<qint64>(edit.values[f]));
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
    return add(valid.value(), createdAtMs);
}

Result<BulkAddedContact> ContactBulkWriter::add(const ValidContactInput& v, qint64 createdAtMs)
{
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
    QStringList phoneElements;
    for (const PhoneNumber& p : phones.value())
        phoneElements << phoneElement(p);
    const NewRecordFields fields = newRecordFields(c, clock, phoneElements);
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
    // One `create` row carries the fields and the phones (one `upsert` plus one `add` per phone on the wire
    // before: the same mutation, merged). contact_sets::addPhone's insert; a fresh rowid has no phone rows
    // to update (they are deleted with their contact).
    LL_TRY(appendOutbox(c.id, QStringLiteral("create"), fields.payload));
    for (qsizetype i = 0; i < phoneElements.size(); ++i) {
        Statement& phone = db.cached("INSERT INTO contact_phone (kind, added_at, contact_rowid, digits, "
                                     "present) VALUES (?, ?, ?, ?, 1)");
        phone.bind(1, contact_sets::phoneKindCode(phones->at(i).kind()))
            .bind(2, clock)
            .bind(3, c.rowId)
            .bind(4, phoneElements.at(i));
        LL_TRY(phone.exec());
    }
    m_pending << Pending{c.rowId, Indexing::Insert};
    m_tokens->add(c.rowId, documentOf(c, phones.value()));
    // Not inside a savepoint: what it rolls back (forgetSince) must still be pending here, not written.
    if (m_searchWriter && ++m_addedSinceHandOver >= kHandOverEvery && db.transactionDepth() <= 1)
        handOverNewEntries();
    return BulkAddedContact{c.rowId, c.id, storedCreatedAt};
}

Result<bool> ContactBulkWriter::update(const contact_rows::Record& current, const ContactInput& patch)
{
    // Today bounds a birthday only, and asking the zones for it costs more than the rest of the checks.
    auto valid = validateContactInput(patch, patch.birthday ? latestToday() : QDate());
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
    ScalarEdit edit;
    for (int f = 0; f < kScalarCount; ++f) {
        edit.values[f] = kScalarFields[f].valueOf(after);
        if (edit.values[f] != kScalarFields[f].valueOf(before))
            edit.changed |= bit(f);
    }
    if (!edit.changed && added.isEmpty())
        return false;
    stamp(edit, current.clocks);

    after.updatedAt = QDateTime::currentDateTimeUtc();
    LL_TRY(writeChangedColumns(after, edit));
    if (edit.changed)
        LL_TRY(appendOutbox(after.id, QStringLiteral("upsert"), edit.payload));
    for (const PhoneNumber& p : added) {
        // An element removed earlier comes back through the set's own update path.
        auto written =
            contact_sets::addPhone(m_store, after.rowId, after.id, p, contact_sets::ClockSave::ByCaller);
        if (!written.ok())
            return written.error();
        m_clockDirty = m_clockDirty || written.value(); // saved by flush(), as for the other outbox rows
    }
    // The entry is computed from what was just written, as for a new contact.
    m_pending << Pending{after.rowId, Indexing::Replace};
    if (m_lastEdited && m_lastEdited->rowId != after.rowId)
        releaseLastEdited();
    m_lastEdited = EditedDocument{after.rowId, documentOf(after, before.phones + added)};
    return true;
}

void ContactBulkWriter::releaseLastEdited()
{
    if (m_lastEdited)
        m_tokens->add(m_lastEdited->rowId, m_lastEdited->document);
    m_lastEdited.reset();
}

void ContactBulkWriter::rereadAtFlush(qint64 rowId)
{
    m_pending << Pending{rowId, Indexing::Reread};
}

void ContactBulkWriter::forgetSince(qsizetype pendingCount)
{
    if (pendingCount == 0) {
        m_heldTokens.clear(); // a rolled-back batch: what was handed over is rolled back by the caller too
        m_addedSinceHandOver = 0;
    }
    QSet<qint64> dropped;
    while (m_pending.size() > pendingCount)
        dropped.insert(m_pending.takeLast().rowId);
    // Tokens computed for a dropped edit would win over the earlier ones of the same row: read it back.
    if (dropped.isEmpty())
        return;
    if (m_lastEdited && dropped.contains(m_lastEdited->rowId))
        m_lastEdited.reset(); // its document is of the edit that was dropped

    QSet<qint64> kept;
    for (const Pending& p : std::as_const(m_pending))
        if (dropped.contains(p.rowId))
            kept.insert(p.rowId);
    for (qint64 rowId : std::as_const(kept))
        rereadAtFlush(rowId);
}

void ContactBulkWriter::writeSearchWith(SearchWriter* writer)
{
    m_searchWriter = writer;
}

void ContactBulkWriter::handOverNewEntries()
{
    m_addedSinceHandOver = 0;
    // Only what the token threads have finished: rows whose tokens are not ready wait for the next time.
    QHash<qint64, QString> tokens = m_tokens->takeFinished();
    // Rows edited after they were added wait for flush(), which writes them once, with their last tokens.
    QSet<qint64> edited;
    for (const Pending& p : std::as_const(m_pending))
        if (p.how != Indexing::Insert)
            edited.insert(p.rowId);
    QList<SearchWriter::Entry> entries;
    QList<Pending> waiting;
    for (const Pending& p : std::as_const(m_pending)) {
        if (p.how == Indexing::Insert && !edited.contains(p.rowId) && tokens.contains(p.rowId))
            entries << SearchWriter::Entry{p.rowId, tokens.take(p.rowId), false, false};
        else
            waiting << p;
    }
    for (auto it = tokens.cbegin(); it != tokens.cend(); ++it)
        m_heldTokens.insert(it.key(), it.value());
    m_pending = waiting;
    if (!entries.isEmpty())
        m_searchWriter->write(std::move(entries));
}

Status ContactBulkWriter::flush()
{
    ContactSearchIndex index(m_store.db());
    releaseLastEdited();
    QHash<qint64, QString> tokens = m_tokens->takeAll();
    for (auto it = m_heldTokens.cbegin(); it != m_heldTokens.cend(); ++it)
        if (!tokens.contains(it.key())) // tokens computed since are of a later edit
            tokens.insert(it.key(), it.value());
    m_heldTokens.clear();
    m_addedSinceHandOver = 0;
    QList<SearchWriter::Entry> entries; // for m_searchWriter
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
        if (m_searchWriter) {
            if (!reread) {
                entries << SearchWriter::Entry{rowId, tokens.value(rowId), !added, false};
                continue;
            }
            auto doc = index.document(rowId); // a read of the store: the search file is the writer's
            if (!doc.ok())
                return doc.error();
            entries << (doc->has_value() ? SearchWriter::Entry{rowId, searchTokensFor(**doc), true, false}
                                         : SearchWriter::Entry{rowId, QString(), true, true});
            continue;
        }
        if (reread) {
            LL_TRY(index.reindex(rowId));
            continue;
        }
        if (!added)
            LL_TRY(index.remove(rowId));
        LL_TRY(index.insertNew(rowId, tokens.value(rowId)));
    }
    m_pending.clear();
    if (!entries.isEmpty())
        m_searchWriter->write(std::move(entries));
    if (m_clockDirty) {
        // Persisting the clock with the batch keeps it monotonic across restarts (see Store::appendOutbox).
        LL_TRY(m_store.saveClock());
        m_clockDirty = false;
    }
    return {};
}

} // namespace ll

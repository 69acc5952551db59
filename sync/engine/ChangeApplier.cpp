#include "ChangeApplier.h"

#include "EntityTables.h"
#include "library/LibrarySearch.h"
#include "reminders/ReminderEngine.h"
#include "search/ContactSearchIndex.h"
#include "store/FieldClocks.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "text/PhoneNumber.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>

#include <algorithm>

namespace ll::sync {

// What the outbox still holds for one record: those fields and set elements keep their local value.
struct ChangeApplier::Pending
{
    bool deleted = false;
    QSet<QString> fields;
    QSet<QString> elements; // "set/element"
};

namespace {

QString hlcText(const std::optional<Hlc>& hlc)
{
    return hlc ? hlc->toString() : QString();
}

QString later(const QString& a, const QString& b)
{
    return a >= b ? a : b;
}

// A field of the change by a literal name, without allocating the key or copying the value: several
// lookups per applied change.
template <qsizetype N> const QJsonValue* fieldValue(const Change& change, const char16_t (&field)[N])
{
    const QString key = QString::fromRawData(reinterpret_cast<const QChar*>(field), N - 1);
    const auto it = change.state.fields.constFind(key);
    return it == change.state.fields.constEnd() ? nullptr : &it->value;
}

template <qsizetype N> QString fieldText(const Change& change, const char16_t (&field)[N])
{
    const QJsonValue* v = fieldValue(change, field);
    return v ? v->toString() : QString();
}

template <qsizetype N> qint64 fieldInt(const Change& change, const char16_t (&field)[N])
{
    const QJsonValue* v = fieldValue(change, field);
    return v ? v->toInteger() : 0;
}

QString firstClock(const Change& change)
{
    const FieldValue* first = nullptr;
    for (const FieldValue& fv : change.state.fields)
        if (!first || fv.hlc < first->hlc)
            first = &fv;
    return first ? first->hlc.toString() : QString();
}

bool sameDocument(const SearchDocument& a, const SearchDocument& b)
{
    return a.name == b.name && a.nickname == b.nickname && a.wechatId == b.wechatId && a.city == b.city &&
           a.notes == b.notes && a.phones == b.phones;
}

} // namespace

PageSearchTokens PageSearchTokens::forPage(const PullResponse& page)
{
    PageSearchTokens out;
    for (const Change& change : page.changes) {
        if (change.deleted || change.entity != QLatin1String("contact"))
            continue;
        // What the row will hold when the change is applied to a contact this device does not have yet
        // (the initial pull): the columns as columnValue() writes them, and the present phones in key order.
        SearchDocument doc;
        doc.name = fieldText(change, u"name");
        doc.nickname = fieldText(change, u"nickname");
        doc.wechatId = fieldText(change, u"wechatId");
        doc.city = fieldText(change, u"city");
        doc.notes = fieldText(change, u"notes");
        const SetElements phones = change.state.sets.value(QStringLiteral("phones"));
        for (auto e = phones.constBegin(); e != phones.constEnd(); ++e)
            if (e->present())
                doc.phones << e.key();
        QString tokens = searchTokensFor(doc);
        out.byRecordId.insert(change.recordId, Entry{std::move(doc), std::move(tokens)});
    }
    return out;
}

ChangeApplier::ChangeApplier(Store& store)
    : m_store(store)
{}

Result<ApplyStats> ChangeApplier::applyPage(const PullResponse& page, const PageSearchTokens* ready)
{
    m_ready = ready;
    const QScopeGuard forget([this] { m_ready = nullptr; });
    QList<Change> ordered = page.changes;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Change& a, const Change& b) {
        return applyRank(a.entity) < applyRank(b.entity);
    });
    // Most pages have nothing to park: apply them directly, and redo only the rare page that has.
    auto direct = attemptPage(page, ordered, Mode::Direct);
    if (!direct.ok())
        return direct.error();
    if (direct->has_value())
        return direct->value();
    auto careful = attemptPage(page, ordered, Mode::Careful);
    if (!careful.ok())
        return careful.error();
    return careful->value();
}

Result<std::optional<ApplyStats>> ChangeApplier::attemptPage(const PullResponse& page,
                                                             const QList<Change>& ordered, Mode mode)
{
    ApplyStats stats;
    m_touchedContacts.clear();
    m_searchDirty.clear();
    m_contactIds.clear();
    m_contactRows.clear();
    m_freshContacts.clear();
    Database& db = m_store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    {
        // The page holds the write lock from here on, so no other connection can queue an edit meanwhile.
        Statement& st = db.cached("SELECT NOT EXISTS (SELECT 1 FROM outbox)");
        auto row = st.step();
        if (!row.ok())
            return row.error();
        m_outboxEmpty = row.value() && st.int64(0) != 0;
        st.reset();
    }

    for (const Change& change : ordered) {
        if (mode == Mode::Direct) {
            auto outcome = applyChange(change, stats);
            if (!outcome.ok())
                return std::optional<ApplyStats>(); // tx rolls back; the careful pass parks it
            if (outcome.value() == Outcome::Parked) {
                // Children and custom fields decide to wait before they write anything; a contact that
                // waits for a tag may have written part of itself, so only the careful pass parks it.
                if (mutableTable(change.entity))
                    return std::optional<ApplyStats>();
                LL_TRY(park(change, change.parentId));
                ++stats.parked;
                continue;
            }
            ++stats.applied;
            continue;
        }
        auto outcome = apply(change, stats);
        if (!outcome.ok())
            return outcome.error();
        if (outcome.value() == Outcome::Parked)
            ++stats.parked;
        else
            ++stats.applied;
    }
    // Every clock of the page at once: the clock only has to end up past the newest one.
    std::optional<Hlc> newest;
    for (const Change& change : ordered)
        for (const FieldValue& fv : change.state.fields)
            if (!fv.hlc.isNull() && (!newest || *newest < fv.hlc))
                newest = fv.hlc;
    if (newest)
        m_store.clock().observe(newest->toString());

    auto retried = retryParked(stats, mode);
    if (!retried.ok())
        return retried.error();
    if (!retried.value())
        return std::optional<ApplyStats>(); // tx rolls back; the careful pass redoes it
    for (const QString& id : page.revokes) {
        LL_TRY(purgeContact(id));
        ++stats.revoked;
    }

    // Derived data follows in the same transaction, so a crash never leaves search or reminders stale.
    // Reminders first: each recompute is a savepoint, and FTS4 writes its pending terms as a segment at
    // every savepoint, so indexing last leaves the whole page's terms to one segment at commit.
    ReminderEngine reminders(m_store);
    for (qint64 row : std::as_const(m_touchedContacts))
        LL_TRY(reminders.recomputeContact(row));
    LL_TRY(reindexContacts(stats));
    LL_TRY(m_store.setMeta(QLatin1String(CursorKey), QString::number(page.nextCursor)));
    LL_TRY(m_store.setMeta(QStringLiteral("clock_last"), m_store.clock().last()));
    LL_TRY(tx.commit());
    return std::optional<ApplyStats>(stats);
}

// In ascending docid order: FTS4 writes out its pending terms as a new segment whenever a docid is lower
// than the one before, so a hash-ordered walk left a segment (and later merges) per second contact.
Status ChangeApplier::reindexContacts(ApplyStats& stats)
{
    QList<qint64> rows(m_searchDirty.cbegin(), m_searchDirty.cend());
    std::sort(rows.begin(), rows.end());
    ContactSearchIndex index(m_store.db());
    for (qint64 row : std::as_const(rows)) {
        // A row this page inserted has no entry to delete first (as for the importer's new rows).
        const bool fresh = m_freshContacts.contains(row);
        auto doc = index.document(row);
        if (!doc.ok())
            return doc.error();
        if (!doc->has_value()) {
            LL_TRY(index.remove(row));
            continue;
        }
        if (m_ready) {
            const auto it = m_ready->byRecordId.constFind(m_contactIds.value(row));
            if (it != m_ready->byRecordId.constEnd() && sameDocument(it->doc, **doc)) {
                LL_TRY(fresh ? index.insertNew(row, it->tokens) : index.replace(row, it->tokens));
                ++stats.tokensReady;
                continue;
            }
        }
        const QString tokens = searchTokensFor(**doc);
        LL_TRY(fresh ? index.insertNew(row, tokens) : index.replace(row, tokens));
    }
    return {};
}

Result<ChangeApplier::Outcome> ChangeApplier::applyChange(const Change& change, ApplyStats& stats)
{
    if (change.entity == QLatin1String("contact_field"))
        return applyContactField(change);
    if (mutableTable(change.entity))
        return applyMutable(change, stats);
    return applyAppendOnly(change);
}

Result<ChangeApplier::Outcome> ChangeApplier::apply(const Change& change, ApplyStats& stats)
{
    // Each change in its own savepoint: a record that cannot be applied yet is parked, never half-written.
    Transaction sp(m_store.db());
    LL_TRY(sp.beginStatus());
    Result<Outcome> outcome = applyChange(change, stats);
    if (outcome.ok() && outcome.value() == Outcome::Applied) {
        LL_TRY(sp.commit());
        return outcome;
    }
    if (!outcome.ok())
        qWarning("sync: %s %s parked: %s", qPrintable(change.entity), qPrintable(change.recordId),
                 qPrintable(outcome.message()));
    sp.rollback();
    // A constraint the record cannot meet yet (a missing tag, group, product) waits like a missing parent.
    LL_TRY(park(change, change.parentId));
    return Outcome::Parked;
}

Result<ChangeApplier::Pending> ChangeApplier::pendingFor(const QString& entity, const QString& outboxRecordId)
{
    Pending pending;
    if (m_outboxEmpty)
        return pending;
    Statement& st = m_store.db().cached("SELECT op, payload FROM outbox WHERE entity = ? AND record_id = ?");
    st.bind(1, entity).bind(2, outboxRecordId);
    while (true) {
        auto next = st.step();
        if (!next.ok())
            return next.error();
        if (!next.value())
            break;
        const QString op = st.text(0);
        const QJsonObject payload = QJsonDocument::fromJson(st.text(1).toUtf8()).object();
        if (op == QLatin1String("delete"))
            pending.deleted = true;
        else if (op == QLatin1String("add") || op == QLatin1String("remove"))
            pending.elements.insert(payload.value(QStringLiteral("set")).toString() + QLatin1Char('/') +
                                    payload.value(QStringLiteral("element")).toString());
        else {
            for (const QString& f : payload.value(QStringLiteral("fields")).toObject().keys())
                pending.fields.insert(f);
            // A `create` row also adds set elements: {"sets": {set: [element...]}}.
            const QJsonObject sets = payload.value(QStringLiteral("sets")).toObject();
            for (auto it = sets.constBegin(); it != sets.constEnd(); ++it)
                for (const QJsonValue element : it->toArray())
                    pending.elements.insert(it.key() + QLatin1Char('/') + element.toString());
        }
    }
    st.reset();
    return pending;
}

Result<qint64> ChangeApplier::rowOf(const char* table, const QString& id)
{
    Statement& st =
        m_store.db().cached((QByteArray("SELECT rowid FROM ") + table + " WHERE id = ?").constData());
    st.bind(1, id);
    auto row = st.step();
    if (!row.ok())
        return row.error();
    const qint64 found = row.value() ? st.int64(0) : qint64(0);
    st.reset();
    return found;
}

Result<qint64> ChangeApplier::contactRowOf(const QString& id)
{
    // Only rows this page wrote and kept (a contact that had to wait never gets here) and that no revoke
    // purged since: the cache is emptied with each attempt at a page.
    const auto it = m_contactRows.constFind(id);
    if (it != m_contactRows.constEnd())
        return *it;
    return rowOf("contact", id);
}

Result<ChangeApplier::Outcome> ChangeApplier::applyMutable(const Change& change, ApplyStats& stats)
{
    const MutableTable& t = *mutableTable(change.entity);
    Database& db = m_store.db();
    const bool isContact = change.entity == QLatin1String("contact");
    const QByteArray table(t.table);

    qint64 row = 0;
    QString clocksText;
    {
        Statement& st = db.cached(("SELECT rowid, clocks FROM " + table + " WHERE id = ?").constData());
        st.bind(1, change.recordId);
        auto found = st.step();
        if (!found.ok())
            return found.error();
        if (found.value()) {
            row = st.int64(0);
            clocksText = st.text(1);
        }
        st.reset();
    }

    if (change.deleted) {
        if (row == 0)
            return Outcome::Applied;
        if (!t.hasDeleted) {
            Statement& del = db.cached(("DELETE FROM " + table + " WHERE rowid = ?").constData());
            del.bind(1, row);
            LL_TRY(del.exec());
            return Outcome::Applied;
        }
        Statement& del = db.cached(("UPDATE " + table + " SET deleted = 1 WHERE rowid = ?").constData());
        del.bind(1, row);
        LL_TRY(del.exec());
        if (isContact) {
            // The server tombstones a deleted customer's history with it.
            for (const char* sql : {"UPDATE followup SET deleted = 1 WHERE contact_rowid = ?",
                                    "UPDATE purchase SET deleted = 1 WHERE contact_rowid = ?"}) {
                Statement& st = db.cached(sql);
                st.bind(1, row);
                LL_TRY(st.exec());
            }
            m_touchedContacts.insert(row);
            m_searchDirty.insert(row);
        }
        return Outcome::Applied;
    }

    auto pending = pendingFor(change.entity, change.recordId);
    if (!pending.ok())
        return pending.error();
    if (pending->deleted)
        return Outcome::Applied; // our delete is on its way and wins for good

    FieldClocks clocks = FieldClocks::parse(clocksText);
    QStringList columns;
    QVariantList values;
    for (const ColumnMap& c : t.columns) {
        const QString wire = QString::fromLatin1(c.wire);
        const auto it = change.state.fields.constFind(wire);
        if (it == change.state.fields.constEnd() || pending->fields.contains(wire))
            continue;
        const QString incoming = it->hlc.toString();
        if (incoming <= clocks.get(wire))
            continue; // ours is as new or newer
        clocks.set(wire, incoming);
        columns << QString::fromLatin1(c.column);
        values << columnValue(it->value, c.form);
    }

    bool fresh = false;
    if (row == 0) {
        for (const auto& d : t.insertDefaults)
            if (!columns.contains(QLatin1String(d.first))) {
                columns << QString::fromLatin1(d.first);
                values << d.second;
            }
        columns << QStringLiteral("id") << QStringLiteral("clocks");
        values << change.recordId << clocks.serialize();
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(QString::fromLatin1(table), columns.join(QLatin1Char(',')),
                                     QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        Statement& ins = db.cached(sql.toUtf8().constData()); // one column set per entity in practice
        for (int i = 0; i < values.size(); ++i)
            ins.bind(i + 1, values.at(i));
        LL_TRY(ins.exec());
        row = db.lastInsertRowId();
        fresh = true;
    } else if (!columns.isEmpty()) {
        QStringList sets;
        for (const QString& c : std::as_const(columns))
            sets << c + QStringLiteral(" = ?");
        const QString sql = QStringLiteral("UPDATE %1 SET %2, clocks = ? WHERE rowid = ?")
                                .arg(QString::fromLatin1(table), sets.join(QLatin1Char(',')));
        Statement upd(db, sql.toUtf8().constData()); // not cached: the set of newer fields varies
        int i = 1;
        for (const QVariant& v : std::as_const(values))
            upd.bind(i++, v);
        upd.bind(i, clocks.serialize());
        upd.bind(i + 1, row);
        LL_TRY(upd.exec());
    }

    if (!columns.isEmpty())
        LL_TRY(refreshLibrarySearch(change.entity, row));
    if (isContact) {
        auto sets = applyContactSets(change, row, fresh, pending.value());
        if (!sets.ok() || sets.value() == Outcome::Parked)
            return sets;
        LL_TRY(recordConflicts(change, stats));
        m_touchedContacts.insert(row);
        m_searchDirty.insert(row);
        m_contactIds.insert(row, change.recordId);
        m_contactRows.insert(change.recordId, row);
        if (fresh)
            m_freshContacts.insert(row);
    }
    return Outcome::Applied;
}

// Scripts and materials are found through a derived search column; keep it in step with pulled edits
// exactly as the libraries compute it.
Status ChangeApplier::refreshLibrarySearch(const QString& entity, qint64 row)
{
    const bool script = entity == QLatin1String("script");
    if (!script && entity != QLatin1String("material"))
        return {};
    Database& db = m_store.db();
    Statement& get = db.cached(script ? "SELECT title, tags, body FROM script WHERE rowid = ?"
                                      : "SELECT title, tags, description, category, file_name FROM material "
                                        "WHERE rowid = ?");
    get.bind(1, row);
    auto found = get.step();
    if (!found.ok())
        return found.error();
    if (!found.value())
        return {};
    const QString tags = get.text(1).split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QLatin1Char(' '));
    const QString text =
        script ? library_search::searchText(get.text(0), {tags, get.text(2)})
               : library_search::searchText(get.text(0), {get.text(2), tags, get.text(3), get.text(4)});
    get.reset();
    Statement& put =
        db.cached(script ? "UPDATE script SET search_text = ?, updated_at = ? WHERE rowid = ?"
                         : "UPDATE material SET search_text = ?, updated_at = ? WHERE rowid = ?");
    put.bind(1, text).bind(2, QDateTime::currentMSecsSinceEpoch()).bind(3, row);
    return put.exec();
}

Result<ChangeApplier::Outcome> ChangeApplier::applyContactSets(const Change& change, qint64 contactRow,
                                                               bool fresh, const Pending& pending)
{
    Database& db = m_store.db();
    for (auto set = change.state.sets.constBegin(); set != change.state.sets.constEnd(); ++set) {
        const bool phones = set.key() == QLatin1String("phones");
        if (!phones && set.key() != QLatin1String("tags"))
            continue;
        for (auto e = set->constBegin(); e != set->constEnd(); ++e) {
            if (pending.elements.contains(set.key() + QLatin1Char('/') + e.key()))
                continue;
            QVariant key = e.key();
            if (!phones) {
                auto tagRow = rowOf("tag", e.key());
                if (!tagRow.ok())
                    return tagRow.error();
                if (tagRow.value() == 0)
                    return Outcome::Parked; // the tag itself has not arrived yet
                key = tagRow.value();
            }
            Statement& get = db.cached(phones ? "SELECT added_at, removed_at FROM contact_phone "
                                                "WHERE contact_rowid = ? AND digits = ?"
                                              : "SELECT added_at, removed_at FROM contact_tag "
                                                "WHERE contact_rowid = ? AND tag_rowid = ?");
            get.bind(1, contactRow).bind(2, key);
            auto found = fresh ? Result<bool>(false) : get.step();
            if (!found.ok())
                return found.error();
            const bool exists = found.value();
            QString added = exists ? get.text(0) : QString();
            QString removed = exists ? get.text(1) : QString();
            get.reset();
            added = later(added, hlcText(e->added));
            removed = later(removed, hlcText(e->removed));
            const bool present = !added.isEmpty() && added >= removed;
            if (phones) {
                auto parsed = PhoneNumber::parse(e.key());
                const QString kind = !parsed.ok()                                  ? QStringLiteral("other")
                                     : parsed->kind() == PhoneNumber::Kind::Mobile ? QStringLiteral("mobile")
                                     : parsed->kind() == PhoneNumber::Kind::Landline
                                         ? QStringLiteral("landline")
                                         : QStringLiteral("other");
                // A plain INSERT or UPDATE, not INSERT OR REPLACE: a REPLACE on a table with foreign keys
                // opens a statement journal, which copies (and encrypts) every page it touches.
                Statement& put =
                    db.cached(exists ? "UPDATE contact_phone SET kind = ?3, present = ?4, added_at = ?5, "
                                       "removed_at = ?6 WHERE contact_rowid = ?1 AND digits = ?2"
                                     : "INSERT INTO contact_phone (contact_rowid, digits, kind, present, "
                                       "added_at, removed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
                put.bind(1, contactRow)
                    .bind(2, e.key())
                    .bind(3, kind)
                    .bind(4, present)
                    .bind(5, added)
                    .bind(6, removed);
                LL_TRY(put.exec());
            } else {
                Statement& put = db.cached(
                    exists ? "UPDATE contact_tag SET present = ?3, added_at = ?4, removed_at = ?5 "
                             "WHERE contact_rowid = ?1 AND tag_rowid = ?2"
                           : "INSERT INTO contact_tag (contact_rowid, tag_rowid, present, added_at, "
                             "removed_at) VALUES (?1, ?2, ?3, ?4, ?5)");
                put.bind(1, contactRow).bind(2, key).bind(3, present).bind(4, added).bind(5, removed);
                LL_TRY(put.exec());
            }
        }
    }
    return Outcome::Applied;
}

Status ChangeApplier::recordConflicts(const Change& change, ApplyStats& stats)
{
    Database& db = m_store.db();
    for (const Conflict& c : change.state.conflicts) {
        Statement& ins =
            db.cached("INSERT OR IGNORE INTO record_conflict (entity, record_id, field, value, hlc) "
                      "VALUES (?, ?, ?, ?, ?)");
        ins.bind(1, change.entity)
            .bind(2, change.recordId)
            .bind(3, c.field)
            .bind(4,
                  c.value.isString()
                      ? c.value.toString()
                      : QString::fromUtf8(QJsonDocument(QJsonArray{c.value}).toJson(QJsonDocument::Compact)))
            .bind(5, c.hlc.toString());
        LL_TRY(ins.exec());
        stats.conflicts += db.changes();
    }
    return {};
}

Result<ChangeApplier::Outcome> ChangeApplier::applyContactField(const Change& change)
{
    Database& db = m_store.db();
    const QString contactId = fieldText(change, u"contactId");
    const QString name = fieldText(change, u"name");
    auto contactRow = contactRowOf(contactId.isEmpty() ? change.parentId : contactId);
    if (!contactRow.ok())
        return contactRow.error();
    if (contactRow.value() == 0)
        return change.deleted ? Outcome::Applied : Outcome::Parked;
    if (change.deleted || name.isEmpty()) {
        if (!name.isEmpty()) {
            Statement& del = db.cached("DELETE FROM contact_field WHERE contact_rowid = ? AND name = ?");
            del.bind(1, contactRow.value()).bind(2, name);
            LL_TRY(del.exec());
        }
        return Outcome::Applied;
    }
    auto pending = pendingFor(change.entity, contactId + QLatin1Char('/') + name);
    if (!pending.ok())
        return pending.error();
    if (!pending->fields.isEmpty())
        return Outcome::Applied;
    const FieldValue incoming = change.state.fields.value(QStringLiteral("value"));
    Statement& get = db.cached("SELECT clock FROM contact_field WHERE contact_rowid = ? AND name = ?");
    get.bind(1, contactRow.value()).bind(2, name);
    auto found = get.step();
    if (!found.ok())
        return found.error();
    const QString local = found.value() ? get.text(0) : QString();
    get.reset();
    if (incoming.hlc.toString() <= local)
        return Outcome::Applied;
    const QString value = incoming.value.toString();
    if (value.isEmpty()) {
        Statement& del = db.cached("DELETE FROM contact_field WHERE contact_rowid = ? AND name = ?");
        del.bind(1, contactRow.value()).bind(2, name);
        LL_TRY(del.exec());
    } else {
        Statement& put = db.cached(
            found.value() ? "UPDATE contact_field SET value = ?3, clock = ?4 WHERE contact_rowid = ?1 "
                            "AND name = ?2"
                          : "INSERT INTO contact_field (contact_rowid, name, value, clock) VALUES (?1, "
                            "?2, ?3, ?4)");
        put.bind(1, contactRow.value()).bind(2, name).bind(3, value).bind(4, incoming.hlc.toString());
        LL_TRY(put.exec());
    }
    m_touchedContacts.insert(contactRow.value());
    return Outcome::Applied;
}

Result<ChangeApplier::Outcome> ChangeApplier::applyAppendOnly(const Change& change)
{
    Database& db = m_store.db();
    const QString& e = change.entity;
    const bool followup = e == QLatin1String("followup");
    const bool purchase = e == QLatin1String("purchase");
    const bool scriptUsage = e == QLatin1String("script_usage");
    const bool materialUsage = e == QLatin1String("material_usage");
    if (!followup && !purchase && !scriptUsage && !materialUsage)
        return Outcome::Applied; // an entity this build does not store: nothing to keep

    const QString contactId =
        fieldText(change, u"contactId").isEmpty() ? change.parentId : fieldText(change, u"contactId");
    qint64 contactRow = 0;
    if (!contactId.isEmpty()) {
        auto r = contactRowOf(contactId);
        if (!r.ok())
            return r.error();
        contactRow = r.value();
    }
    const QByteArray table = e.toLatin1();
    if (followup || purchase) {
        // Already here: inserted once; only its contact (move) and its tombstone can change.
        auto existing = rowOf(table.constData(), change.recordId);
        if (!existing.ok())
            return existing.error();
        if (existing.value() != 0) {
            if (contactRow != 0) {
                Statement mv(db, ("UPDATE " + table +
                                  " SET contact_rowid = ?, deleted = max(deleted, ?) "
                                  "WHERE rowid = ?")
                                     .constData());
                mv.bind(1, contactRow).bind(2, change.deleted).bind(3, existing.value());
                LL_TRY(mv.exec());
                m_touchedContacts.insert(contactRow);
            } else if (change.deleted) {
                Statement del(db, ("UPDATE " + table + " SET deleted = 1 WHERE rowid = ?").constData());
                del.bind(1, existing.value());
                LL_TRY(del.exec());
            }
            return Outcome::Applied;
        }
        if (change.deleted)
            return Outcome::Applied;
        if (contactRow == 0)
            return Outcome::Parked;
    } else {
        auto existing = rowOf(table.constData(), change.recordId);
        if (!existing.ok())
            return existing.error();
        if (existing.value() != 0 || change.deleted)
            return Outcome::Applied;
    }

    const QString clock = firstClock(change);
    if (followup) {
        Statement& ins =
            db.cached("INSERT INTO followup (id, contact_rowid, kind, outcome, note, script_id, "
                      "material_id, staff_id, happened_at, created_clock) VALUES (?,?,?,?,?,?,?,?,?,?)");
        ins.bind(1, change.recordId)
            .bind(2, contactRow)
            .bind(3, fieldText(change, u"kind"))
            .bind(4, fieldText(change, u"outcome"))
            .bind(5, fieldText(change, u"note"))
            .bind(6, fieldText(change, u"scriptId"))
            .bind(7, fieldText(change, u"materialId"))
            .bind(8, fieldText(change, u"staffId"))
            .bind(9, fieldInt(change, u"happenedAt"))
            .bind(10, clock);
        LL_TRY(ins.exec());
    } else if (purchase) {
        auto productRow = rowOf("product", fieldText(change, u"productId"));
        if (!productRow.ok())
            return productRow.error();
        if (productRow.value() == 0)
            return Outcome::Parked;
        Statement& ins =
            db.cached("INSERT INTO purchase (id, contact_rowid, product_rowid, quantity, amount_cents, "
                      "purchased_on, staff_id, created_clock) VALUES (?,?,?,?,?,?,?,?)");
        ins.bind(1, change.recordId)
            .bind(2, contactRow)
            .bind(3, productRow.value())
            .bind(4, fieldInt(change, u"quantity"))
            .bind(5, fieldInt(change, u"amountCents"))
            .bind(6, fieldText(change, u"purchasedOn"))
            .bind(7, fieldText(change, u"staffId"))
            .bind(8, clock);
        LL_TRY(ins.exec());
    } else {
        const char* parentTable = scriptUsage ? "script" : "material";
        auto parentRow = rowOf(parentTable, scriptUsage ? fieldText(change, u"scriptId")
                                                        : fieldText(change, u"materialId"));
        if (!parentRow.ok())
            return parentRow.error();
        if (parentRow.value() == 0)
            return Outcome::Parked;
        if (scriptUsage) {
            Statement& ins =
                db.cached("INSERT INTO script_usage (id, script_rowid, contact_rowid, followup_id, "
                          "staff_id, used_at) VALUES (?,?,?,?,?,?)");
            ins.bind(1, change.recordId)
                .bind(2, parentRow.value())
                .bind(3, contactRow)
                .bind(4, fieldText(change, u"followUpId"))
                .bind(5, fieldText(change, u"staffId"))
                .bind(6, fieldInt(change, u"at"));
            LL_TRY(ins.exec());
        } else {
            Statement& ins =
                db.cached("INSERT INTO material_usage (id, material_rowid, contact_rowid, action, "
                          "followup_id, staff_id, used_at) VALUES (?,?,?,?,?,?,?)");
            ins.bind(1, change.recordId)
                .bind(2, parentRow.value())
                .bind(3, contactRow)
                .bind(4, fieldText(change, u"action"))
                .bind(5, fieldText(change, u"followUpId"))
                .bind(6, fieldText(change, u"staffId"))
                .bind(7, fieldInt(change, u"at"));
            LL_TRY(ins.exec());
        }
    }
    if (contactRow != 0 && (followup || purchase))
        m_touchedContacts.insert(contactRow);
    return Outcome::Applied;
}

Status ChangeApplier::park(const Change& change, const QString& parentId)
{
    Statement& st = m_store.db().cached(
        "INSERT OR REPLACE INTO sync_parked (entity, record_id, parent_id, change) VALUES (?, ?, ?, ?)");
    st.bind(1, change.entity)
        .bind(2, change.recordId)
        .bind(3, parentId)
        .bind(4, QString::fromUtf8(QJsonDocument(change.toJson()).toJson(QJsonDocument::Compact)));
    return st.exec();
}

Result<bool> ChangeApplier::retryParked(ApplyStats& stats, Mode mode)
{
    Database& db = m_store.db();
    // Repeat while progress is made: a parked tag may unblock a parked contact, which unblocks its children.
    for (bool progress = true; progress;) {
        progress = false;
        QList<Change> parked;
        {
            Statement& st = db.cached("SELECT change FROM sync_parked");
            while (true) {
                auto next = st.step();
                if (!next.ok())
                    return next.error();
                if (!next.value())
                    break;
                auto change = Change::fromJson(QJsonDocument::fromJson(st.text(0).toUtf8()).object(),
                                               QStringLiteral("parked"));
                if (change.ok())
                    parked.append(change.value());
            }
            st.reset();
        }
        std::stable_sort(parked.begin(), parked.end(), [](const Change& a, const Change& b) {
            return applyRank(a.entity) < applyRank(b.entity);
        });
        for (const Change& change : std::as_const(parked)) {
            ApplyStats ignored;
            Outcome outcome = Outcome::Parked;
            if (mode == Mode::Direct && !mutableTable(change.entity)) {
                // Like the page itself: children decide to wait before they write anything, so they need
                // no savepoint, and one still waiting simply keeps its parked row.
                auto direct = applyChange(change, ignored);
                if (!direct.ok())
                    return false;
                outcome = direct.value();
                if (outcome == Outcome::Applied) {
                    Statement& del = db.cached("DELETE FROM sync_parked WHERE entity = ? AND record_id = ?");
                    del.bind(1, change.entity).bind(2, change.recordId);
                    LL_TRY(del.exec());
                }
            } else {
                Statement& del = db.cached("DELETE FROM sync_parked WHERE entity = ? AND record_id = ?");
                del.bind(1, change.entity).bind(2, change.recordId);
                LL_TRY(del.exec());
                auto careful = apply(change, ignored);
                if (!careful.ok())
                    return careful.error();
                outcome = careful.value();
            }
            if (outcome == Outcome::Applied) {
                progress = true;
                stats.conflicts += ignored.conflicts;
                --stats.parked;
                ++stats.applied;
            }
        }
    }
    stats.parked = std::max(stats.parked, 0);
    return true;
}

Status ChangeApplier::purgeContact(const QString& contactId)
{
    Database& db = m_store.db();
    auto row = rowOf("contact", contactId);
    if (!row.ok())
        return row.error();
    const qint64 r = row.value();
    // Pending edits of the contact and its children: the server keeps what it still gets for the manager.
    Statement& outbox = db.cached(
        "DELETE FROM outbox WHERE (entity = 'contact' AND record_id = ?1) "
        "OR (entity = 'contact_field' AND substr(record_id, 1, length(?1) + 1) = ?1 || '/') "
        "OR (entity IN ('followup', 'purchase') AND (instr(payload, '\"contactId\":\"' || ?1 || '\"') > 0 "
        "    OR record_id IN (SELECT id FROM followup WHERE contact_rowid = ?2) "
        "    OR record_id IN (SELECT id FROM purchase WHERE contact_rowid = ?2))) "
        // Holiday and dormant reminders are computed on read, so their states are found by the contactId
        // their payload carries ({"c":…,"v":"<contact id>"}) rather than through the reminder table.
        "OR (entity = 'reminder_state' AND (record_id IN (SELECT id FROM reminder WHERE contact_rowid = ?2) "
        "    OR instr(payload, '\"v\":\"' || ?1 || '\"') > 0))");
    outbox.bind(1, contactId).bind(2, r);
    LL_TRY(outbox.exec());
    for (const char* sql :
         {"DELETE FROM record_conflict WHERE record_id = ?", "DELETE FROM sync_parked WHERE parent_id = ?"}) {
        Statement& st = db.cached(sql);
        st.bind(1, contactId);
        LL_TRY(st.exec());
    }
    if (r == 0)
        return {};
    // States of reminders computed on read (holiday, dormant) have no stored reminder row to join.
    auto listed = ReminderEngine(m_store).forContact(contactId);
    if (!listed.ok())
        return listed.error();
    for (const Reminder& reminder : listed.value()) {
        Statement& st = db.cached("DELETE FROM reminder_state WHERE id = ?");
        st.bind(1, reminder.id);
        LL_TRY(st.exec());
    }
    for (const char* sql :
         {"DELETE FROM reminder_state WHERE id IN (SELECT id FROM reminder WHERE contact_rowid = ?)",
          "DELETE FROM followup WHERE contact_rowid = ?", "DELETE FROM purchase WHERE contact_rowid = ?",
          "DELETE FROM contact_field WHERE contact_rowid = ?", "DELETE FROM reminder WHERE contact_rowid = ?",
          "DELETE FROM contact_phone WHERE contact_rowid = ?",
          "DELETE FROM contact_tag WHERE contact_rowid = ?",
          "UPDATE script_usage SET contact_rowid = 0 WHERE contact_rowid = ?",
          "UPDATE material_usage SET contact_rowid = 0 WHERE contact_rowid = ?",
          "DELETE FROM contact WHERE rowid = ?"}) {
        Statement& st = db.cached(sql);
        st.bind(1, r);
        LL_TRY(st.exec());
    }
    LL_TRY(ContactSearchIndex(db).remove(r));
    m_touchedContacts.remove(r);
    m_searchDirty.remove(r);
    m_contactRows.remove(contactId);
    return {};
}

} // namespace ll::sync

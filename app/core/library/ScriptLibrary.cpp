#include "library/ScriptLibrary.h"

#include "domain/ContactRows.h"
#include "domain/FieldChanges.h"
#include "domain/FieldChecks.h"
#include "domain/FollowUpRepository.h"
#include "domain/ProductRepository.h"
#include "library/ContactFields.h"
#include "library/LibrarySearch.h"
#include "library/SensitiveWords.h"
#include "reminders/ReminderDates.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "store/Tombstone.h"
#include "store/Transaction.h"
#include "util/Ids.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ll {

namespace {

// Messages of this file, filed under ll::ScriptLibrary for lupdate and at run time alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::ScriptLibrary)
};

constexpr int kMaxTitle = 100;
constexpr int kMaxBody = 5000;
constexpr int kMaxTag = 50;
constexpr int kMaxTags = 20;

const char kColumns[] =
    "s.rowid, s.id, s.owner_id, s.category, s.title, s.body, s.tags, s.created_at, s.updated_at, "
    "(SELECT count(*) FROM script_usage u WHERE u.script_rowid = s.rowid)";

Script fromRow(const Statement& st)
{
    Script s;
    s.rowId = st.int64(0);
    s.id = st.text(1);
    s.ownerId = st.text(2);
    s.category = scriptCategoryFromCode(st.text(3)).value_or(ScriptCategory::Custom);
    s.title = st.text(4);
    s.body = st.text(5);
    s.tags = st.text(6).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    s.createdAt = QDateTime::fromMSecsSinceEpoch(st.int64(7), Qt::UTC);
    s.updatedAt = QDateTime::fromMSecsSinceEpoch(st.int64(8), Qt::UTC);
    s.usageCount = st.integer(9);
    return s;
}

Result<QString> singleText(Database& db, const char* sql, const QString& key)
{
    Statement& st = db.cached(sql);
    st.bind(1, key);
    auto row = st.step();
    if (!row.ok())
        return row.error();
    const QString value = row.value() ? st.text(0) : QString();
    st.reset();
    return value;
}

} // namespace

QString toCode(ScriptCategory category)
{
    switch (category) {
    case ScriptCategory::Welcome:
        return QStringLiteral("welcome");
    case ScriptCategory::ProductIntro:
        return QStringLiteral("product_intro");
    case ScriptCategory::Objection:
        return QStringLiteral("objection");
    case ScriptCategory::Holiday:
        return QStringLiteral("holiday");
    case ScriptCategory::Birthday:
        return QStringLiteral("birthday");
    case ScriptCategory::RunOut:
        return QStringLiteral("runout");
    case ScriptCategory::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<ScriptCategory> scriptCategoryFromCode(const QString& code)
{
    for (ScriptCategory c :
         {ScriptCategory::Welcome, ScriptCategory::ProductIntro, ScriptCategory::Objection,
          ScriptCategory::Holiday, ScriptCategory::Birthday, ScriptCategory::RunOut, ScriptCategory::Custom})
        if (toCode(c) == code.trimmed().toLower())
            return c;
    return std::nullopt;
}

QStringList scriptCategoryCodes()
{
    return {QStringLiteral("welcome"), QStringLiteral("product_intro"), QStringLiteral("objection"),
            QStringLiteral("holiday"), QStringLiteral("birthday"),      QStringLiteral("runout"),
            QStringLiteral("custom")};
}

ScriptLibrary::ScriptLibrary(Store& store, Actor actor)
    : m_store(store)
    , m_actor(std::move(actor))
{}

Status ScriptLibrary::validate(const Script& script)
{
    LL_TRY(checkRequiredText(Text::tr("Title"), script.title, kMaxTitle));
    LL_TRY(checkRequiredText(Text::tr("Script text"), script.body.trimmed(), kMaxBody));
    LL_TRY(checkText(Text::tr("Script text"), script.body, kMaxBody, TextShape::MultiLine));
    if (script.tags.size() > kMaxTags)
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("A script can have at most %1 tags").arg(kMaxTags));
    for (const QString& tag : script.tags)
        LL_TRY(checkRequiredText(Text::tr("Tag"), tag, kMaxTag));
    auto checked = check(script.body);
    if (!checked.ok())
        return checked.error();
    if (!checked->syntaxProblems.isEmpty())
        return makeError(ErrorCode::InvalidInput, checked->syntaxProblems.join(QLatin1Char(' ')));
    if (!checked->sensitiveWords.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The script contains sensitive words: %1")
                             .arg(checked->sensitiveWords.join(QStringLiteral("、"))));
    return {};
}

Result<ScriptCheck> ScriptLibrary::check(const QString& body)
{
    ScriptCheck out;
    const auto parsed = script_template::parse(body);
    out.placeholders = parsed.placeholders;
    auto known = knownPlaceholders();
    if (!known.ok())
        return known.error();
    for (const QString& name : parsed.placeholders)
        if (!known->contains(name))
            out.unknownPlaceholders << name;
    if (!parsed.syntaxErrors.isEmpty()) {
        script_template::Rendered r;
        r.syntaxErrors = parsed.syntaxErrors;
        out.syntaxProblems << r.problemText();
    }
    auto hits = SensitiveWords(m_store, m_actor).check(body);
    if (!hits.ok())
        return hits.error();
    for (const SensitiveHit& h : hits.value()) {
        out.sensitivePositions << h.position;
        if (!out.sensitiveWords.contains(h.word))
            out.sensitiveWords << h.word;
    }
    return out;
}

Result<QSet<QString>> ScriptLibrary::knownPlaceholders()
{
    QSet<QString> known;
    for (const QString& name : script_template::builtinPlaceholders())
        known.insert(name);
    auto custom = ContactFieldRepository(m_store).fieldNames();
    if (!custom.ok())
        return custom.error();
    for (const QString& name : custom.value())
        known.insert(name);
    return known;
}

Result<QHash<QString, QString>> ScriptLibrary::valuesFor(const QString& contactId, const QString& product,
                                                         const QDate& today)
{
    Database& db = m_store.db();
    auto row = contact_rows::resolve(db, contactId);
    if (!row.ok())
        return row.error();
    auto record = contact_rows::load(db, row.value());
    if (!record.ok())
        return record.error();
    const Contact& c = record->contact;
    QHash<QString, QString> values;
    auto fields = ContactFieldRepository(m_store).fieldsOf(row.value());
    if (!fields.ok())
        return fields.error();
    for (auto it = fields->cbegin(); it != fields->cend(); ++it)
        values.insert(it.key(), it.value());
    values.insert(QStringLiteral("name"), c.name);
    values.insert(QStringLiteral("nickname"), c.nickname);

    auto guide = singleText(db, "SELECT name FROM staff WHERE id = ? AND deleted = 0", c.ownerId);
    if (!guide.ok())
        return guide.error();
    values.insert(QStringLiteral("guide"), guide.value());
    auto storeName = singleText(db, "SELECT name FROM store WHERE id = ? AND deleted = 0", c.storeId);
    if (!storeName.ok())
        return storeName.error();
    values.insert(QStringLiteral("store"), storeName.value());

    QString productId;
    if (!product.trimmed().isEmpty()) {
        auto p = ProductRepository(m_store).get(product);
        if (!p.ok())
            return p.error();
        productId = p->id;
    }
    Statement& last = db.cached(
        "SELECT p.name, pu.purchased_on FROM purchase pu JOIN product p ON p.rowid = pu.product_rowid "
        "WHERE pu.contact_rowid = ?1 AND pu.deleted = 0 AND (?2 = '' OR p.id = ?2) "
        "ORDER BY pu.purchased_on DESC, pu.rowid DESC LIMIT 1");
    last.bind(1, row.value()).bind(2, productId);
    auto found = last.step();
    if (!found.ok())
        return found.error();
    if (found.value()) {
        const QDate day = today.isValid() ? today : LocalCalendar().today();
        const QDate purchased = QDate::fromString(last.text(1), Qt::ISODate);
        values.insert(QStringLiteral("product"), last.text(0));
        if (purchased.isValid() && purchased <= day)
            values.insert(QStringLiteral("days_since_purchase"), QString::number(purchased.daysTo(day)));
    }
    last.reset();
    return values;
}

Result<script_template::Rendered> ScriptLibrary::preview(const QString& body, const QString& contactId,
                                                         const QString& product)
{
    auto known = knownPlaceholders();
    if (!known.ok())
        return known.error();
    auto values = valuesFor(contactId, product);
    if (!values.ok())
        return values.error();
    return script_template::render(body, known.value(), values.value());
}

Result<QString> ScriptLibrary::render(const QString& scriptId, const QString& contactId,
                                      const QString& product)
{
    auto script = get(scriptId);
    if (!script.ok())
        return script.error();
    auto rendered = preview(script->body, contactId, product);
    if (!rendered.ok())
        return rendered.error();
    if (!rendered->ok())
        return makeError(ErrorCode::InvalidInput, rendered->problemText());
    return rendered->text;
}

Result<ScriptUse> ScriptLibrary::use(const QString& scriptId, const QString& contactId,
                                     const QString& product)
{
    Database& db = m_store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    auto script = get(scriptId);
    if (!script.ok())
        return script.error();
    auto text = render(scriptId, contactId, product);
    if (!text.ok())
        return text.error();
    auto hits = SensitiveWords(m_store, m_actor).check(text.value());
    if (!hits.ok())
        return hits.error();
    if (!hits->isEmpty())
        return makeError(ErrorCode::InvalidInput, SensitiveWords::describe(hits.value()));

    FollowUpInput input;
    input.contactId = contactId;
    input.kind = QStringLiteral("message");
    input.note = text.value();
    input.scriptId = script->id;
    auto followUp = FollowUpRepository(m_store).add(input);
    if (!followUp.ok())
        return followUp.error();
    auto contactRow = contact_rows::resolve(db, contactId);
    if (!contactRow.ok())
        return contactRow.error();

    ScriptUse use{text.value(), followUp->id, newId()};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Statement& ins = db.cached(
        "INSERT INTO script_usage (id, script_rowid, contact_rowid, followup_id, staff_id, used_at) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    ins.bind(1, use.usageId)
        .bind(2, script->rowId)
        .bind(3, contactRow.value())
        .bind(4, use.followUpId)
        .bind(5, m_store.actorId())
        .bind(6, now);
    LL_TRY(ins.exec());
    const QJsonObject fields{{QStringLiteral("scriptId"), script->id},
                             {QStringLiteral("contactId"), followUp->contactId},
                             {QStringLiteral("followUpId"), use.followUpId},
                             {QStringLiteral("staffId"), m_store.actorId()},
                             {QStringLiteral("at"), now}};
    LL_TRY(m_store.appendOutbox(
        QStringLiteral("script_usage"), use.usageId, QStringLiteral("insert"),
        QJsonObject{{QStringLiteral("fields"), fields}, {QStringLiteral("c"), m_store.tick()}}));
    LL_TRY(tx.commit());
    return use;
}

Status ScriptLibrary::write(const Script& before, Script& after, bool insert)
{
    Database& db = m_store.db();
    QString clocksText;
    if (!insert) {
        auto clocks = singleText(db, "SELECT clocks FROM script WHERE id = ?", after.id);
        if (!clocks.ok())
            return clocks.error();
        clocksText = clocks.value();
    }
    FieldChanges changes(m_store, clocksText);
    auto note = [&](const char* field, const QJsonValue& oldValue, const QJsonValue& newValue) {
        if (insert || oldValue != newValue)
            changes.set(QLatin1String(field), newValue);
    };
    note("ownerId", before.ownerId, after.ownerId);
    note("category", toCode(before.category), toCode(after.category));
    note("title", before.title, after.title);
    note("body", before.body, after.body);
    note("tags", QJsonArray::fromStringList(before.tags), QJsonArray::fromStringList(after.tags));
    if (changes.isEmpty())
        return {};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    after.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    const QString search =
        library_search::searchText(after.title, {after.tags.join(QLatin1Char(' ')), after.body});
    if (insert) {
        after.createdAt = after.updatedAt;
        Statement& ins =
            db.cached("INSERT INTO script (id, owner_id, category, title, body, tags, search_text, "
                      "created_at, updated_at, clocks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        ins.bind(1, after.id)
            .bind(2, after.ownerId)
            .bind(3, toCode(after.category))
            .bind(4, after.title)
            .bind(5, after.body)
            .bind(6, after.tags.join(QLatin1Char('\n')))
            .bind(7, search)
            .bind(8, now)
            .bind(9, now)
            .bind(10, changes.clocksText());
        LL_TRY(ins.exec());
        after.rowId = db.lastInsertRowId();
    } else {
        Statement& upd =
            db.cached("UPDATE script SET category = ?, title = ?, body = ?, tags = ?, search_text = ?, "
                      "updated_at = ?, clocks = ? WHERE rowid = ?");
        upd.bind(1, toCode(after.category))
            .bind(2, after.title)
            .bind(3, after.body)
            .bind(4, after.tags.join(QLatin1Char('\n')))
            .bind(5, search)
            .bind(6, now)
            .bind(7, changes.clocksText())
            .bind(8, after.rowId);
        LL_TRY(upd.exec());
    }
    return m_store.appendOutbox(QStringLiteral("script"), after.id, QStringLiteral("upsert"),
                                changes.payload());
}

namespace {

void apply(Script& s, const ScriptInput& input)
{
    if (input.title)
        s.title = input.title->trimmed();
    if (input.body)
        s.body = *input.body;
    if (input.tags) {
        s.tags.clear();
        for (const QString& t : *input.tags)
            if (!t.trimmed().isEmpty() && !s.tags.contains(t.trimmed()))
                s.tags << t.trimmed();
    }
}

} // namespace

Result<Script> ScriptLibrary::add(const ScriptInput& input, bool team, const QString& id)
{
    if (team && !m_actor.canEditTeam())
        return makeError(ErrorCode::PermissionDenied,
                         Text::tr("Only managers and admins can add team scripts."));
    if (!team && m_actor.staffId.isEmpty())
        return makeError(ErrorCode::PermissionDenied, Text::tr("Sign in before adding a personal script."));
    Script s;
    s.id = id.isEmpty() ? newId() : id;
    s.ownerId = team ? QString() : m_actor.staffId;
    const QString code = input.category.value_or(QStringLiteral("custom"));
    const auto category = scriptCategoryFromCode(code);
    if (!category)
        return makeError(ErrorCode::InvalidInput, Text::tr("Unknown script category %1 (use one of: %2)")
                                                      .arg(code.left(20), scriptCategoryCodes().join(u", ")));
    s.category = *category;
    apply(s, input);
    LL_TRY(validate(s));
    Transaction tx(m_store.db());
    LL_TRY(tx.beginStatus());
    LL_TRY(write(Script{}, s, true));
    LL_TRY(tx.commit());
    return s;
}

Result<Script> ScriptLibrary::update(const QString& id, const ScriptInput& patch)
{
    Transaction tx(m_store.db());
    LL_TRY(tx.beginStatus());
    auto current = get(id);
    if (!current.ok())
        return current.error();
    if (!m_actor.canEdit(current->ownerId))
        return makeError(ErrorCode::PermissionDenied,
                         current->isTeamScript() ? Text::tr("Team scripts are read-only for guides.")
                                                 : Text::tr("This script belongs to another guide."));
    Script s = current.value();
    if (patch.category) {
        const auto category = scriptCategoryFromCode(*patch.category);
        if (!category)
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("Unknown script category %1 (use one of: %2)")
                                 .arg(patch.category->left(20), scriptCategoryCodes().join(u", ")));
        s.category = *category;
    }
    apply(s, patch);
    LL_TRY(validate(s));
    LL_TRY(write(current.value(), s, false));
    LL_TRY(tx.commit());
    return s;
}

Status ScriptLibrary::remove(const QString& id)
{
    Database& db = m_store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    auto current = get(id);
    if (!current.ok())
        return current.error();
    if (!m_actor.canEdit(current->ownerId))
        return makeError(ErrorCode::PermissionDenied, Text::tr("You cannot delete this script."));
    LL_TRY(markDeleted(m_store, "script", current->rowId, current->id));
    return tx.commit();
}

Result<Script> ScriptLibrary::get(const QString& id)
{
    const QByteArray sql =
        QByteArray("SELECT ") + kColumns +
        " FROM script s WHERE s.id = ? AND s.deleted = 0 AND (s.owner_id = '' OR s.owner_id = ?)";
    Statement& st = m_store.db().cached(sql.constData());
    st.bind(1, id.trimmed().toLower()).bind(2, m_actor.staffId);
    auto row = st.step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::NotFound, Text::tr("No script with id %1").arg(id.left(64)));
    Script s = fromRow(st);
    st.reset();
    return s;
}

Result<QList<Script>> ScriptLibrary::list(const ScriptQuery& query)
{
    QByteArray sql = QByteArray("SELECT ") + kColumns +
                     " FROM script s WHERE s.deleted = 0 AND (s.owner_id = '' OR s.owner_id = ?1) "
                     "AND (?2 = '' OR s.category = ?2) AND (?3 = 0 OR (?3 = 1 AND s.owner_id = '') "
                     "OR (?3 = 2 AND s.owner_id != ''))";
    const QStringList patterns = library_search::likePatterns(query.search);
    for (int i = 0; i < patterns.size(); ++i)
        sql += " AND s.search_text LIKE ?" + QByteArray::number(4 + i) + " ESCAPE '\\'";
    sql += " ORDER BY s.category, s.title, s.id";
    Statement& st = m_store.db().cached(sql.constData());
    st.bind(1, m_actor.staffId).bind(2, query.category.trimmed().toLower()).bind(3, int(query.scope));
    for (int i = 0; i < patterns.size(); ++i)
        st.bind(4 + i, patterns.at(i));
    QList<Script> out;
    while (true) {
        auto row = st.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        out << fromRow(st);
    }
    return out;
}

} // namespace ll

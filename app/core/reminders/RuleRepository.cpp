#include "reminders/RuleRepository.h"

#include "domain/FieldChanges.h"
#include "domain/FieldChecks.h"
#include "domain/ProductRepository.h"
#include "domain/TagRepository.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "store/StoredClocks.h"
#include "store/Tombstone.h"
#include "store/Transaction.h"
#include "util/Ids.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace ll {

namespace {

// Messages of this file, filed under ll::RuleRepository for lupdate and at run time alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::RuleRepository)
};

constexpr int kMaxName = 100;
constexpr int kMaxField = 40;
constexpr int kMaxLeadDays = 365;
constexpr int kMaxDormantDays = 3650;
constexpr int kMaxSlaHours = 24 * 30;
constexpr int kMaxScope = 50;

const char kColumns[] =
    "rowid, id, owner_id, name, kind, lead_days, threshold, product_id, holiday_name, date_field, "
    "yearly, scope_tags, scope_stages, scope_stores, script_id, enabled";

QStringList splitList(const QString& text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

ReminderRule fromRow(const Statement& st)
{
    ReminderRule r;
    r.rowId = st.int64(0);
    r.id = st.text(1);
    r.ownerId = st.text(2);
    r.name = st.text(3);
    r.kind = ruleKindFromCode(st.text(4)).value_or(RuleKind::RunOut);
    r.leadDays = st.integer(5);
    r.threshold = st.integer(6);
    r.productId = st.text(7);
    r.holidayName = st.text(8);
    r.dateField = st.text(9);
    r.yearly = st.integer(10) != 0;
    r.tagIds = splitList(st.text(11));
    r.stages = splitList(st.text(12));
    r.storeIds = splitList(st.text(13));
    r.scriptId = st.text(14);
    r.enabled = st.integer(15) != 0;
    return r;
}

QJsonArray toJson(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

void recordChanges(FieldChanges& changes, const ReminderRule& before, const ReminderRule& after, bool all)
{
    auto note = [&](const char* field, const QJsonValue& oldValue, const QJsonValue& newValue) {
        if (all || oldValue != newValue)
            changes.set(QLatin1String(field), newValue);
    };
    note("ownerId", before.ownerId, after.ownerId);
    note("name", before.name, after.name);
    note("kind", toCode(before.kind), toCode(after.kind));
    note("leadDays", before.leadDays, after.leadDays);
    note("threshold", before.threshold, after.threshold);
    note("productId", before.productId, after.productId);
    note("holidayName", before.holidayName, after.holidayName);
    note("dateField", before.dateField, after.dateField);
    note("yearly", before.yearly, after.yearly);
    note("tagIds", toJson(before.tagIds), toJson(after.tagIds));
    note("stages", toJson(before.stages), toJson(after.stages));
    note("storeIds", toJson(before.storeIds), toJson(after.storeIds));
    note("scriptId", before.scriptId, after.scriptId);
    note("enabled", before.enabled, after.enabled);
}

} // namespace

QString toCode(RuleKind kind)
{
    switch (kind) {
    case RuleKind::RunOut:
        return QStringLiteral("runout");
    case RuleKind::Birthday:
        return QStringLiteral("birthday");
    case RuleKind::Holiday:
        return QStringLiteral("holiday");
    case RuleKind::Dormant:
        return QStringLiteral("dormant");
    case RuleKind::LeadSla:
        return QStringLiteral("lead_sla");
    case RuleKind::CustomDate:
        return QStringLiteral("custom_date");
    case RuleKind::Takeover:
        return QStringLiteral("takeover");
    }
    return {};
}

std::optional<RuleKind> ruleKindFromCode(const QString& code)
{
    for (RuleKind k : {RuleKind::RunOut, RuleKind::Birthday, RuleKind::Holiday, RuleKind::Dormant,
                       RuleKind::LeadSla, RuleKind::CustomDate, RuleKind::Takeover})
        if (toCode(k) == code.trimmed().toLower())
            return k;
    return std::nullopt;
}

QStringList ruleKindCodes()
{
    return {QStringLiteral("runout"),  QStringLiteral("birthday"), QStringLiteral("holiday"),
            QStringLiteral("dormant"), QStringLiteral("lead_sla"), QStringLiteral("custom_date"),
            QStringLiteral("takeover")};
}

RuleRepository::RuleRepository(Store& store, Actor actor)
    : m_store(store)
    , m_actor(std::move(actor))
{}

Status RuleRepository::resolveInput(ReminderRule& rule, const RuleInput& input)
{
    if (input.name)
        rule.name = input.name->trimmed();
    if (input.leadDays)
        rule.leadDays = *input.leadDays;
    if (input.threshold)
        rule.threshold = *input.threshold;
    if (input.productId) {
        rule.productId.clear();
        if (!input.productId->trimmed().isEmpty()) {
            auto product = ProductRepository(m_store).get(*input.productId);
            if (!product.ok())
                return product.error();
            rule.productId = product->id;
        }
    }
    if (input.holidayName)
        rule.holidayName = input.holidayName->trimmed();
    if (input.dateField)
        rule.dateField = input.dateField->trimmed();
    if (input.yearly)
        rule.yearly = *input.yearly;
    if (input.tagIds) {
        rule.tagIds.clear();
        for (const QString& tag : *input.tagIds) {
            auto resolved = TagRepository(m_store).resolve(tag.trimmed());
            if (!resolved.ok())
                return resolved.error();
            if (!rule.tagIds.contains(resolved->id))
                rule.tagIds << resolved->id;
        }
    }
    if (input.stages) {
        rule.stages.clear();
        for (const QString& code : *input.stages) {
            const auto stage = stageFromCode(code.trimmed());
            if (!stage)
                return makeError(ErrorCode::InvalidInput, Text::tr("Unknown stage %1 (use one of: %2)")
                                                              .arg(code.left(20), stageCodes().join(u", ")));
            if (!rule.stages.contains(ll::toCode(*stage)))
                rule.stages << ll::toCode(*stage);
        }
    }
    if (input.storeIds) {
        rule.storeIds.clear();
        for (const QString& storeId : *input.storeIds) {
            const QString id = storeId.trimmed().toLower();
            LL_TRY(checkOptionalId(Text::tr("Store"), id));
            if (!id.isEmpty() && !rule.storeIds.contains(id))
                rule.storeIds << id;
        }
    }
    if (input.scriptId)
        rule.scriptId = input.scriptId->trimmed().toLower();
    if (input.enabled)
        rule.enabled = *input.enabled;
    return {};
}

Status RuleRepository::validate(ReminderRule& rule)
{
    LL_TRY(checkRequiredText(Text::tr("Rule name"), rule.name, kMaxName));
    LL_TRY(checkText(Text::tr("Holiday"), rule.holidayName, kMaxName));
    LL_TRY(checkOptionalId(Text::tr("Suggested script"), rule.scriptId));
    if (rule.leadDays < 0 || rule.leadDays > kMaxLeadDays)
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("Lead days must be 0 to %1, not %2").arg(kMaxLeadDays).arg(rule.leadDays));
    if (rule.tagIds.size() > kMaxScope || rule.storeIds.size() > kMaxScope)
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("A rule can be scoped to at most %1 tags or stores").arg(kMaxScope));
    switch (rule.kind) {
    case RuleKind::Dormant:
        if (rule.threshold < 1 || rule.threshold > kMaxDormantDays)
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("A dormant rule needs 1 to %1 days without contact, not %2")
                                 .arg(kMaxDormantDays)
                                 .arg(rule.threshold));
        break;
    case RuleKind::LeadSla:
        if (rule.threshold < 1 || rule.threshold > kMaxSlaHours)
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("A lead response rule needs 1 to %1 hours, not %2")
                                 .arg(kMaxSlaHours)
                                 .arg(rule.threshold));
        break;
    case RuleKind::CustomDate:
        LL_TRY(checkRequiredText(Text::tr("Date field"), rule.dateField, kMaxField));
        break;
    default:
        rule.threshold = 0;
        break;
    }
    if (rule.kind != RuleKind::RunOut)
        rule.productId.clear();
    if (rule.kind != RuleKind::Holiday)
        rule.holidayName.clear();
    if (rule.kind != RuleKind::CustomDate)
        rule.dateField.clear();
    return {};
}

Result<ReminderRule> RuleRepository::add(const RuleInput& input, bool team, const QString& id)
{
    if (team && !m_actor.canEditTeam())
        return makeError(ErrorCode::PermissionDenied,
                         Text::tr("Only managers and admins can add team rules."));
    if (!team && m_actor.staffId.isEmpty())
        return makeError(ErrorCode::PermissionDenied, Text::tr("Sign in before adding a personal rule."));
    const auto kind = ruleKindFromCode(input.kind.value_or(QString()));
    if (!kind)
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("Unknown rule kind %1 (use one of: %2)")
                             .arg(input.kind.value_or(QString()).left(20), ruleKindCodes().join(u", ")));
    ReminderRule rule;
    rule.id = id.isEmpty() ? newId() : id;
    rule.ownerId = team ? QString() : m_actor.staffId;
    rule.kind = *kind;
    LL_TRY(resolveInput(rule, input));
    LL_TRY(validate(rule));

    Database& db = m_store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    FieldChanges changes(m_store, QString());
    recordChanges(changes, ReminderRule{}, rule, true);
    Statement& ins = db.cached(
        "INSERT INTO reminder_rule (id, owner_id, name, kind, lead_days, threshold, product_id, "
        "holiday_name, "
        "date_field, yearly, scope_tags, scope_stages, scope_stores, script_id, enabled, created_at, clocks) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, rule.id)
        .bind(2, rule.ownerId)
        .bind(3, rule.name)
        .bind(4, toCode(rule.kind))
        .bind(5, rule.leadDays)
        .bind(6, rule.threshold)
        .bind(7, rule.productId)
        .bind(8, rule.holidayName)
        .bind(9, rule.dateField)
        .bind(10, rule.yearly)
        .bind(11, rule.tagIds.join(QLatin1Char(',')))
        .bind(12, rule.stages.join(QLatin1Char(',')))
        .bind(13, rule.storeIds.join(QLatin1Char(',')))
        .bind(14, rule.scriptId)
        .bind(15, rule.enabled)
        .bind(16, QDateTime::currentMSecsSinceEpoch())
        .bind(17, changes.clocksText());
    LL_TRY(ins.exec());
    rule.rowId = db.lastInsertRowId();
    LL_TRY(m_store.appendOutbox(QStringLiteral("reminder_rule"), rule.id, QStringLiteral("upsert"),
                                changes.payload()));
    LL_TRY(tx.commit());
    return rule;
}

Result<ReminderRule> RuleRepository::update(const QString& id, const RuleInput& patch)
{
    Database& db = m_store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    auto current = get(id);
    if (!current.ok())
        return current.error();
    if (!m_actor.canEdit(current->ownerId))
        return makeError(ErrorCode::PermissionDenied,
                         current->isTeamRule()
                             ? Text::tr("Team rules can be changed by managers and admins only.")
                             : Text::tr("This rule belongs to another guide."));
    if (patch.kind && ruleKindFromCode(*patch.kind) != current->kind)
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The kind of a rule cannot change; add a new rule instead."));
    ReminderRule rule = current.value();
    LL_TRY(resolveInput(rule, patch));
    LL_TRY(validate(rule));

    auto storedClocksText = storedClocks(db, "reminder_rule", rule.rowId);
    if (!storedClocksText.ok())
        return storedClocksText.error();
    FieldChanges changes(m_store, storedClocksText.value());
    recordChanges(changes, current.value(), rule, false);
    if (changes.isEmpty()) {
        LL_TRY(tx.commit());
        return rule;
    }
    Statement& upd = db.cached(
        "UPDATE reminder_rule SET name = ?, lead_days = ?, threshold = ?, product_id = ?, holiday_name = ?, "
        "date_field = ?, yearly = ?, scope_tags = ?, scope_stages = ?, scope_stores = ?, script_id = ?, "
        "enabled = ?, "
        "clocks = ? WHERE rowid = ?");
    upd.bind(1, rule.name)
        .bind(2, rule.leadDays)
        .bind(3, rule.threshold)
        .bind(4, rule.productId)
        .bind(5, rule.holidayName)
        .bind(6, rule.dateField)
        .bind(7, rule.yearly)
        .bind(8, rule.tagIds.join(QLatin1Char(',')))
        .bind(9, rule.stages.join(QLatin1Char(',')))
        .bind(10, rule.storeIds.join(QLatin1Char(',')))
        .bind(11, rule.scriptId)
        .bind(12, rule.enabled)
        .bind(13, changes.clocksText())
        .bind(14, rule.rowId);
    LL_TRY(upd.exec());
    LL_TRY(m_store.appendOutbox(QStringLiteral("reminder_rule"), rule.id, QStringLiteral("upsert"),
                                changes.payload()));
    LL_TRY(tx.commit());
    return rule;
}

Status RuleRepository::remove(const QString& id)
{
    Database& db = m_store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    auto current = get(id);
    if (!current.ok())
        return current.error();
    if (!m_actor.canEdit(current->ownerId))
        return makeError(ErrorCode::PermissionDenied, Text::tr("You cannot delete this rule."));
    LL_TRY(markDeleted(m_store, "reminder_rule", current->rowId, current->id));
    return tx.commit();
}

Result<ReminderRule> RuleRepository::get(const QString& id)
{
    const QByteArray sql =
        QByteArray("SELECT ") + kColumns + " FROM reminder_rule WHERE id = ? AND deleted = 0";
    Statement& st = m_store.db().cached(sql.constData());
    st.bind(1, id.trimmed().toLower());
    auto row = st.step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::NotFound, Text::tr("No reminder rule with id %1").arg(id.left(64)));
    ReminderRule rule = fromRow(st);
    st.reset();
    return rule;
}

Result<QList<ReminderRule>> RuleRepository::list(bool includeDisabled)
{
    const QByteArray sql =
        QByteArray("SELECT ") + kColumns +
        " FROM reminder_rule WHERE deleted = 0 AND (enabled = 1 OR ?) ORDER BY kind, name, id";
    Statement& st = m_store.db().cached(sql.constData());
    st.bind(1, includeDisabled);
    QList<ReminderRule> out;
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

#include "domain/FollowUpRepository.h"

#include "domain/ContactRepository.h"
#include "domain/ContactRows.h"
#include "domain/FieldChecks.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "util/Ids.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ll {

namespace {

// Messages of this file, filed under ll::FollowUpRepository for lupdate and at run time alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::FollowUpRepository)
};

constexpr int kMaxOutcome = 100;
constexpr int kMaxNote = 20000;
constexpr int kMaxRefId = 64;
// Laptops' clocks drift; a follow-up a few minutes "in the future" is a clock, not a plan.
constexpr qint64 kFutureSkewMs = 5 * 60 * 1000;

FollowUp fromRow(const Statement& st)
{
    FollowUp f;
    f.rowId = st.int64(0);
    f.id = st.text(1);
    f.contactId = st.text(2);
    f.kind = followUpKindFromCode(st.text(3)).value_or(FollowUpKind::Call);
    f.outcome = st.text(4);
    f.note = st.text(5);
    f.scriptId = st.text(6);
    f.materialId = st.text(7);
    f.staffId = st.text(8);
    f.happenedAt = contact_rows::fromMs(st.int64(9));
    return f;
}

} // namespace

FollowUpRepository::FollowUpRepository(Store& store)
    : m_store(store)
{}

Result<FollowUp> FollowUpRepository::add(const FollowUpInput& input)
{
    const auto kind = followUpKindFromCode(input.kind);
    if (!kind)
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("Unknown follow-up kind %1 (use one of: %2)")
                             .arg(input.kind.left(20), followUpKindCodes().join(u", ")));
    const QString outcome = input.outcome.trimmed();
    LL_TRY(checkText(Text::tr("Outcome"), outcome, kMaxOutcome));
    LL_TRY(checkText(Text::tr("Note"), input.note, kMaxNote, TextShape::MultiLine));
    const QString scriptId = input.scriptId.trimmed();
    const QString materialId = input.materialId.trimmed();
    LL_TRY(checkText(Text::tr("Script"), scriptId, kMaxRefId));
    LL_TRY(checkText(Text::tr("Material"), materialId, kMaxRefId));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QDateTime happenedAt =
        input.happenedAt.isValid() ? input.happenedAt : QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    if (happenedAt.toMSecsSinceEpoch() > now + kFutureSkewMs)
        return makeError(
            ErrorCode::InvalidInput,
            Text::tr("A follow-up cannot happen in the future (%1)").arg(happenedAt.toString(Qt::ISODate)));
    if (happenedAt.date() < QDate(2000, 1, 1))
        return makeError(
            ErrorCode::InvalidInput,
            Text::tr("Follow-up time %1 is implausibly early").arg(happenedAt.toString(Qt::ISODate)));

    Database& db = m_store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    auto contactRow = contact_rows::resolve(db, input.contactId);
    if (!contactRow.ok())
        return contactRow.error();
    auto contact = contact_rows::load(db, contactRow.value());
    if (!contact.ok())
        return contact.error();

    FollowUp f;
    f.id = newId();
    f.contactId = contact->contact.id;
    f.kind = *kind;
    f.outcome = outcome;
    f.note = input.note;
    f.scriptId = scriptId;
    f.materialId = materialId;
    f.staffId = m_store.actorId();
    f.happenedAt = happenedAt.toUTC();
    const QString clock = m_store.tick();

    Statement& ins =
        db.cached("INSERT INTO followup (id, contact_rowid, kind, outcome, note, script_id, material_id, "
                  "staff_id, happened_at, created_clock) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, f.id)
        .bind(2, contactRow.value())
        .bind(3, toCode(f.kind))
        .bind(4, f.outcome)
        .bind(5, f.note)
        .bind(6, f.scriptId)
        .bind(7, f.materialId)
        .bind(8, f.staffId)
        .bind(9, f.happenedAt.toMSecsSinceEpoch())
        .bind(10, clock);
    LL_TRY(ins.exec());
    f.rowId = db.lastInsertRowId();
    const QJsonObject fields{
        {QStringLiteral("contactId"), f.contactId},
        {QStringLiteral("kind"), toCode(f.kind)},
        {QStringLiteral("outcome"), f.outcome},
        {QStringLiteral("note"), f.note},
        {QStringLiteral("scriptId"), f.scriptId},
        {QStringLiteral("materialId"), f.materialId},
        {QStringLiteral("staffId"), f.staffId},
        {QStringLiteral("happenedAt"), f.happenedAt.toMSecsSinceEpoch()},
    };
    LL_TRY(
        m_store.appendOutbox(QStringLiteral("followup"), f.id, QStringLiteral("insert"),
                             QJsonObject{{QStringLiteral("fields"), fields}, {QStringLiteral("c"), clock}}));
    // Only the last-contacted time moves; the stage is the guide's judgement, not a side effect of a call.
    LL_TRY(ContactRepository(m_store).touchLastContacted(contactRow.value(), f.happenedAt));
    LL_TRY(tx.commit());
    return f;
}

Result<QList<FollowUp>> FollowUpRepository::forContact(const QString& contactId, int limit)
{
    Database& db = m_store.db();
    auto contactRow = contact_rows::resolve(db, contactId);
    if (!contactRow.ok())
        return contactRow.error();
    Statement& st =
        db.cached("SELECT f.rowid, f.id, c.id, f.kind, f.outcome, f.note, f.script_id, f.material_id, "
                  "f.staff_id, f.happened_at FROM followup f JOIN contact c ON c.rowid = f.contact_rowid "
                  "WHERE f.contact_rowid = ? AND f.deleted = 0 "
                  "ORDER BY f.happened_at DESC, f.rowid DESC LIMIT ?");
    st.bind(1, contactRow.value()).bind(2, limit > 0 ? limit : -1);
    QList<FollowUp> out;
    while (true) {
        auto next = st.step();
        if (!next.ok())
            return next.error();
        if (!next.value())
            break;
        out << fromRow(st);
    }
    return out;
}

} // namespace ll

#include "library/ContactFields.h"

#include "domain/ContactRows.h"
#include "domain/FieldChecks.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ll {

namespace {

// Messages of this file, filed under ll::ContactFieldRepository for lupdate and at run time alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::ContactFieldRepository)
};

constexpr int kMaxName = 40;
constexpr int kMaxValue = 500;

} // namespace

ContactFieldRepository::ContactFieldRepository(Store& store)
    : m_store(store)
{
}

bool ContactFieldRepository::isValidName(const QString& name)
{
    if (name.isEmpty() || name.size() > kMaxName)
        return false;
    for (QChar ch : name)
        if (!ch.isLetterOrNumber() && ch != QLatin1Char('_'))
            return false;
    return true;
}

Status ContactFieldRepository::set(const QString& contactId, const QString& rawName, const QString& rawValue)
{
    const QString name = rawName.trimmed();
    const QString value = rawValue.trimmed();
    if (!isValidName(name))
        return makeError(
            ErrorCode::InvalidInput,
            Text::tr("Field name %1 must be 1 to %2 letters, digits or _").arg(name.left(50)).arg(kMaxName));
    LL_TRY(checkText(Text::tr("Field value"), value, kMaxValue));
    Database& db = m_store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    auto row = contact_rows::resolve(db, contactId);
    if (!row.ok())
        return row.error();
    auto record = contact_rows::load(db, row.value());
    if (!record.ok())
        return record.error();
    const QString clock = m_store.tick();
    if (value.isEmpty()) {
        Statement& del = db.cached("DELETE FROM contact_field WHERE contact_rowid = ? AND name = ?");
        del.bind(1, row.value()).bind(2, name);
        LL_TRY(del.exec());
    } else {
        Statement& put =
            db.cached("INSERT OR REPLACE INTO contact_field (contact_rowid, name, value, clock) VALUES (?, ?, ?, ?)");
        put.bind(1, row.value()).bind(2, name).bind(3, value).bind(4, clock);
        LL_TRY(put.exec());
    }
    const QJsonObject fields{
        {QStringLiteral("contactId"), QJsonObject{{QStringLiteral("v"), record->contact.id}, {QStringLiteral("c"), clock}}},
        {QStringLiteral("name"), QJsonObject{{QStringLiteral("v"), name}, {QStringLiteral("c"), clock}}},
        {QStringLiteral("value"), QJsonObject{{QStringLiteral("v"), value}, {QStringLiteral("c"), clock}}},
    };
    LL_TRY(m_store.appendOutbox(QStringLiteral("contact_field"), record->contact.id + QLatin1Char('/') + name,
                                QStringLiteral("upsert"), QJsonObject{{QStringLiteral("fields"), fields}}));
    return tx.commit();
}

Result<QMap<QString, QString>> ContactFieldRepository::fieldsOf(const QString& contactId)
{
    auto row = contact_rows::resolve(m_store.db(), contactId);
    if (!row.ok())
        return row.error();
    return fieldsOf(row.value());
}

Result<QMap<QString, QString>> ContactFieldRepository::fieldsOf(qint64 contactRowId)
{
    Statement& st = m_store.db().cached("SELECT name, value FROM contact_field WHERE contact_rowid = ?");
    st.bind(1, contactRowId);
    QMap<QString, QString> out;
    while (true) {
        auto row = st.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        out.insert(st.text(0), st.text(1));
    }
    return out;
}

Result<QStringList> ContactFieldRepository::fieldNames()
{
    Statement& st = m_store.db().cached("SELECT DISTINCT name FROM contact_field ORDER BY name");
    QStringList out;
    while (true) {
        auto row = st.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        out << st.text(0);
    }
    return out;
}

} // namespace ll

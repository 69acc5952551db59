#include "domain/ProductRepository.h"

#include "domain/ContactRows.h"
#include "domain/FieldChanges.h"
#include "domain/FieldChecks.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "util/Ids.h"
#include "util/Today.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ll {

namespace {

// Messages of this file, filed under ll::ProductRepository for lupdate and at run time alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::ProductRepository)
};

constexpr int kMaxSku = 64;
constexpr int kMaxName = 100;
constexpr int kMaxCategory = 64;
constexpr int kMaxCycleDays = 3650;
constexpr int kMaxQuantity = 1'000'000;
constexpr qint64 kMaxAmountCents = 1'000'000'000'000LL;

Product fromRow(const Statement& st)
{
    return Product{st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.integer(5)};
}

Purchase purchaseFromRow(const Statement& st)
{
    Purchase p;
    p.rowId = st.int64(0);
    p.id = st.text(1);
    p.contactId = st.text(2);
    p.productId = st.text(3);
    p.productName = st.text(4);
    p.quantity = st.integer(5);
    p.amountCents = st.int64(6);
    p.purchasedOn = QDate::fromString(st.text(7), Qt::ISODate);
    p.staffId = st.text(8);
    return p;
}

} // namespace

ProductRepository::ProductRepository(Store& store)
    : m_store(store)
{}

Result<Product> ProductRepository::add(const QString& rawSku, const QString& rawName,
                                       const QString& rawCategory, int cycleDays)
{
    static const QRegularExpression skuShape(QStringLiteral("^[A-Za-z0-9_.:/#+-]+$"));
    const QString sku = rawSku.trimmed();
    const QString name = rawName.trimmed();
    const QString category = rawCategory.trimmed();
    LL_TRY(checkRequiredText(Text::tr("SKU"), sku, kMaxSku));
    if (!skuShape.match(sku).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("SKU %1 may contain only letters, digits and _ . : / # + -").arg(sku));
    LL_TRY(checkRequiredText(Text::tr("Product name"), name, kMaxName));
    LL_TRY(checkText(Text::tr("Category"), category, kMaxCategory));
    if (cycleDays < 0 || cycleDays > kMaxCycleDays)
        return makeError(
            ErrorCode::InvalidInput,
            Text::tr("Consumption cycle must be 0 to %1 days, not %2").arg(kMaxCycleDays).arg(cycleDays));

    Database& db = m_store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    Statement& existing = db.cached("SELECT 1 FROM product WHERE sku = ?");
    existing.bind(1, sku);
    auto found = existing.step();
    if (!found.ok())
        return found.error();
    existing.reset();
    if (found.value())
        return makeError(ErrorCode::Conflict, Text::tr("A product with SKU %1 already exists").arg(sku));

    Product p{0, newId(), sku, name, category, cycleDays};
    FieldChanges changes(m_store, QString());
    changes.set(QStringLiteral("sku"), p.sku);
    changes.set(QStringLiteral("name"), p.name);
    changes.set(QStringLiteral("category"), p.category);
    changes.set(QStringLiteral("cycleDays"), p.cycleDays);
    Statement& ins = db.cached(
        "INSERT INTO product (id, sku, name, category, cycle_days, clocks) VALUES (?, ?, ?, ?, ?, ?)");
    ins.bind(1, p.id)
        .bind(2, p.sku)
        .bind(3, p.name)
        .bind(4, p.category)
        .bind(5, p.cycleDays)
        .bind(6, changes.clocksText());
    LL_TRY(ins.exec());
    p.rowId = db.lastInsertRowId();
    LL_TRY(
        m_store.appendOutbox(QStringLiteral("product"), p.id, QStringLiteral("upsert"), changes.payload()));
    LL_TRY(tx.commit());
    return p;
}

Result<Product> ProductRepository::get(const QString& idOrSku)
{
    const QString key = idOrSku.trimmed();
    Statement& st =
        m_store.db().cached("SELECT rowid, id, sku, name, category, cycle_days FROM product "
                            "WHERE (id = ?1 OR sku = ?2) AND deleted = 0 ORDER BY id = ?1 DESC LIMIT 1");
    st.bind(1, key.toLower()).bind(2, key);
    auto found = st.step();
    if (!found.ok())
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, Text::tr("No product with id or SKU %1").arg(key.left(64)));
    Product p = fromRow(st);
    st.reset();
    return p;
}

Result<QList<Product>> ProductRepository::list()
{
    Statement& st = m_store.db().cached("SELECT rowid, id, sku, name, category, cycle_days FROM product "
                                        "WHERE deleted = 0 ORDER BY category, name, sku");
    QList<Product> out;
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

PurchaseRepository::PurchaseRepository(Store& store)
    : m_store(store)
{}

Result<Purchase> PurchaseRepository::add(const PurchaseInput& input)
{
    if (input.quantity < 1 || input.quantity > kMaxQuantity)
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("Quantity must be 1 to %1, not %2").arg(kMaxQuantity).arg(input.quantity));
    if (input.amountCents < 0 || input.amountCents > kMaxAmountCents)
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("Amount %1 is out of range").arg(input.amountCents));
    QDate purchasedOn = storeToday();
    if (!input.purchasedOn.trimmed().isEmpty()) {
        auto date = parseIsoDate(Text::tr("Purchase date"), input.purchasedOn.trimmed());
        if (!date.ok())
            return date.error();
        if (date.value() > latestToday())
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("Purchase date %1 is in the future").arg(input.purchasedOn.trimmed()));
        purchasedOn = date.value();
    }

    Database& db = m_store.db();
    Transaction tx(db);
    LL_TRY(tx.beginStatus());
    auto contactRow = contact_rows::resolve(db, input.contactId);
    if (!contactRow.ok())
        return contactRow.error();
    auto contact = contact_rows::load(db, contactRow.value());
    if (!contact.ok())
        return contact.error();
    auto product = ProductRepository(m_store).get(input.product);
    if (!product.ok())
        return product.error();

    Purchase p;
    p.id = newId();
    p.contactId = contact->contact.id;
    p.productId = product->id;
    p.productName = product->name;
    p.quantity = input.quantity;
    p.amountCents = input.amountCents;
    p.purchasedOn = purchasedOn;
    p.staffId = m_store.actorId();
    const QString clock = m_store.tick();
    Statement& ins =
        db.cached("INSERT INTO purchase (id, contact_rowid, product_rowid, quantity, amount_cents, "
                  "purchased_on, staff_id, created_clock) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, p.id)
        .bind(2, contactRow.value())
        .bind(3, product->rowId)
        .bind(4, p.quantity)
        .bind(5, p.amountCents)
        .bind(6, p.purchasedOn.toString(Qt::ISODate))
        .bind(7, p.staffId)
        .bind(8, clock);
    LL_TRY(ins.exec());
    p.rowId = db.lastInsertRowId();
    const QJsonObject fields{
        {QStringLiteral("contactId"), p.contactId},
        {QStringLiteral("productId"), p.productId},
        {QStringLiteral("quantity"), p.quantity},
        {QStringLiteral("amountCents"), p.amountCents},
        {QStringLiteral("purchasedOn"), p.purchasedOn.toString(Qt::ISODate)},
        {QStringLiteral("staffId"), p.staffId},
    };
    LL_TRY(
        m_store.appendOutbox(QStringLiteral("purchase"), p.id, QStringLiteral("insert"),
                             QJsonObject{{QStringLiteral("fields"), fields}, {QStringLiteral("c"), clock}}));

    // Buying makes a lead or prospect a customer; loyal, dormant and lost are the guide's call.
    Contact c = contact->contact;
    if (c.stage == Stage::Lead || c.stage == Stage::Prospect) {
        c.stage = Stage::Customer;
        c.updatedAt = QDateTime::currentDateTimeUtc();
        FieldChanges changes(m_store, contact->clocks);
        changes.set(QStringLiteral("stage"), toCode(c.stage));
        LL_TRY(contact_rows::update(db, c, changes.clocksText()));
        LL_TRY(m_store.appendOutbox(QStringLiteral("contact"), c.id, QStringLiteral("upsert"),
                                    changes.payload()));
    }
    LL_TRY(tx.commit());
    return p;
}

Result<QList<Purchase>> PurchaseRepository::forContact(const QString& contactId)
{
    Database& db = m_store.db();
    auto contactRow = contact_rows::resolve(db, contactId);
    if (!contactRow.ok())
        return contactRow.error();
    Statement& st = db.cached("SELECT p.rowid, p.id, c.id, pr.id, pr.name, p.quantity, p.amount_cents, "
                              "p.purchased_on, p.staff_id FROM purchase p "
                              "JOIN contact c ON c.rowid = p.contact_rowid "
                              "JOIN product pr ON pr.rowid = p.product_rowid "
                              "WHERE p.contact_rowid = ? AND p.deleted = 0 "
                              "ORDER BY p.purchased_on DESC, p.rowid DESC");
    st.bind(1, contactRow.value());
    QList<Purchase> out;
    while (true) {
        auto next = st.step();
        if (!next.ok())
            return next.error();
        if (!next.value())
            break;
        out << purchaseFromRow(st);
    }
    return out;
}

} // namespace ll

#include "DomainTestSupport.h"

#include "domain/ContactRepository.h"
#include "domain/ProductRepository.h"
#include "util/Today.h"

using namespace ll;
using namespace ll::test;

class TestProductRepository : public QObject
{
    Q_OBJECT

private:
    static Contact addContact(Store& store, const QString& stage)
    {
        ContactInput in;
        in.name = QStringLiteral("顾客");
        in.stage = stage;
        return ContactRepository(store).add(in).value();
    }

private slots:
    void addedProductIsFoundBySkuAndIdAndListed()
    {
        TempStore s;
        ProductRepository repo(*s);
        const qint64 mark = s.lastMutation();
        auto oil =
            repo.add(QStringLiteral("AROMA-01"), QStringLiteral("薰衣草精油"), QStringLiteral("香薰"), 90);
        QVERIFY2(oil.ok(), qPrintable(oil.message()));
        QVERIFY(
            repo.add(QStringLiteral("CREAM-02"), QStringLiteral("面霜"), QStringLiteral("护肤"), 60).ok());
        for (const QString& key : {QStringLiteral("AROMA-01"), oil->id}) {
            auto got = repo.get(key);
            QVERIFY2(got.ok(), qPrintable(got.message()));
            QCOMPARE(got->id, oil->id);
            QCOMPARE(got->sku, QStringLiteral("AROMA-01"));
            QCOMPARE(got->name, QStringLiteral("薰衣草精油"));
            QCOMPARE(got->category, QStringLiteral("香薰"));
            QCOMPARE(got->cycleDays, 90);
        }
        QCOMPARE(repo.list()->size(), 2);
        QCOMPARE(repo.get(QStringLiteral("NOPE")).code(), ErrorCode::NotFound);
        const auto entries = s.outboxAfter(mark);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].entity, QStringLiteral("product"));
        QCOMPARE(entries[0].op, QStringLiteral("upsert"));
        QCOMPARE(fieldNames(entries[0]), (QStringList{"category", "cycleDays", "name", "sku"}));
    }

    void duplicateSkuIsAConflict()
    {
        TempStore s;
        ProductRepository repo(*s);
        QVERIFY(repo.add(QStringLiteral("AROMA-01"), QStringLiteral("精油"), {}, 90).ok());
        const auto before = s.footprint();
        auto again = repo.add(QStringLiteral(" AROMA-01 "), QStringLiteral("另一个"), {}, 30);
        QCOMPARE(again.code(), ErrorCode::Conflict);
        QVERIFY(again.message().contains(QStringLiteral("AROMA-01")));
        QCOMPARE(s.footprint(), before);
    }

    void badProductsAreRejected()
    {
        TempStore s;
        ProductRepository repo(*s);
        const auto before = s.footprint();
        QCOMPARE(repo.add(QString(), QStringLiteral("精油"), {}, 0).code(), ErrorCode::InvalidInput);
        QCOMPARE(repo.add(QStringLiteral("A B"), QStringLiteral("精油"), {}, 0).code(),
                 ErrorCode::InvalidInput);
        QCOMPARE(repo.add(QStringLiteral("A1"), QString(), {}, 0).code(), ErrorCode::InvalidInput);
        QCOMPARE(repo.add(QStringLiteral("A1"), QStringLiteral("精油"), {}, -1).code(),
                 ErrorCode::InvalidInput);
        QCOMPARE(repo.add(QStringLiteral("A1"), QStringLiteral("精油"), {}, 3651).code(),
                 ErrorCode::InvalidInput);
        QCOMPARE(repo.add(QString(65, QLatin1Char('A')), QStringLiteral("精油"), {}, 1).code(),
                 ErrorCode::InvalidInput);
        QCOMPARE(s.footprint(), before);
    }

    void purchaseMovesLeadAndProspectToCustomer_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("after");
        QTest::newRow("lead") << "lead"
                              << "customer";
        QTest::newRow("prospect") << "prospect"
                                  << "customer";
        QTest::newRow("customer") << "customer"
                                  << "customer";
        QTest::newRow("loyal") << "loyal"
                               << "loyal";
        QTest::newRow("dormant") << "dormant"
                                 << "dormant";
    }

    void purchaseMovesLeadAndProspectToCustomer()
    {
        QFETCH(QString, stage);
        QFETCH(QString, after);
        TempStore s;
        QVERIFY(ProductRepository(*s).add(QStringLiteral("AROMA-01"), QStringLiteral("精油"), {}, 90).ok());
        const Contact c = addContact(*s, stage);
        const qint64 mark = s.lastMutation();
        PurchaseInput buy;
        buy.contactId = c.id;
        buy.product = QStringLiteral("AROMA-01");
        buy.quantity = 2;
        buy.amountCents = 39800;
        buy.purchasedOn = QStringLiteral("2024-03-01");
        auto bought = PurchaseRepository(*s).add(buy);
        QVERIFY2(bought.ok(), qPrintable(bought.message()));
        QCOMPARE(toCode(ContactRepository(*s).get(c.id)->stage), after);
        const auto entries = s.outboxAfter(mark);
        QCOMPARE(entries.size(), stage == after ? 1 : 2);
        QCOMPARE(entries[0].entity, QStringLiteral("purchase"));
        QCOMPARE(entries[0].op, QStringLiteral("insert"));
        QCOMPARE(entries[0].payload["fields"]["purchasedOn"].toString(), QStringLiteral("2024-03-01"));
        QCOMPARE(entries[0].payload["fields"]["quantity"].toInt(), 2);
        if (stage != after)
            QCOMPARE(fieldNames(entries[1]), QStringList{"stage"});
    }

    void purchasesAreListedNewestFirstWithProductNames()
    {
        TempStore s;
        ProductRepository products(*s);
        PurchaseRepository purchases(*s);
        const QString oil = products.add(QStringLiteral("AROMA-01"), QStringLiteral("精油"), {}, 90)->id;
        QVERIFY(products.add(QStringLiteral("CREAM-02"), QStringLiteral("面霜"), {}, 60).ok());
        const Contact c = addContact(*s, QStringLiteral("lead"));
        PurchaseInput buy;
        buy.contactId = c.id;
        buy.product = oil;
        buy.purchasedOn = QStringLiteral("2024-01-05");
        QVERIFY(purchases.add(buy).ok());
        buy.product = QStringLiteral("CREAM-02");
        buy.purchasedOn = QString(); // today
        QVERIFY(purchases.add(buy).ok());
        auto listed = purchases.forContact(c.id);
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->at(0).productName, QStringLiteral("面霜"));
        QCOMPARE(listed->at(0).purchasedOn,
                 storeToday()); // the store's day (Asia/Shanghai), whatever the machine's zone
        QCOMPARE(listed->at(1).productId, oil);
        QCOMPARE(listed->at(1).purchasedOn, QDate(2024, 1, 5));
        QCOMPARE(listed->at(1).contactId, c.id);
    }

    void badPurchasesAreRejectedAndWriteNothing()
    {
        TempStore s;
        QVERIFY(ProductRepository(*s).add(QStringLiteral("AROMA-01"), QStringLiteral("精油"), {}, 90).ok());
        const Contact c = addContact(*s, QStringLiteral("lead"));
        PurchaseRepository purchases(*s);
        const auto before = s.footprint();
        PurchaseInput buy;
        buy.contactId = c.id;
        buy.product = QStringLiteral("AROMA-01");
        PurchaseInput bad = buy;
        bad.quantity = 0;
        QCOMPARE(purchases.add(bad).code(), ErrorCode::InvalidInput);
        bad = buy;
        bad.amountCents = -1;
        QCOMPARE(purchases.add(bad).code(), ErrorCode::InvalidInput);
        bad = buy;
        bad.purchasedOn = latestToday().addDays(1).toString(Qt::ISODate);
        QCOMPARE(purchases.add(bad).code(), ErrorCode::InvalidInput);
        bad = buy;
        bad.purchasedOn = QStringLiteral("2024-13-01");
        QCOMPARE(purchases.add(bad).code(), ErrorCode::InvalidInput);
        bad = buy;
        bad.product = QStringLiteral("NOPE");
        QCOMPARE(purchases.add(bad).code(), ErrorCode::NotFound);
        bad = buy;
        bad.contactId = QStringLiteral("3f2b8c1e-0000-4000-8000-000000000042");
        QCOMPARE(purchases.add(bad).code(), ErrorCode::NotFound);
        QCOMPARE(s.footprint(), before);
        QCOMPARE(ContactRepository(*s).get(c.id)->stage, Stage::Lead);
    }
};

QTEST_GUILESS_MAIN(TestProductRepository)
#include "TestProductRepository.moc"

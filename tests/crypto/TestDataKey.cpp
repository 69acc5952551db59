#include "crypto/DataKey.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace ll;

class TestDataKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generateGivesDistinctFullLengthKeys()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 1000; ++i) {
            const DataKey key = DataKey::generate();
            QVERIFY(key.isValid());
            QCOMPARE(key.size(), DataKey::Size);
            seen.insert(QByteArray(reinterpret_cast<const char*>(key.data()), qsizetype(key.size())));
        }
        QCOMPARE(seen.size(), 1000);
    }

    void defaultConstructedKeyIsInvalid()
    {
        const DataKey key;
        QVERIFY(!key.isValid());
        QVERIFY(key.sqlcipherRawKey().isEmpty());
    }

    void sqlcipherRawKeyIsQuotedLowercaseHexWithoutNul()
    {
        unsigned char bytes[DataKey::Size];
        for (size_t i = 0; i < DataKey::Size; ++i)
            bytes[i] = static_cast<unsigned char>(0xA0 + i * 3);
        const DataKey key = DataKey::fromBytes(bytes, sizeof bytes).value();
        const SecretBytes raw = key.sqlcipherRawKey();
        QCOMPARE(raw.size(), size_t(67));
        const QByteArray text(reinterpret_cast<const char*>(raw.data()), qsizetype(raw.size()));
        QVERIFY(!text.contains('\0'));
        QCOMPARE(text, "x'" + QByteArray(reinterpret_cast<const char*>(bytes), sizeof bytes).toHex() + "'");
        QVERIFY(QRegularExpression(QStringLiteral("^x'[0-9a-f]{64}'$"))
                    .match(QString::fromLatin1(text))
                    .hasMatch());
    }

    void fromBytesAcceptsOnlyThirtyTwoBytes()
    {
        const unsigned char bytes[33] = {};
        QCOMPARE(DataKey::fromBytes(bytes, 31).code(), ErrorCode::InvalidInput);
        QCOMPARE(DataKey::fromBytes(bytes, 33).code(), ErrorCode::InvalidInput);
        QCOMPARE(DataKey::fromBytes(nullptr, 32).code(), ErrorCode::InvalidInput);
        QVERIFY(DataKey::fromBytes(bytes, 32).ok());
    }

    void copiesAreEqualAndIndependent()
    {
        const DataKey a = DataKey::generate();
        DataKey b = a;
        QVERIFY(b == a);
        QVERIFY(b.data() != a.data()); // a deep copy, each in its own locked allocation
        DataKey moved = std::move(b);
        QVERIFY(moved == a);
        QVERIFY(!(DataKey::generate() == a));
    }

    void secretBytesMoveLeavesSourceEmpty()
    {
        SecretBytes a(16);
        QCOMPARE(a.size(), size_t(16));
        for (size_t i = 0; i < a.size(); ++i)
            QCOMPARE(a.data()[i], static_cast<unsigned char>(0)); // zeroed, not sodium's 0xdb fill
        SecretBytes b(std::move(a));
        QVERIFY(a.isEmpty());
        QVERIFY(a.data() == nullptr);
        QCOMPARE(b.size(), size_t(16));
        QVERIFY(SecretBytes().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDataKey)
#include "TestDataKey.moc"

// ContactBulkWriter::update (a lead merged into an existing contact) writes its clocks and its `upsert`
// payload itself instead of through FieldChanges and QJsonDocument, and its UPDATE with OR FAIL: the stored
// text must be byte for byte what ContactRepository::update stores, fresh clock values aside.
#include "ImporterTestSupport.h"
#include "crypto/DataKey.h"
#include "domain/ContactBulkWriter.h"
#include "domain/ContactRepository.h"
#include "domain/OrgRepository.h"
#include "search/ContactSearchIndex.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ll;

namespace {

// Every HLC this device made, replaced by one placeholder: the two paths stamp at different instants.
QString withoutClockValues(const Store& store, QString text)
{
    static const QString placeholder = QStringLiteral("<clock>");
    const QRegularExpression clock(QStringLiteral("[0-9]+-[0-9a-f]+-") +
                                   QRegularExpression::escape(store.deviceId()));
    return text.replace(clock, placeholder);
}

QStringList cells(Store& store, const char* sql, const QVariant& key)
{
    return test::queryRows(store, sql, key,
                           [&store](const QString& text) { return withoutClockValues(store, text); });
}

// The outbox rows of a contact as stored: op and payload text.
QStringList outbox(Store& store, const QString& contactId)
{
    return cells(store, "SELECT op, payload FROM outbox WHERE record_id = ? ORDER BY mutation_id", contactId);
}

QStringList columns(Store& store, qint64 rowId)
{
    return cells(
        store,
        "SELECT owner_id, store_id, name, nickname, wechat_id, gender, birthday, city, source, stage, "
        "intent, points, notes, last_contacted_at, merged_into, deleted, clocks FROM contact "
        "WHERE rowid = ?",
        rowId);
}

} // namespace

class TestContactBulkEdit : public QObject
{
    Q_OBJECT

private slots:
    // Each edit is applied to one contact by the repository and to its twin by the writer.
    void editsStoreTheRepositorysTextByteForByte()
    {
        QTemporaryDir dir;
        auto opened = Store::open(dir.path(), DataKey::generate(), true);
        QVERIFY(opened.ok());
        Store& store = *opened.value();
        OrgRepository org(store);
        QVERIFY(org.setOrg(QStringLiteral("留量零售")).ok());
        const QString shopA = org.addStore(QStringLiteral("南京西路店"), QStringLiteral("上海")).value().id;
        const QString shopB = org.addStore(QStringLiteral("西湖店"), QStringLiteral("杭州")).value().id;
        const QString guideA =
            org.addStaff(QStringLiteral("王导购"), QStringLiteral("guide"), shopA).value().id;
        const QString guideB =
            org.addStaff(QStringLiteral("李导购"), QStringLiteral("guide"), shopB).value().id;
        QVERIFY(store.setActorId(guideA).ok());

        ContactRepository repo(store);
        ContactInput in;
        in.name = QStringLiteral("张丽");
        in.phones = QStringList{QStringLiteral("13800138000")};
        in.notes = QStringLiteral("第一行 \"引号\" \\ 反斜杠\t制表");
        const Contact byRepository = repo.add(in).value();
        const Contact byWriter = repo.add(in).value();
        // A clocks text the way an older build or a sync may have left it: out of order, a field missing,
        // a damaged entry. Both paths must normalise it the same way.
        const char* setClocks = "UPDATE contact SET clocks = ? WHERE rowid = ?";
        for (const qint64 rowId : {byRepository.rowId, byWriter.rowId}) {
            Statement st(store.db(), setClocks);
            st.bind(1, QStringLiteral("notes=0001-0-x;name=0002-0-x;junk;=0003-0-x;city=0004-0-x"))
                .bind(2, rowId);
            QVERIFY(st.exec().ok());
        }

        QList<ContactInput> edits;
        ContactInput all; // every field a patch can set, several without a clock before
        all.name = QStringLiteral("张丽丽");
        all.nickname = QStringLiteral("丽丽");
        all.wechatId = QStringLiteral("zhangli_88");
        all.gender = QStringLiteral("female");
        all.birthday = QStringLiteral("1990-05-17");
        all.city = QStringLiteral("上海");
        all.source = QStringLiteral("抖音");
        all.stage = QStringLiteral("prospect");
        all.intent = 2;
        all.points = 987'654'321LL;
        all.notes = QStringLiteral("第一行 \"引号\" \\ 反斜杠\t制表\n第二行 😀 emoji");
        all.ownerId = guideB;
        all.storeId = shopB;
        edits << all;
        ContactInput merge; // what the lead import does: a history line and a higher intent
        merge.notes = *all.notes + QStringLiteral("\n【线索导入】来源:美团 · 意向:高");
        merge.intent = 3;
        edits << merge;
        ContactInput phonesOnly; // no field changes: the clocks text is still rewritten
        phonesOnly.addPhones = QStringList{QStringLiteral("13900139000")};
        edits << phonesOnly;
        ContactInput cleared;
        cleared.birthday = QString();
        cleared.nickname = QString();
        cleared.intent = 0;
        edits << cleared;

        ContactBulkWriter writer(store);
        for (const ContactInput& edit : edits) {
            auto viaRepository = repo.update(byRepository.id, edit);
            QVERIFY2(viaRepository.ok(), qPrintable(viaRepository.message()));
            Transaction tx(store.db());
            QVERIFY(tx.beginStatus().ok());
            auto viaWriter = writer.update(contact_rows::load(store.db(), byWriter.rowId).value(), edit);
            QVERIFY2(viaWriter.ok(), qPrintable(viaWriter.message()));
            QVERIFY(viaWriter.value());
            QVERIFY(writer.flush().ok());
            QVERIFY(tx.commit().ok());

            QCOMPARE(columns(store, byWriter.rowId), columns(store, byRepository.rowId));
            QCOMPARE(outbox(store, byWriter.id), outbox(store, byRepository.id));
        }
        QVERIFY(outbox(store, byWriter.id).last().contains(QStringLiteral("\"b\":\"<clock>\"")));
        const char* phones =
            "SELECT kind, digits, present, added_at FROM contact_phone WHERE contact_rowid = ? "
            "ORDER BY digits";
        QCOMPARE(cells(store, phones, byWriter.rowId), cells(store, phones, byRepository.rowId));
        const char* tokens = "SELECT tokens FROM contact_fts WHERE docid = ?";
        QCOMPARE(cells(store, tokens, byWriter.rowId), cells(store, tokens, byRepository.rowId));
        QCOMPARE(store.meta(QStringLiteral("clock_last")).value(), store.clock().last());
    }

    // Merges into one contact one after another in a batch: its search entry is that of its last state.
    void repeatedEditsOfOneContactIndexTheLastState()
    {
        QTemporaryDir dir;
        auto opened = Store::open(dir.path(), DataKey::generate(), true);
        QVERIFY(opened.ok());
        Store& store = *opened.value();
        ContactRepository repo(store);
        ContactInput in;
        in.name = QStringLiteral("王芳");
        const Contact first = repo.add(in).value();
        in.name = QStringLiteral("李静");
        const Contact second = repo.add(in).value();

        ContactBulkWriter writer(store);
        Transaction tx(store.db());
        QVERIFY(tx.beginStatus().ok());
        const QStringList cities{QStringLiteral("杭州"), QStringLiteral("南京"), QStringLiteral("成都")};
        for (const QString& city : cities) {
            ContactInput patch;
            patch.city = city;
            QVERIFY(writer.update(contact_rows::load(store.db(), first.rowId).value(), patch).value());
        }
        ContactInput other;
        other.city = QStringLiteral("深圳");
        QVERIFY(writer.update(contact_rows::load(store.db(), second.rowId).value(), other).value());
        ContactInput back;
        back.nickname = QStringLiteral("芳芳");
        QVERIFY(writer.update(contact_rows::load(store.db(), first.rowId).value(), back).value());
        QVERIFY(writer.flush().ok());
        QVERIFY(tx.commit().ok());

        const char* tokens = "SELECT tokens FROM contact_fts WHERE docid = ?";
        const QString firstTokens = cells(store, tokens, first.rowId).value(0);
        QVERIFY(firstTokens.contains(QStringLiteral("成都")));
        QVERIFY(firstTokens.contains(QStringLiteral("芳芳")));
        QVERIFY(!firstTokens.contains(QStringLiteral("杭州")));
        QVERIFY(cells(store, tokens, second.rowId).value(0).contains(QStringLiteral("深圳")));
        // The same tokens as the index computes from the stored row.
        QVERIFY(ContactSearchIndex(store.db()).reindex(first.rowId).ok());
        QCOMPARE(cells(store, tokens, first.rowId).value(0), firstTokens);
    }
};

QTEST_GUILESS_MAIN(TestContactBulkEdit)
#include "TestContactBulkEdit.moc"

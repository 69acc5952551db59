// The `create` outbox row (a new contact's fields and phones at one clock, written by the lead import's
// ContactBulkWriter): it must become exactly the upsert that the `upsert` row plus one `add` row per phone
// it replaces became, hold back pulled changes of its fields and phones while pending, and carry imported
// contacts through the real server to a second device.
#include "MergedWire.h"
#include "ServerHarness.h"
#include "SyncTestDevice.h"
#include "domain/ContactBulkWriter.h"
#include "engine/ChangeApplier.h"
#include "engine/OutboxReader.h"
#include "importer/LeadImporter.h"
#include "store/FieldClocks.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ll;

namespace {

const QString kContact = QStringLiteral("contact");

// A contact as the import writes it, in its own transaction.
Result<BulkAddedContact> importedContact(Store& store, const ContactInput& in)
{
    ContactBulkWriter writer(store);
    Transaction tx(store.db());
    LL_TRY(tx.beginStatus());
    auto added = writer.add(in);
    if (!added.ok())
        return added.error();
    LL_TRY(writer.flush());
    LL_TRY(tx.commit());
    return added;
}

ContactInput lead()
{
    ContactInput in;
    in.name = QStringLiteral("张丽");
    in.nickname = QStringLiteral("丽丽");
    in.wechatId = QStringLiteral("zhangli_88");
    in.phones = QStringList{QStringLiteral("13800138000"), QStringLiteral("021-62345678")};
    in.city = QStringLiteral("上海");
    in.source = QStringLiteral("抖音");
    in.stage = QStringLiteral("lead");
    in.intent = 2;
    in.notes = QStringLiteral("【线索导入】来源:抖音 \"引号\"\n第二行");
    return in;
}

QList<sync::OutboxRow> outboxOf(Store& store, const QString& recordId)
{
    QList<sync::OutboxRow> out;
    for (const sync::OutboxRow& row : sync::OutboxReader(store.db()).read(0, 1'000'000).value())
        if (row.recordId == recordId)
            out << row;
    return out;
}

// The rows the writer wrote before `create` existed, from a `create` row: an `upsert` with every field at
// the row's clock, then one `add` per phone at that clock.
Status appendOldRows(Store& store, const QString& recordId, const QJsonObject& create)
{
    const QJsonValue clock = create.value(QStringLiteral("c"));
    QJsonObject fields;
    const QJsonObject plain = create.value(QStringLiteral("fields")).toObject();
    for (auto it = plain.begin(); it != plain.end(); ++it)
        fields.insert(it.key(), QJsonObject{{QStringLiteral("v"), it.value()}, {QStringLiteral("c"), clock}});
    LL_TRY(store.appendOutbox(kContact, recordId, QStringLiteral("upsert"),
                              QJsonObject{{QStringLiteral("fields"), fields}}));
    const QJsonArray phones =
        create.value(QStringLiteral("sets")).toObject().value(QStringLiteral("phones")).toArray();
    for (const QJsonValue element : phones)
        LL_TRY(store.appendOutbox(kContact, recordId, QStringLiteral("add"),
                                  QJsonObject{{QStringLiteral("set"), QStringLiteral("phones")},
                                              {QStringLiteral("element"), element},
                                              {QStringLiteral("c"), clock}}));
    return {};
}

sync::Translation translated(const QString& op, const QJsonObject& payload)
{
    sync::OutboxRow row;
    row.mutationId = 1;
    row.entity = kContact;
    row.recordId = QStringLiteral("00000000-0000-4000-8000-000000000001");
    row.op = op;
    row.payload = payload;
    return sync::OutboxReader::translate(row);
}

Hlc remoteClock(int step)
{
    // An hour ahead: newer than anything this device wrote.
    static const qint64 base = QDateTime::currentMSecsSinceEpoch() + 3'600'000;
    return Hlc::make(base + step, 0, QStringLiteral("remote")).value();
}

bool phonePresent(SyncTestDevice& d, const QString& contactId, const QString& element)
{
    Statement st(d.store().db(),
                 "SELECT count(*) FROM contact_phone p JOIN contact c ON c.rowid = p.contact_rowid "
                 "WHERE c.id = ? AND p.present = 1 AND p.digits = ?");
    st.bind(1, contactId).bind(2, element);
    return st.step().value() && st.int64(0) == 1;
}

} // namespace

class TestCreateOutboxRow : public QObject
{
    Q_OBJECT

private:
    ServerHarness m_server;
    QString m_org;
    QString m_store;

    sync::ServerConfig config() const
    {
        return {QStringLiteral("https://127.0.0.1:%1").arg(m_server.port()), m_server.caPath(), QString()};
    }

    bool loggedIn(SyncTestDevice& d, const ServerHarness::Staff& who)
    {
        return d.createAndLogIn(config(), who.username, who.password);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.init());
        QVERIFY(m_server.start() >= 0);
        m_org = m_server.createOrg(QStringLiteral("Org"));
        QVERIFY(!m_org.isEmpty());
        m_store = m_server.createStore(m_org, QStringLiteral("Store"));
        QVERIFY(!m_store.isEmpty());
    }

    // One `create` row, and on the wire exactly the old rows' mutations merged: every field and phone at c.
    void createIsTheOldRowsMerged()
    {
        SyncTestDevice d;
        QVERIFY(d.create());
        auto added = importedContact(d.store(), lead());
        QVERIFY2(added.ok(), qPrintable(added.message()));
        const QList<sync::OutboxRow> rows = outboxOf(d.store(), added->id);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().op, QStringLiteral("create"));
        const QJsonObject& payload = rows.first().payload;
        QCOMPARE(payload.value(QStringLiteral("fields")).toObject().size(), 15);
        QCOMPARE(payload.value(QStringLiteral("fields")).toObject().value(QStringLiteral("notes")),
                 QJsonValue(lead().notes.value()));

        const QString oldId = QStringLiteral("00000000-0000-4000-8000-0000000000a1");
        QVERIFY(appendOldRows(d.store(), oldId, payload).ok());
        QCOMPARE(outboxOf(d.store(), oldId).size(), 3);

        QJsonObject viaCreate = merged_wire::of(d.store().db(), kContact, added->id);
        QJsonObject viaOldRows = merged_wire::of(d.store().db(), kContact, oldId);
        QVERIFY2(!viaCreate.contains(QStringLiteral("error")),
                 qPrintable(viaCreate.value(QStringLiteral("error")).toString()));
        viaCreate.remove(QStringLiteral("recordId"));
        viaOldRows.remove(QStringLiteral("recordId"));
        QCOMPARE(QJsonDocument(viaCreate).toJson(), QJsonDocument(viaOldRows).toJson());

        // The create row alone is that one mutation, clocks included.
        const sync::Translation t = sync::OutboxReader::translate(rows.first());
        QCOMPARE(int(t.kind), int(sync::Translation::Kind::Push));
        QJsonObject wire = t.mutation.toJson();
        wire.remove(QStringLiteral("mutationId"));
        wire.remove(QStringLiteral("recordId"));
        QCOMPARE(QJsonDocument(wire).toJson(), QJsonDocument(viaCreate).toJson());
        const QString clock = payload.value(QStringLiteral("c")).toString();
        QCOMPARE(t.mutation.hlc.toString(), clock);
        // The row's clocks text is what FieldClocks writes for one clock on every field: the clock once.
        const QString clocksText = d.text("SELECT clocks FROM contact WHERE id = ?", added->id);
        QCOMPARE(clocksText, FieldClocks::parse(clocksText).serialize());
        QCOMPARE(clocksText.count(clock), 1);
        QCOMPARE(FieldClocks::parse(clocksText).all().size(), 15);
        QCOMPARE(FieldClocks::parse(clocksText).get(QStringLiteral("wechatId")), clock);
        QCOMPARE(t.mutation.sets.value(QStringLiteral("phones")).size(), 2);
        for (const SetElement& e : t.mutation.sets.value(QStringLiteral("phones")))
            QCOMPARE(e.added->toString(), clock);
        QVERIFY(!t.mutation.fields.contains(QStringLiteral("storeId"))); // the server sets it
        QCOMPARE(t.mutation.fields.size(), 14);
        for (const FieldValue& f : t.mutation.fields)
            QCOMPARE(f.hlc.toString(), clock);
    }

    void createRowsThatCannotBeSent()
    {
        const QString clock = QStringLiteral("000001732540000123-002a-laptop_1");
        // No phones: fields only.
        auto t = translated(
            QStringLiteral("create"),
            {{QStringLiteral("c"), clock},
             {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), QStringLiteral("李雷")}}}});
        QCOMPARE(int(t.kind), int(sync::Translation::Kind::Push));
        QVERIFY(t.mutation.sets.isEmpty());
        QCOMPARE(t.mutation.fields.value(QStringLiteral("name")).value, QJsonValue(QStringLiteral("李雷")));
        // Only fields the wire leaves out: nothing to send (as the old upsert row of such fields).
        t = translated(
            QStringLiteral("create"),
            {{QStringLiteral("c"), clock},
             {QStringLiteral("fields"), QJsonObject{{QStringLiteral("storeId"), QStringLiteral("x")}}}});
        QCOMPARE(int(t.kind), int(sync::Translation::Kind::Drop));
        // A bad clock, an unknown set, a phone the protocol refuses: final local rejections.
        t = translated(
            QStringLiteral("create"),
            {{QStringLiteral("c"), QStringLiteral("yesterday")},
             {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), QStringLiteral("李雷")}}}});
        QCOMPARE(int(t.kind), int(sync::Translation::Kind::Invalid));
        t = translated(QStringLiteral("create"),
                       {{QStringLiteral("c"), clock},
                        {QStringLiteral("sets"),
                         QJsonObject{{QStringLiteral("pets"), QJsonArray{QStringLiteral("cat")}}}}});
        QCOMPARE(int(t.kind), int(sync::Translation::Kind::Invalid));
        t = translated(QStringLiteral("create"),
                       {{QStringLiteral("c"), clock},
                        {QStringLiteral("sets"), QJsonObject{{QStringLiteral("phones"),
                                                              QJsonArray{QStringLiteral("not a phone")}}}}});
        QCOMPARE(int(t.kind), int(sync::Translation::Kind::Invalid));
    }

    // While the `create` row waits in the outbox, a pulled change does not overwrite the contact's fields
    // or take back its phones (as with the old rows); phones it adds are added.
    void aPendingCreateHoldsBackPulledChanges()
    {
        SyncTestDevice d;
        QVERIFY(d.create());
        auto added = importedContact(d.store(), lead());
        QVERIFY2(added.ok(), qPrintable(added.message()));
        const QString mine = QStringLiteral("13800138000");
        QVERIFY(phonePresent(d, added->id, mine));

        Change c;
        c.seq = 1;
        c.entity = kContact;
        c.recordId = added->id;
        c.state.fields.insert(QStringLiteral("name"), FieldValue{QStringLiteral("别人改的"), remoteClock(1)});
        c.state.fields.insert(QStringLiteral("city"), FieldValue{QStringLiteral("北京"), remoteClock(1)});
        auto& phones = c.state.sets[QStringLiteral("phones")];
        phones.insert(mine, SetElement{remoteClock(0), remoteClock(1)}); // removed there
        phones.insert(QStringLiteral("13900139000"), SetElement{remoteClock(1), std::nullopt});
        PullResponse page;
        page.changes = {c};
        page.nextCursor = 1;
        auto applied = sync::ChangeApplier(d.store()).applyPage(page);
        QVERIFY2(applied.ok(), qPrintable(applied.message()));

        QCOMPARE(d.text("SELECT name FROM contact WHERE id = ?", added->id), QStringLiteral("张丽"));
        QCOMPARE(d.text("SELECT city FROM contact WHERE id = ?", added->id), QStringLiteral("上海"));
        QVERIFY(phonePresent(d, added->id, mine));
        QVERIFY(phonePresent(d, added->id, QStringLiteral("13900139000")));
    }

    // Leads imported on one device reach the guide's other device through the real server: every field
    // with the import's clock, every phone.
    void importedContactsSyncToAnotherDevice()
    {
        const auto guide =
            m_server.createStaff(m_org, m_store, QStringLiteral("importer"), QStringLiteral("guide"));
        SyncTestDevice a, b;
        QVERIFY(loggedIn(a, guide));
        QVERIFY(loggedIn(b, guide));

        // Three leads; the third row is the first person again (same WeChat ID) with another mobile, which
        // is merged into the new contact in the same import.
        const QString path = a.dir.filePath(QStringLiteral("leads.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("客户姓名,手机号,微信号,线索来源,所在城市,意向等级,留资时间,备注\n"
                                  "王芳,13800138001,wangfang_1,抖音,上海,高,2026-11-20 10:00,想了解面霜\n"
                                  "李娜,13800138002,,小红书,杭州,中,2026-11-21 11:00,\n"
                                  "王芳,13900139001,wangfang_1,抖音,上海,高,2026-11-22 12:00,第二次留资\n")
                       .toUtf8());
        file.close();
        auto report = LeadImporter(a.store()).importFile(path, LeadImportOptions());
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QCOMPARE(report->newContacts, 2);
        QCOMPARE(report->mergedDuplicates, 1);
        QCOMPARE(a.scalar("SELECT count(*) FROM outbox WHERE op = 'create'"), 2);

        QVERIFY(a.synced());
        QCOMPARE(a.scalar("SELECT count(*) FROM sync_rejection"), 0);
        QCOMPARE(a.store().pendingOutboxCount().value(), 0);
        QVERIFY(b.synced());

        const QString wang = a.text("SELECT id FROM contact WHERE name = '王芳'");
        const QString li = a.text("SELECT id FROM contact WHERE name = '李娜'");
        for (const QString& id : {wang, li}) {
            for (const char* column :
                 {"name", "wechat_id", "source", "city", "stage", "intent", "notes", "owner_id"}) {
                const QByteArray sql = QByteArray("SELECT ") + column + " FROM contact WHERE id = ?";
                QCOMPARE(b.text(sql.constData(), id), a.text(sql.constData(), id));
            }
            // The clock each field got on A is the one B stores.
            const FieldClocks onA = FieldClocks::parse(a.text("SELECT clocks FROM contact WHERE id = ?", id));
            const FieldClocks onB = FieldClocks::parse(b.text("SELECT clocks FROM contact WHERE id = ?", id));
            for (const char* field : {"name", "city", "notes", "intent", "wechatId"})
                QCOMPARE(onB.get(QLatin1String(field)), onA.get(QLatin1String(field)));
        }
        QCOMPARE(b.text("SELECT city FROM contact WHERE id = ?", li), QStringLiteral("杭州"));
        QVERIFY(
            b.text("SELECT notes FROM contact WHERE id = ?", wang).contains(QStringLiteral("第二次留资")));
        QVERIFY(phonePresent(b, wang, QStringLiteral("13800138001")));
        QVERIFY(phonePresent(b, wang, QStringLiteral("13900139001")));
        QVERIFY(phonePresent(b, li, QStringLiteral("13800138002")));
        QCOMPARE(b.scalar("SELECT count(*) FROM contact_phone WHERE present = 1"), 3);
    }
};

QTEST_GUILESS_MAIN(TestCreateOutboxRow)
#include "TestCreateOutboxRow.moc"

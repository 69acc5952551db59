// ContactBulkWriter (the lead import's writer for new contacts) must store exactly what
// ContactRepository::add stores: the same columns, phones, search tokens and outbox mutations.
#include "ImporterTestSupport.h"
#include "MergedWire.h"
#include "crypto/DataKey.h"
#include "domain/ContactBulkWriter.h"
#include "domain/ContactRepository.h"
#include "domain/OrgRepository.h"
#include "store/FieldClocks.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "util/Ids.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ll;

namespace {

QStringList rows(Store& store, const char* sql, qint64 rowId)
{
    return test::queryRows(store, sql, rowId);
}

// A payload without its clocks, which are fresh for every edit.
QJsonValue withoutClocks(const QJsonValue& v)
{
    if (v.isObject()) {
        QJsonObject o;
        const QJsonObject in = v.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            if (it.key() != QLatin1String("c") && it.key() != QLatin1String("b"))
                o.insert(it.key(), withoutClocks(it.value()));
        return o;
    }
    return v;
}

QStringList outbox(Store& store, const QString& contactId)
{
    Statement st(store.db(), "SELECT op, payload FROM outbox WHERE record_id = ? ORDER BY mutation_id");
    st.bind(1, contactId);
    QStringList out;
    while (st.step().value())
        out << st.text(0) + QLatin1Char(' ') +
                   QString::fromUtf8(
                       QJsonDocument(
                           withoutClocks(QJsonDocument::fromJson(st.text(1).toUtf8()).object()).toObject())
                           .toJson(QJsonDocument::Compact));
    return out;
}

} // namespace

class TestContactBulkWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesWhatTheRepositoryWrites()
    {
        QTemporaryDir dir;
        auto opened = Store::open(dir.path(), DataKey::generate(), true);
        QVERIFY(opened.ok());
        Store& store = *opened.value();
        OrgRepository org(store);
        QVERIFY(org.setOrg(QStringLiteral("留量零售")).ok());
        const QString storeId = org.addStore(QStringLiteral("南京西路店"), QStringLiteral("上海")).value().id;
        const QString guide =
            org.addStaff(QStringLiteral("王导购"), QStringLiteral("guide"), storeId).value().id;
        QVERIFY(store.setActorId(guide).ok());

        ContactInput in;
        in.name = QStringLiteral("张丽");
        in.nickname = QStringLiteral("丽丽");
        in.wechatId = QStringLiteral("zhangli_88");
        in.phones = QStringList{QStringLiteral("13800138000"), QStringLiteral("021-62345678"),
                                QStringLiteral("138 0013 8000")};
        in.city = QStringLiteral("上海");
        in.source = QStringLiteral("抖音");
        in.stage = QStringLiteral("lead");
        in.intent = 2;
        in.notes = QStringLiteral("【线索导入】来源:抖音");
        in.ownerId = guide;
        in.storeId = storeId;

        auto viaRepository = ContactRepository(store).add(in);
        QVERIFY2(viaRepository.ok(), qPrintable(viaRepository.message()));
        ContactBulkWriter writer(store);
        const qint64 createdAt = 1'760'000'000'000;
        Transaction tx(store.db());
        QVERIFY(tx.beginStatus().ok());
        auto bulk = writer.add(in, createdAt);
        QVERIFY2(bulk.ok(), qPrintable(bulk.message()));
        QCOMPARE(writer.pendingCount(), 1);
        QVERIFY(writer.flushSearchIndex().ok());
        QVERIFY(tx.commit().ok());

        const char* columns =
            "SELECT owner_id, store_id, name, nickname, wechat_id, gender, birthday, city, source, "
            "stage, intent, points, notes, last_contacted_at, merged_into, deleted, "
            "length(clocks) > 0 FROM contact WHERE rowid = ?";
        QCOMPARE(rows(store, columns, bulk->rowId), rows(store, columns, viaRepository->rowId));
        QCOMPARE(rows(store, "SELECT created_at FROM contact WHERE rowid = ?", bulk->rowId),
                 QStringList{QString::number(createdAt)});
        const char* phones =
            "SELECT kind, digits, present FROM contact_phone WHERE contact_rowid = ? ORDER BY digits";
        QCOMPARE(rows(store, phones, bulk->rowId), rows(store, phones, viaRepository->rowId));
        QCOMPARE(rows(store, phones, bulk->rowId).size(), 2);
        const char* tokens = "SELECT tokens FROM contact_fts WHERE docid = ?";
        QCOMPARE(rows(store, tokens, bulk->rowId), rows(store, tokens, viaRepository->rowId));
        QCOMPARE(rows(store, tokens, bulk->rowId).size(), 1);
        // The repository writes an `upsert` and one `add` per phone, the writer one `create` row: on the
        // wire they are the same upsert (their clocks aside).
        const QString contact = QStringLiteral("contact");
        QJsonObject viaWriterWire = merged_wire::of(store.db(), contact, bulk->id, false);
        QJsonObject viaRepositoryWire = merged_wire::of(store.db(), contact, viaRepository->id, false);
        viaWriterWire.remove(QStringLiteral("recordId"));
        viaRepositoryWire.remove(QStringLiteral("recordId"));
        QCOMPARE(QJsonDocument(viaWriterWire).toJson(), QJsonDocument(viaRepositoryWire).toJson());
        QCOMPARE(viaWriterWire.value(QStringLiteral("sets"))
                     .toObject()
                     .value(QStringLiteral("phones"))
                     .toObject()
                     .size(),
                 2);
        QCOMPARE(viaWriterWire.value(QStringLiteral("fields"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toObject()
                     .value(QStringLiteral("value")),
                 QJsonValue(QStringLiteral("张丽")));
        QCOMPARE(merged_wire::rowCount(store.db(), contact, bulk->id), 1); // one `create` row
        QCOMPARE(outbox(store, viaRepository->id).size(), 3); // the contact, then one add per phone
    }

    // A new record is written at one instant: its fields and its phones share one clock, and the clock is
    // saved (meta clock_last) once, when the batch is flushed.
    void aNewContactHasOneClock()
    {
        QTemporaryDir dir;
        auto opened = Store::open(dir.path(), DataKey::generate(), true);
        QVERIFY(opened.ok());
        Store& store = *opened.value();
        ContactInput in;
        in.name = QStringLiteral("李雷");
        in.phones = QStringList{QStringLiteral("13800138000"), QStringLiteral("13900139000")};
        const QString clockBefore = store.meta(QStringLiteral("clock_last")).value();

        ContactBulkWriter writer(store);
        Transaction tx(store.db());
        QVERIFY(tx.beginStatus().ok());
        auto added = writer.add(in);
        QVERIFY2(added.ok(), qPrintable(added.message()));
        QCOMPARE(store.meta(QStringLiteral("clock_last")).value(), clockBefore); // not yet
        QVERIFY(writer.flush().ok());
        QVERIFY(tx.commit().ok());
        QCOMPARE(store.meta(QStringLiteral("clock_last")).value(), store.clock().last());

        QSet<QString> clocks;
        Statement fields(store.db(), "SELECT clocks FROM contact WHERE rowid = ?");
        fields.bind(1, added->rowId);
        QVERIFY(fields.step().value());
        const FieldClocks stored = FieldClocks::parse(fields.text(0));
        for (const QString& clock : stored.all())
            clocks << clock;
        QCOMPARE(stored.all().size(), 15);
        fields.reset();
        for (const QString& added_at :
             rows(store, "SELECT added_at FROM contact_phone WHERE contact_rowid = ?", added->rowId))
            clocks << added_at;
        Statement payloads(store.db(),
                           "SELECT op, payload FROM outbox WHERE record_id = ? ORDER BY mutation_id");
        payloads.bind(1, added->id);
        int mutations = 0;
        while (payloads.step().value()) {
            ++mutations;
            const QJsonObject payload = QJsonDocument::fromJson(payloads.text(1).toUtf8()).object();
            if (payloads.text(0) == QLatin1String("add") || payloads.text(0) == QLatin1String("create")) {
                clocks << payload.value(QStringLiteral("c")).toString();
                continue;
            }
            const QJsonObject fieldsOut = payload.value(QStringLiteral("fields")).toObject();
            for (auto it = fieldsOut.begin(); it != fieldsOut.end(); ++it)
                clocks << it.value().toObject().value(QStringLiteral("c")).toString();
        }
        QCOMPARE(mutations, 1); // one `create` row: the fields and both phones
        QCOMPARE(clocks.size(), 1);
        QVERIFY(!clocks.begin()->isEmpty());
        QVERIFY(*clocks.begin() <= store.clock().last());
    }

    void editsAsTheRepositoryEdits()
    {
        QTemporaryDir dir;
        auto opened = Store::open(dir.path(), DataKey::generate(), true);
        QVERIFY(opened.ok());
        Store& store = *opened.value();
        ContactRepository repo(store);
        ContactInput in;
        in.name = QStringLiteral("王芳");
        in.phones = QStringList{QStringLiteral("13800138000")};
        in.notes = QStringLiteral("第一行");
        const Contact viaRepository = repo.add(in).value();
        const Contact viaWriter = repo.add(in).value();

        ContactInput patch;
        patch.city = QStringLiteral("北京");
        patch.intent = 3;
        patch.notes = QStringLiteral("第一行\n第二行");
        patch.addPhones = QStringList{QStringLiteral("13900139000"), QStringLiteral("13800138000")};
        QVERIFY(repo.update(viaRepository.id, patch).ok());

        ContactBulkWriter writer(store);
        Transaction tx(store.db());
        QVERIFY(tx.beginStatus().ok());
        auto current = contact_rows::load(store.db(), viaWriter.rowId);
        QVERIFY(current.ok());
        auto edited = writer.update(current.value(), patch);
        QVERIFY2(edited.ok(), qPrintable(edited.message()));
        QVERIFY(edited.value());
        // Nothing left to change: no write, no mutation.
        auto again = writer.update(contact_rows::load(store.db(), viaWriter.rowId).value(), patch);
        QVERIFY(again.ok());
        QVERIFY(!again.value());
        QVERIFY(writer.flush().ok());
        QVERIFY(tx.commit().ok());

        const char* columns = "SELECT owner_id, store_id, name, nickname, wechat_id, city, source, stage, "
                              "intent, notes, deleted FROM contact WHERE rowid = ?";
        QCOMPARE(rows(store, columns, viaWriter.rowId), rows(store, columns, viaRepository.rowId));
        const char* phones =
            "SELECT kind, digits, present FROM contact_phone WHERE contact_rowid = ? ORDER BY digits";
        QCOMPARE(rows(store, phones, viaWriter.rowId), rows(store, phones, viaRepository.rowId));
        const char* tokens = "SELECT tokens FROM contact_fts WHERE docid = ?";
        QCOMPARE(rows(store, tokens, viaWriter.rowId), rows(store, tokens, viaRepository.rowId));
        QVERIFY(rows(store, tokens, viaWriter.rowId).first().contains(QStringLiteral("13900139000")));
        QCOMPARE(outbox(store, viaWriter.id), outbox(store, viaRepository.id));
        QCOMPARE(outbox(store, viaWriter.id).size(), 4); // add: contact + phone; edit: contact + phone
        QCOMPARE(store.meta(QStringLiteral("clock_last")).value(), store.clock().last());
    }

    void aRejectedEditWritesNothing()
    {
        QTemporaryDir dir;
        auto opened = Store::open(dir.path(), DataKey::generate(), true);
        QVERIFY(opened.ok());
        Store& store = *opened.value();
        ContactInput in;
        in.name = QStringLiteral("号码多");
        QStringList phones;
        for (int i = 0; i < ContactLimits::Phones; ++i)
            phones << QStringLiteral("1380013800%1").arg(i);
        in.phones = phones;
        const Contact c = ContactRepository(store).add(in).value();
        const int mutations = store.pendingOutboxCount().value();
        ContactBulkWriter writer(store);
        ContactInput patch;
        patch.city = QStringLiteral("北京");
        patch.addPhones = QStringList{QStringLiteral("13900139000")};
        QCOMPARE(writer.update(contact_rows::load(store.db(), c.rowId).value(), patch).code(),
                 ErrorCode::InvalidInput);
        QCOMPARE(writer.pendingCount(), 0);
        QCOMPARE(store.pendingOutboxCount().value(), mutations);
        QCOMPARE(rows(store, "SELECT city FROM contact WHERE rowid = ?", c.rowId), QStringList{QString()});
    }

    // New contacts get time-ordered (v7) ids, so a bulk import appends to the id indexes; they must stay
    // valid record ids (lowercase 8-4-4-4-12) and unique, and ascend in the order they were made.
    void newIdsAreAscendingUuids()
    {
        QTemporaryDir dir;
        auto opened = Store::open(dir.path(), DataKey::generate(), true);
        QVERIFY(opened.ok());
        Store& store = *opened.value();
        ContactBulkWriter writer(store);
        Transaction tx(store.db());
        QVERIFY(tx.beginStatus().ok());
        QStringList ids;
        const QRegularExpression canonical(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < 6000; ++i) {
            ContactInput in;
            in.name = QStringLiteral("客户%1").arg(i);
            auto added = writer.add(in);
            QVERIFY2(added.ok(), qPrintable(added.message()));
            QVERIFY2(canonical.match(added->id).hasMatch(), qPrintable(added->id));
            QVERIFY(isValidId(added->id));
            if (!ids.isEmpty())
                QVERIFY2(ids.last() < added->id, qPrintable(ids.last() + QLatin1String(" / ") + added->id));
            ids << added->id;
        }
        QVERIFY(writer.flush().ok());
        QVERIFY(tx.commit().ok());
        // The first 48 bits are the Unix time in milliseconds.
        const qint64 firstMs = QStringView(ids.first()).left(8).toLongLong(nullptr, 16) << 16 |
                               QStringView(ids.first()).mid(9, 4).toLongLong(nullptr, 16);
        QVERIFY(firstMs >= before);
        QVERIFY(firstMs <= QDateTime::currentMSecsSinceEpoch());
    }

    void rejectsBeforeWritingAnything()
    {
        QTemporaryDir dir;
        auto opened = Store::open(dir.path(), DataKey::generate(), true);
        QVERIFY(opened.ok());
        Store& store = *opened.value();
        ContactBulkWriter writer(store);
        ContactInput in;
        in.name = QStringLiteral("李娜");
        in.ownerId = QStringLiteral("00000000-0000-4000-8000-00000000dead");
        QCOMPARE(writer.add(in).code(), ErrorCode::NotFound);
        ContactInput empty;
        QCOMPARE(writer.add(empty).code(), ErrorCode::InvalidInput);
        QCOMPARE(writer.pendingCount(), 0);
        QCOMPARE(rows(store, "SELECT count(*) FROM contact WHERE rowid > ?", 0),
                 QStringList{QStringLiteral("0")});
        QCOMPARE(store.pendingOutboxCount().value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestContactBulkWriter)
#include "TestContactBulkWriter.moc"

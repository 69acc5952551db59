#include "DomainTestSupport.h"

#include "domain/ContactRepository.h"
#include "domain/FollowUpRepository.h"
#include "domain/ProductRepository.h"
#include "domain/TagRepository.h"

using namespace ll;
using namespace ll::test;

class TestContactMerge : public QObject
{
    Q_OBJECT

private:
    static Contact addContact(Store& store, const QString& name, const QStringList& phones,
                              const QString& wechat = {})
    {
        ContactInput in;
        in.name = name;
        in.phones = phones;
        in.wechatId = wechat;
        auto added = ContactRepository(store).add(in);
        if (!added.ok())
            qFatal("add: %s", qPrintable(added.message()));
        return added.value();
    }

    static QStringList idsOf(const Result<QList<Contact>>& contacts)
    {
        QStringList ids;
        for (const Contact& c : contacts.value())
            ids << c.id;
        return ids;
    }

private slots:
    void duplicatesOfFindsSameMobileInAnySpelling()
    {
        TempStore s;
        ContactRepository repo(*s);
        const Contact a = addContact(*s, QStringLiteral("张三"), {QStringLiteral("13800138000")});
        const Contact b =
            addContact(*s, QStringLiteral("張三 (直播)"), {QStringLiteral("+86 138 0013 8000")});
        addContact(*s, QStringLiteral("李四"), {QStringLiteral("13912345678")});
        QCOMPARE(idsOf(repo.duplicatesOf(a.id)), QStringList{b.id});
        QCOMPARE(idsOf(repo.duplicatesOf(b.id)), QStringList{a.id});
    }

    void duplicatesOfFindsSameWechatId()
    {
        TempStore s;
        ContactRepository repo(*s);
        const Contact a = addContact(*s, QStringLiteral("王五"), {}, QStringLiteral("wangwu_88"));
        const Contact b = addContact(*s, QStringLiteral("小王"), {}, QStringLiteral("wangwu_88"));
        const Contact c = addContact(*s, QStringLiteral("王五五"), {}, QStringLiteral("wangwu_99"));
        QCOMPARE(idsOf(repo.duplicatesOf(a.id)), QStringList{b.id});
        QCOMPARE(repo.duplicatesOf(c.id)->size(), 0);
    }

    void duplicatesOfIgnoresSharedLandlineAndEmptyWechat()
    {
        TempStore s;
        ContactRepository repo(*s);
        const Contact a = addContact(*s, QStringLiteral("前台甲"), {QStringLiteral("010-62345678")});
        addContact(*s, QStringLiteral("前台乙"), {QStringLiteral("(010) 6234 5678")});
        QCOMPARE(repo.duplicatesOf(a.id)->size(), 0); // a landline is shared by an office
        QCOMPARE(s.scalar("SELECT count(DISTINCT digits) FROM contact_phone"), 1);
    }

    void duplicatesOfIgnoresDeletedAndRemovedPhones()
    {
        TempStore s;
        ContactRepository repo(*s);
        const Contact a = addContact(*s, QStringLiteral("张三"), {QStringLiteral("13800138000")});
        const Contact b = addContact(*s, QStringLiteral("张三"), {QStringLiteral("13800138000")});
        const Contact c = addContact(*s, QStringLiteral("张三"), {QStringLiteral("13800138000")});
        QVERIFY(repo.remove(b.id).ok());
        ContactInput patch;
        patch.phones = QStringList{};
        patch.wechatId = QStringLiteral("zs");
        QVERIFY(repo.update(c.id, patch).ok());
        QCOMPARE(repo.duplicatesOf(a.id)->size(), 0);
    }

    void mergeKeepsUnionOfTagsPhonesFollowUpsPurchasesAndNotes()
    {
        TempStore s;
        ContactRepository repo(*s);
        TagRepository tags(*s);
        FollowUpRepository followUps(*s);
        PurchaseRepository purchases(*s);

        ContactInput keepIn;
        keepIn.name = QStringLiteral("张三");
        keepIn.phones = QStringList{QStringLiteral("13800138000")};
        keepIn.notes = QStringLiteral("门店登记：喜欢瑜伽");
        keepIn.points = 100;
        keepIn.stage = QStringLiteral("lead");
        auto keep = repo.add(keepIn);
        ContactInput goneIn;
        goneIn.name = QStringLiteral("张先生");
        goneIn.nickname = QStringLiteral("Sunny");
        goneIn.wechatId = QStringLiteral("zhangsan_live");
        goneIn.city = QStringLiteral("杭州");
        goneIn.birthday = QStringLiteral("1988-08-08");
        goneIn.phones = QStringList{QStringLiteral("+86 138 0013 8000"), QStringLiteral("13912345678")};
        goneIn.notes = QStringLiteral("直播线索：问过香薰");
        goneIn.points = 50;
        goneIn.intent = 3;
        auto gone = repo.add(goneIn);
        QVERIFY(keep.ok() && gone.ok());

        const QString yoga = tags.addTag(QStringLiteral("兴趣"), QStringLiteral("瑜伽"))->id;
        const QString aroma = tags.addTag(QStringLiteral("兴趣"), QStringLiteral("香薰"))->id;
        QVERIFY(tags.tagContact(keep->id, yoga).ok());
        QVERIFY(tags.tagContact(gone->id, yoga).ok());
        QVERIFY(tags.tagContact(gone->id, aroma).ok());

        FollowUpInput call;
        call.contactId = gone->id;
        call.kind = QStringLiteral("call");
        call.note = QStringLiteral("直播后回访");
        call.happenedAt = QDateTime::currentDateTimeUtc().addDays(-1);
        auto followUp = followUps.add(call);
        QVERIFY(followUp.ok());
        auto product =
            ProductRepository(*s).add(QStringLiteral("AROMA-01"), QStringLiteral("香薰精油"), {}, 90);
        QVERIFY(product.ok());
        PurchaseInput buy;
        buy.contactId = gone->id;
        buy.product = QStringLiteral("AROMA-01");
        buy.amountCents = 19900;
        auto purchase = purchases.add(buy);
        QVERIFY(purchase.ok());

        QCOMPARE(idsOf(repo.duplicatesOf(keep->id)), QStringList{gone->id});
        const qint64 mark = s.lastMutation();
        auto merged = repo.merge(keep->id, gone->id);
        QVERIFY2(merged.ok(), qPrintable(merged.message()));
        const Contact& c = merged.value();

        QCOMPARE(c.id, keep->id);
        QCOMPARE(c.name, QStringLiteral("张三"));      // kept contact's own values win
        QCOMPARE(c.nickname, QStringLiteral("Sunny")); // empty fields are filled
        QCOMPARE(c.wechatId, QStringLiteral("zhangsan_live"));
        QCOMPARE(c.city, QStringLiteral("杭州"));
        QCOMPARE(c.birthday, QDate(1988, 8, 8));
        QCOMPARE(c.notes, QStringLiteral("门店登记：喜欢瑜伽\n\n直播线索：问过香薰"));
        QCOMPARE(c.points, 150);
        QCOMPARE(c.intent, 3);
        QCOMPARE(c.stage, Stage::Customer); // the merged one bought something
        QCOMPARE(c.lastContactedAt, followUp->happenedAt);
        QStringList phones;
        for (const PhoneNumber& p : c.phones)
            phones << p.digits();
        QCOMPARE(phones, (QStringList{"13800138000", "13912345678"}));
        QStringList tagNames;
        const QList<Tag> kept = tags.tagsOf(c.id).value();
        for (const Tag& t : kept)
            tagNames << t.name;
        std::sort(tagNames.begin(), tagNames.end());
        QCOMPARE(tagNames, (QStringList{"瑜伽", "香薰"}));
        QCOMPARE(followUps.forContact(c.id)->size(), 1);
        QCOMPARE(followUps.forContact(c.id)->first().id, followUp->id);
        QCOMPARE(purchases.forContact(c.id)->size(), 1);
        QCOMPARE(purchases.forContact(c.id)->first().id, purchase->id);

        // The merged record is a tombstone that says where it went.
        auto lookup = repo.get(gone->id);
        QCOMPARE(lookup.code(), ErrorCode::NotFound);
        QVERIFY(lookup.message().contains(keep->id));
        QCOMPARE(s.text("SELECT merged_into FROM contact WHERE id = ?", gone->id), keep->id);
        QCOMPARE(repo.duplicatesOf(keep->id)->size(), 0);

        // Search finds the kept contact by what only the merged one had, and never the tombstone.
        ContactQuery q;
        q.search = QStringLiteral("13912345678");
        auto found = repo.list(q);
        QCOMPARE(idsOf(found), QStringList{keep->id});
        q.search = QStringLiteral("香薰");
        QCOMPARE(idsOf(repo.list(q)), QStringList{keep->id});
        q.search = QStringLiteral("张先生");
        QCOMPARE(repo.list(q)->size(), 0);

        // Outbox: kept upsert, phone add, tag add, follow-up and purchase moves, tombstone upsert + delete.
        QStringList ops;
        for (const OutboxEntry& e : s.outboxAfter(mark)) {
            QString op = e.entity + QLatin1Char(':') + e.op;
            if (e.op == QLatin1String("add"))
                op += QLatin1Char(':') + e.payload.value("set").toString();
            if (e.entity == QLatin1String("contact"))
                op += QLatin1Char(':') +
                      (e.recordId == keep->id ? QStringLiteral("keep") : QStringLiteral("gone"));
            if (e.op == QLatin1String("move"))
                QCOMPARE(e.payload.value("contactId").toString(), keep->id);
            ops << op;
        }
        QCOMPARE(ops, (QStringList{"contact:upsert:keep", "contact:add:phones:keep", "contact:add:tags:keep",
                                   "followup:move", "purchase:move", "contact:upsert:gone",
                                   "contact:delete:gone"}));
        const auto entries = s.outboxAfter(mark);
        QCOMPARE(fieldNames(entries[0]), (QStringList{"birthday", "city", "intent", "lastContactedAt",
                                                      "nickname", "notes", "points", "stage", "wechatId"}));
        QCOMPARE(fieldNames(entries[5]), QStringList{"mergedInto"});
    }

    void mergeRejectsSelfUnknownAndDeletedAndWritesNothing()
    {
        TempStore s;
        ContactRepository repo(*s);
        const Contact a = addContact(*s, QStringLiteral("甲"), {});
        const Contact b = addContact(*s, QStringLiteral("乙"), {});
        const Contact c = addContact(*s, QStringLiteral("丙"), {});
        QVERIFY(repo.remove(c.id).ok());
        const auto before = s.footprint();
        QCOMPARE(repo.merge(a.id, a.id).code(), ErrorCode::InvalidInput);
        QCOMPARE(repo.merge(a.id, QStringLiteral("3f2b8c1e-0000-4000-8000-000000000042")).code(),
                 ErrorCode::NotFound);
        QCOMPARE(repo.merge(a.id, c.id).code(), ErrorCode::NotFound);
        QCOMPARE(repo.merge(c.id, b.id).code(), ErrorCode::NotFound);
        QCOMPARE(s.footprint(), before);
    }

    void mergeWhoseNotesWouldBeTooLongWritesNothing()
    {
        TempStore s;
        ContactRepository repo(*s);
        ContactInput in;
        in.name = QStringLiteral("甲");
        in.notes = QString(15000, QLatin1Char('a'));
        auto a = repo.add(in);
        in.name = QStringLiteral("乙");
        in.notes = QString(15000, QLatin1Char('b'));
        in.phones = QStringList{QStringLiteral("13800138000")};
        auto b = repo.add(in);
        const auto before = s.footprint();
        auto merged = repo.merge(a->id, b->id);
        QCOMPARE(merged.code(), ErrorCode::InvalidInput);
        QCOMPARE(s.footprint(), before);
    }

    void failureDuringMergeRollsBackEverything()
    {
        TempStore s;
        ContactRepository repo(*s);
        TagRepository tags(*s);
        const Contact a = addContact(*s, QStringLiteral("甲"), {QStringLiteral("13800138000")});
        const Contact b = addContact(*s, QStringLiteral("乙"), {QStringLiteral("13912345678")});
        QVERIFY(tags.tagContact(b.id, tags.addTag({}, QStringLiteral("T"))->id).ok());
        // Fails the last step (the tombstone), after phones, tags and the kept row were written.
        QVERIFY(s->db()
                    .exec("CREATE TEMP TRIGGER fail_tombstone BEFORE UPDATE OF merged_into ON contact "
                          "WHEN NEW.merged_into != '' BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
                    .ok());
        const auto before = s.footprint();
        QVERIFY(!repo.merge(a.id, b.id).ok());
        QCOMPARE(s.footprint(), before);
        QCOMPARE(repo.get(a.id)->phones.size(), 1);
        QCOMPARE(tags.tagsOf(a.id)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestContactMerge)
#include "TestContactMerge.moc"

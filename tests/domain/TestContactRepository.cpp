#include "DomainTestSupport.h"

#include "domain/ContactRepository.h"
#include "domain/OrgRepository.h"
#include "store/FieldClocks.h"
#include "util/Today.h"

#include <QJsonArray>

using namespace ll;
using namespace ll::test;

class TestContactRepository : public QObject
{
    Q_OBJECT

private:
    static ContactInput fullInput()
    {
        ContactInput in;
        in.name = QStringLiteral("张三");
        in.nickname = QStringLiteral("Sunny小张");
        in.wechatId = QStringLiteral("zhang_san88");
        in.phones = QStringList{QStringLiteral("+86 138-0013-8000"), QStringLiteral("010-62345678")};
        in.gender = QStringLiteral("女");
        in.birthday = QStringLiteral("1990-02-28");
        in.city = QStringLiteral("北京");
        in.source = QStringLiteral("live_stream");
        in.stage = QStringLiteral("prospect");
        in.intent = 2;
        in.points = 1200;
        in.notes = QStringLiteral("喜欢瑜伽\n周末有空");
        return in;
    }

private slots:
    void addThenGetRoundTripsEveryField()
    {
        TempStore s;
        OrgRepository org(*s);
        QVERIFY(org.setOrg(QStringLiteral("留量零售")).ok());
        auto shop = org.addStore(QStringLiteral("朝阳店"), QStringLiteral("北京"));
        QVERIFY2(shop.ok(), qPrintable(shop.message()));
        auto guide = org.addStaff(QStringLiteral("王导购"), QStringLiteral("guide"), shop->id);
        QVERIFY2(guide.ok(), qPrintable(guide.message()));

        ContactRepository repo(*s);
        ContactInput in = fullInput();
        in.ownerId = guide->id;
        in.storeId = shop->id;
        auto added = repo.add(in);
        QVERIFY2(added.ok(), qPrintable(added.message()));

        for (const QString& key : {added->id, added->id.left(8), added->id.toUpper()}) {
            auto got = repo.get(key);
            QVERIFY2(got.ok(), qPrintable(got.message()));
            const Contact& c = got.value();
            QCOMPARE(c.id, added->id);
            QCOMPARE(c.name, QStringLiteral("张三"));
            QCOMPARE(c.nickname, QStringLiteral("Sunny小张"));
            QCOMPARE(c.wechatId, QStringLiteral("zhang_san88"));
            QCOMPARE(c.phones.size(), 2);
            QCOMPARE(c.phones[0].digits(), QStringLiteral("13800138000"));
            QCOMPARE(c.phones[1].digits(), QStringLiteral("01062345678"));
            QCOMPARE(c.gender, Gender::Female);
            QCOMPARE(c.birthday, QDate(1990, 2, 28));
            QCOMPARE(c.city, QStringLiteral("北京"));
            QCOMPARE(c.source, QStringLiteral("live_stream"));
            QCOMPARE(c.stage, Stage::Prospect);
            QCOMPARE(c.intent, 2);
            QCOMPARE(c.points, 1200);
            QCOMPARE(c.notes, QStringLiteral("喜欢瑜伽\n周末有空"));
            QCOMPARE(c.ownerId, guide->id);
            QCOMPARE(c.storeId, shop->id);
            QVERIFY(c.createdAt.isValid());
            QCOMPARE(c.updatedAt, c.createdAt);
            QVERIFY(!c.lastContactedAt.isValid());
            QVERIFY(c.mergedInto.isEmpty());
            QVERIFY(!c.deleted);
        }
    }

    void phoneIsStoredAsNormalisedDigits()
    {
        TempStore s;
        ContactRepository repo(*s);
        ContactInput in;
        in.name = QStringLiteral("李四");
        in.phones = QStringList{QStringLiteral("+86 138-0013-8000")};
        auto added = repo.add(in);
        QVERIFY2(added.ok(), qPrintable(added.message()));
        QCOMPARE(s.text("SELECT digits FROM contact_phone"), QStringLiteral("13800138000"));
        QCOMPARE(s.text("SELECT kind FROM contact_phone"), QStringLiteral("mobile"));
        QCOMPARE(added->phones.size(), 1);
        QCOMPARE(added->phones.at(0).digits(), QStringLiteral("13800138000"));
    }

    void sameNumberTwoSpellingsIsOnePhone()
    {
        TempStore s;
        ContactRepository repo(*s);
        ContactInput in;
        in.name = QStringLiteral("李四");
        in.phones = QStringList{QStringLiteral("13800138000"), QStringLiteral("0086 138 0013 8000")};
        auto added = repo.add(in);
        QVERIFY2(added.ok(), qPrintable(added.message()));
        QCOMPARE(added->phones.size(), 1);
    }

    void addWritesOneUpsertWithEveryFieldThenOneAddPerPhone()
    {
        TempStore s;
        ContactRepository repo(*s);
        auto added = repo.add(fullInput());
        QVERIFY2(added.ok(), qPrintable(added.message()));
        const auto entries = s.outboxAfter(0);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].entity, QStringLiteral("contact"));
        QCOMPARE(entries[0].recordId, added->id);
        QCOMPARE(entries[0].op, QStringLiteral("upsert"));
        const QJsonObject fields = entries[0].payload.value("fields").toObject();
        QCOMPARE(fields.value("name").toObject().value("v").toString(), QStringLiteral("张三"));
        QCOMPARE(fields.value("gender").toObject().value("v").toString(), QStringLiteral("female"));
        QCOMPARE(fields.value("birthday").toObject().value("v").toString(), QStringLiteral("1990-02-28"));
        QCOMPARE(fields.value("intent").toObject().value("v").toInt(), 2);
        QCOMPARE(fields.value("stage").toObject().value("v").toString(), QStringLiteral("prospect"));
        QVERIFY(fields.contains("ownerId") && fields.contains("notes") && fields.contains("lastContactedAt"));
        // Every field has its own clock, and the row's clocks column records the same ones.
        const FieldClocks clocks = FieldClocks::parse(s.text("SELECT clocks FROM contact"));
        QSet<QString> distinct;
        for (const QString& field : fields.keys()) {
            const QString c = fields.value(field).toObject().value("c").toString();
            QVERIFY(!c.isEmpty());
            QCOMPARE(clocks.get(field), c);
            distinct.insert(c);
        }
        QCOMPARE(distinct.size(), fields.size());
        for (int i : {1, 2}) {
            QCOMPARE(entries[i].op, QStringLiteral("add"));
            QCOMPARE(entries[i].payload.value("set").toString(), QStringLiteral("phones"));
            QVERIFY(!entries[i].payload.value("c").toString().isEmpty());
        }
        QCOMPARE(entries[1].payload.value("element").toString(), QStringLiteral("13800138000"));
        QCOMPARE(entries[2].payload.value("element").toString(), QStringLiteral("01062345678"));
    }

    void newContactOwnerDefaultsToTheActingStaffMember()
    {
        TempStore s;
        const QString me = QStringLiteral("3f2b8c1e-0000-4000-8000-000000000001");
        QVERIFY(s->setActorId(me).ok());
        ContactRepository repo(*s);
        ContactInput in;
        in.name = QStringLiteral("王五");
        auto added = repo.add(in);
        QVERIFY2(added.ok(), qPrintable(added.message()));
        QCOMPARE(added->ownerId, me);
    }

    void editBumpsOnlyTheChangedFieldsClocks()
    {
        TempStore s;
        ContactRepository repo(*s);
        auto added = repo.add(fullInput());
        QVERIFY(added.ok());
        const FieldClocks before = FieldClocks::parse(s.text("SELECT clocks FROM contact"));
        const qint64 mark = s.lastMutation();

        ContactInput patch;
        patch.city = QStringLiteral("上海");
        patch.name = QStringLiteral("张三"); // unchanged value: no new clock
        patch.intent = 3;
        auto edited = repo.update(added->id, patch);
        QVERIFY2(edited.ok(), qPrintable(edited.message()));
        QCOMPARE(edited->city, QStringLiteral("上海"));
        QCOMPARE(edited->intent, 3);

        const FieldClocks after = FieldClocks::parse(s.text("SELECT clocks FROM contact"));
        for (const QString& field : before.all().keys()) {
            if (field == QLatin1String("city") || field == QLatin1String("intent"))
                QVERIFY2(after.get(field) > before.get(field), qPrintable(field));
            else
                QVERIFY2(after.get(field) == before.get(field), qPrintable(field));
        }
        const auto entries = s.outboxAfter(mark);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].op, QStringLiteral("upsert"));
        QCOMPARE(fieldNames(entries[0]), (QStringList{"city", "intent"}));
        QCOMPARE(entries[0].payload["fields"]["city"]["c"].toString(), after.get("city"));
    }

    void editWithoutChangesWritesNothing()
    {
        TempStore s;
        ContactRepository repo(*s);
        auto added = repo.add(fullInput());
        QVERIFY(added.ok());
        const auto before = s.footprint();
        auto same = repo.update(added->id, fullInput());
        QVERIFY2(same.ok(), qPrintable(same.message()));
        QCOMPARE(s.footprint(), before);
    }

    void editPhonesReplacesAddsAndRemovesAsSetElements()
    {
        TempStore s;
        ContactRepository repo(*s);
        auto added = repo.add(fullInput());
        QVERIFY(added.ok());
        const qint64 mark = s.lastMutation();

        ContactInput patch;
        patch.addPhones = QStringList{QStringLiteral("139 1234 5678")};
        patch.removePhones = QStringList{QStringLiteral("+86 10 6234 5678")};
        auto edited = repo.update(added->id, patch);
        QVERIFY2(edited.ok(), qPrintable(edited.message()));
        QStringList digits;
        for (const PhoneNumber& p : edited->phones)
            digits << p.digits();
        QCOMPARE(digits, (QStringList{"13800138000", "13912345678"}));

        const auto entries = s.outboxAfter(mark);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].op, QStringLiteral("remove"));
        QCOMPARE(entries[0].payload.value("element").toString(), QStringLiteral("01062345678"));
        QCOMPARE(entries[1].op, QStringLiteral("add"));
        QCOMPARE(entries[1].payload.value("element").toString(), QStringLiteral("13912345678"));
        // The removed element stays as a row so sync can tell "removed" from "never added".
        QCOMPARE(
            s.text("SELECT present || ':' || (removed_at > added_at) FROM contact_phone WHERE digits = ?",
                   QStringLiteral("01062345678")),
            QStringLiteral("0:1"));

        ContactInput replace;
        replace.phones = QStringList{QStringLiteral("13912345678")};
        auto replaced = repo.update(added->id, replace);
        QVERIFY2(replaced.ok(), qPrintable(replaced.message()));
        QCOMPARE(replaced->phones.size(), 1);
        QCOMPARE(replaced->phones[0].digits(), QStringLiteral("13912345678"));

        ContactInput missing;
        missing.removePhones = QStringList{QStringLiteral("13700000000")};
        QCOMPARE(repo.update(added->id, missing).code(), ErrorCode::NotFound);
    }

    void invalidInputIsRejectedWithReasonAndWritesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        const int invalid = int(ErrorCode::InvalidInput);
        QTest::newRow("second phone invalid") << "phones"
                                              << "13800138000|1380013800" << invalid << "1380013800";
        QTest::newRow("phone with letters") << "phones"
                                            << "138abc" << invalid << "138abc";
        QTest::newRow("phone with extension") << "phones"
                                              << "010-62345678 转 123" << invalid << "010-62345678";
        QTest::newRow("eleven phones") << "phones"
                                       << "many" << invalid << "10";
        QTest::newRow("birthday format") << "birthday"
                                         << "1990/02/28" << invalid << "YYYY-MM-DD";
        QTest::newRow("birthday not a day") << "birthday"
                                            << "1990-02-30" << invalid << "1990-02-30";
        QTest::newRow("birthday in future")
            << "birthday" << latestToday().addDays(1).toString(Qt::ISODate) << invalid << "future";
        QTest::newRow("name too long") << "name" << QString(101, QChar(0x5f20)) << invalid << "101";
        QTest::newRow("name replacement char")
            << "name" << QStringLiteral("张\uFFFD三") << invalid << "U+FFFD";
        QTest::newRow("name control char") << "name" << QStringLiteral("张\u0001三") << invalid << "0001";
        QTest::newRow("name newline") << "name" << QStringLiteral("张\n三") << invalid << "000a";
        QTest::newRow("notes replacement char")
            << "notes" << QStringLiteral("ok \uFFFD") << invalid << "U+FFFD";
        QTest::newRow("notes too long") << "notes" << QString(20001, QLatin1Char('x')) << invalid << "20001";
        QTest::newRow("wechat with space") << "wechatId"
                                           << "zhang san" << invalid << "zhang san";
        QTest::newRow("unknown gender") << "gender"
                                        << "robot" << invalid << "robot";
        QTest::newRow("unknown stage") << "stage"
                                       << "vip" << invalid << "vip";
        QTest::newRow("intent too high") << "intent"
                                         << "4" << invalid << "4";
        QTest::newRow("intent negative") << "intent"
                                         << "-1" << invalid << "-1";
        QTest::newRow("owner not an id") << "ownerId"
                                         << "bob" << invalid << "bob";
        QTest::newRow("owner unknown")
            << "ownerId"
            << "3f2b8c1e-0000-4000-8000-00000000beef" << int(ErrorCode::NotFound) << "beef";
        QTest::newRow("nothing identifying") << "name"
                                             << "   " << invalid << "name";
    }

    void invalidInputIsRejectedWithReasonAndWritesNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        TempStore s;
        ContactRepository repo(*s);
        ContactInput in;
        if (field != QLatin1String("name"))
            in.name = QStringLiteral("赵六");
        if (field == QLatin1String("phones")) {
            QStringList phones = value.split(u'|');
            if (value == QLatin1String("many")) {
                phones.clear();
                for (int i = 0; i < 11; ++i)
                    phones << QStringLiteral("1380013800%1").arg(i, 1, 10);
                phones[10] = QStringLiteral("13900139000");
            }
            in.phones = phones;
        } else if (field == QLatin1String("birthday")) {
            in.birthday = value;
        } else if (field == QLatin1String("name")) {
            in.name = value;
        } else if (field == QLatin1String("notes")) {
            in.notes = value;
        } else if (field == QLatin1String("wechatId")) {
            in.wechatId = value;
        } else if (field == QLatin1String("gender")) {
            in.gender = value;
        } else if (field == QLatin1String("stage")) {
            in.stage = value;
        } else if (field == QLatin1String("intent")) {
            in.intent = value.toInt();
        } else if (field == QLatin1String("ownerId")) {
            in.ownerId = value;
        }
        const auto before = s.footprint();
        auto added = repo.add(in);
        QCOMPARE(int(added.code()), code);
        QVERIFY2(added.message().contains(mentions, Qt::CaseInsensitive), qPrintable(added.message()));
        QCOMPARE(s.footprint(), before);

        // The same bad value in an edit leaves the existing contact exactly as it was.
        ContactInput good;
        good.name = QStringLiteral("赵六");
        auto existing = repo.add(good);
        QVERIFY(existing.ok());
        const auto withContact = s.footprint();
        if (field != QLatin1String("name") || value.trimmed().isEmpty() == false) {
            in.name = field == QLatin1String("name") ? std::optional<QString>(value)
                                                     : std::optional<QString>("新名字");
            QCOMPARE(int(repo.update(existing->id, in).code()), code);
            QCOMPARE(s.footprint(), withContact);
        }
    }

    void failureAfterPartialWritesRollsBackEverything()
    {
        TempStore s;
        ContactRepository repo(*s);
        // Make the second phone's row insert fail after the contact row, its outbox entry and the
        // first phone have been written: the whole add must disappear.
        QVERIFY(
            s->db()
                .exec("CREATE TEMP TRIGGER fail_second_phone BEFORE INSERT ON contact_phone "
                      "WHEN NEW.digits = '13900139000' BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
                .ok());
        const auto before = s.footprint();
        ContactInput in;
        in.name = QStringLiteral("孙七");
        in.phones = QStringList{QStringLiteral("13800138000"), QStringLiteral("13900139000")};
        auto added = repo.add(in);
        QVERIFY(!added.ok());
        QVERIFY(added.message().contains(QStringLiteral("injected failure")));
        QCOMPARE(s.footprint(), before);

        in.phones = QStringList{QStringLiteral("13800138000")};
        auto ok = repo.add(in);
        QVERIFY2(ok.ok(), qPrintable(ok.message()));
        const auto withContact = s.footprint();
        ContactInput patch;
        patch.city = QStringLiteral("杭州");
        patch.addPhones = QStringList{QStringLiteral("13900139000")};
        QVERIFY(!repo.update(ok->id, patch).ok());
        QCOMPARE(s.footprint(), withContact);
        QCOMPARE(repo.get(ok->id)->city, QString());
    }

    void hundredCharacterNamesFitIncludingEmoji()
    {
        TempStore s;
        ContactRepository repo(*s);
        ContactInput in;
        QString emoji;
        for (int i = 0; i < ContactLimits::Name; ++i)
            emoji += QStringLiteral("😀");
        in.name = emoji; // 200 UTF-16 units, 100 characters
        QVERIFY2(repo.add(in).ok(), "100 emoji are 100 characters");
        in.name = QString(ContactLimits::Name, QChar(0x674e));
        QVERIFY(repo.add(in).ok());
    }

    void unknownIdsAreNotFoundAndMalformedIdsInvalid()
    {
        TempStore s;
        ContactRepository repo(*s);
        const QString unknown = QStringLiteral("3f2b8c1e-0000-4000-8000-000000000042");
        QCOMPARE(repo.get(unknown).code(), ErrorCode::NotFound);
        QCOMPARE(repo.update(unknown, ContactInput{}).code(), ErrorCode::NotFound);
        QCOMPARE(repo.remove(unknown).code(), ErrorCode::NotFound);
        QCOMPARE(repo.get(QStringLiteral("3f2b")).code(), ErrorCode::NotFound);
        QCOMPARE(repo.get(QStringLiteral("abc")).code(), ErrorCode::InvalidInput);
        QCOMPARE(repo.get(QStringLiteral("张三")).code(), ErrorCode::InvalidInput);
        QCOMPARE(s.lastMutation(), 0);
    }

    void removeTombstonesAndSecondRemoveIsNotFound()
    {
        TempStore s;
        ContactRepository repo(*s);
        auto added = repo.add(fullInput());
        QVERIFY(added.ok());
        const qint64 mark = s.lastMutation();
        QVERIFY(repo.remove(added->id).ok());
        QCOMPARE(repo.get(added->id).code(), ErrorCode::NotFound);
        QCOMPARE(repo.remove(added->id).code(), ErrorCode::NotFound);
        QCOMPARE(repo.update(added->id, fullInput()).code(), ErrorCode::NotFound);
        QCOMPARE(s.scalar("SELECT deleted FROM contact"), 1);
        QCOMPARE(s.scalar("SELECT count(*) FROM contact_fts"), 0);
        const auto entries = s.outboxAfter(mark);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].op, QStringLiteral("delete"));
        QCOMPARE(entries[0].recordId, added->id);
        QCOMPARE(FieldClocks::parse(s.text("SELECT clocks FROM contact")).get("deleted"),
                 entries[0].payload.value("c").toString());
    }

    void ambiguousIdPrefixIsRejected()
    {
        TempStore s;
        ContactRepository repo(*s);
        for (const char* id :
             {"aaaa0000-0000-4000-8000-000000000001", "aaaa1111-0000-4000-8000-000000000002"}) {
            Statement ins(s->db(),
                          "INSERT INTO contact (id, name, created_at, updated_at) VALUES (?, 'x', 1, 1)");
            ins.bind(1, QString::fromLatin1(id));
            QVERIFY(ins.exec().ok());
        }
        auto ambiguous = repo.get(QStringLiteral("aaaa"));
        QCOMPARE(ambiguous.code(), ErrorCode::InvalidInput);
        QVERIFY(ambiguous.message().contains(QStringLiteral("several")));
        QCOMPARE(repo.get(QStringLiteral("aaaa1"))->id,
                 QStringLiteral("aaaa1111-0000-4000-8000-000000000002"));
        QCOMPARE(repo.get(QStringLiteral("AAAA0"))->id,
                 QStringLiteral("aaaa0000-0000-4000-8000-000000000001"));
        QCOMPARE(repo.get(QStringLiteral("aaa")).code(), ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestContactRepository)
#include "TestContactRepository.moc"

#include "ReminderTestSupport.h"

#include "library/ContactFields.h"
#include "reminders/HolidayCalendar.h"
#include "reminders/ReminderEngine.h"
#include "reminders/RuleRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace ll;
using namespace ll::test;

class TestReminderEngine : public QObject
{
    Q_OBJECT

private slots:
    void runOutIsDueOnPurchasePlusCycleMinusLeadDays()
    {
        Fixture f;
        const Product oil = f.addProduct(QStringLiteral("OIL-90"), QStringLiteral("香薰精油"), 90);
        const Contact wang = f.addContact(QStringLiteral("王秀英"));
        f.buy(wang, oil, QStringLiteral("2025-09-01"));
        const QString scriptId = QStringLiteral("11111111-2222-4333-8444-555555555555");
        const ReminderRule rule = addRule(f, QStringLiteral("runout"), [&](RuleInput& in) {
            in.leadDays = 5;
            in.scriptId = scriptId;
        });
        ReminderEngine engine(*f.store);
        QCOMPARE(engine.fullRecompute(QDate(2025, 11, 20)).value(), 1);
        const Reminder r = engine.all().value().constFirst();
        QCOMPARE(r.kind, RuleKind::RunOut);
        QCOMPARE(r.anchor, QDate(2025, 9, 1));
        QCOMPARE(r.dueOn, QDate(2025, 11, 25));
        QCOMPARE(r.dueAt, QDateTime(QDate(2025, 11, 24), QTime(16, 0), Qt::UTC)); // midnight in Beijing
        QCOMPARE(r.subject, oil.id);
        QCOMPARE(r.subjectLabel, QStringLiteral("香薰精油"));
        QCOMPARE(r.scriptId, scriptId);
        QCOMPARE(r.contactName, QStringLiteral("王秀英"));
        QCOMPARE(r.ruleId, rule.id);
        QCOMPARE(r.state, ReminderState::Open);

        QVERIFY(dueList(engine, QDate(2025, 11, 24)).isEmpty());
        QCOMPARE(dueList(engine, QDate(2025, 11, 25)).size(), 1);
        QCOMPARE(dueList(engine, QDate(2025, 12, 20)).size(), 1); // overdue stays on the list
        auto groups = engine.due(QDate(2025, 11, 25)).value();
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.constFirst().kind, RuleKind::RunOut);
    }

    void unitsBoughtOnTheLatestDayMultiplyTheCycle()
    {
        Fixture f;
        const Product oil = f.addProduct(QStringLiteral("OIL-90"), QStringLiteral("香薰精油"), 90);
        const Product cream = f.addProduct(QStringLiteral("CREAM-0"), QStringLiteral("护手霜"), 0);
        const Contact wang = f.addContact(QStringLiteral("王秀英"));
        f.buy(wang, oil, QStringLiteral("2025-06-01"), 3); // superseded by the later purchase
        f.buy(wang, oil, QStringLiteral("2025-09-01"));
        f.buy(wang, oil, QStringLiteral("2025-09-01"));
        f.buy(wang, cream, QStringLiteral("2025-09-01")); // no cycle: never runs out
        addRule(f, QStringLiteral("runout"), [](RuleInput& in) { in.leadDays = 5; });
        ReminderEngine engine(*f.store);
        engine.setHorizonDays(0);
        QCOMPARE(engine.fullRecompute(QDate(2026, 2, 23)).value(), 1);
        const Reminder r = engine.all().value().constFirst();
        QCOMPARE(r.anchor, QDate(2025, 9, 1));
        QCOMPARE(r.dueOn, QDate(2026, 2, 23)); // 1 Sep + 2 × 90 − 5
    }

    void leapDayBirthdaysAreRemindedOnFeb28InCommonYears()
    {
        Fixture f;
        f.addContact(QStringLiteral("林四年"), QStringLiteral("2000-02-29"));
        addRule(f, QStringLiteral("birthday"), [](RuleInput& in) { in.leadDays = 3; });
        ReminderEngine engine(*f.store);
        QVERIFY(dueList(engine, QDate(2027, 2, 24)).isEmpty());
        auto due = dueList(engine, QDate(2027, 2, 25));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.constFirst().anchor, QDate(2027, 2, 28));
        QCOMPARE(due.constFirst().expiresOn, QDate(2027, 2, 28));
        QCOMPARE(dueList(engine, QDate(2027, 2, 28)).size(), 1);
        QVERIFY(dueList(engine, QDate(2027, 3, 1)).isEmpty()); // the day has passed
        due = dueList(engine, QDate(2028, 2, 26));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.constFirst().anchor, QDate(2028, 2, 29));
        // Year end: a 2 January birthday is reminded in the old year.
        f.addContact(QStringLiteral("元旦后"), QStringLiteral("1990-01-02"));
        due = dueList(engine, QDate(2025, 12, 30));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.constFirst().anchor, QDate(2026, 1, 2));
    }

    void dayBoundariesFollowTheConfiguredTimeZone()
    {
        Fixture f;
        const Contact lead = f.addContact(QStringLiteral("直播线索"), {}, QStringLiteral("lead"));
        // 23:30 on 30 June in Beijing is 15:30 UTC; one hour later it is 1 July in Beijing, still 30 June in
        // UTC.
        f.setCreatedAt(lead, QDateTime(QDate(2025, 6, 30), QTime(15, 30), Qt::UTC));
        addRule(f, QStringLiteral("lead_sla"), [](RuleInput& in) { in.threshold = 1; });
        {
            ReminderEngine shanghai(*f.store);
            QCOMPARE(shanghai.calendar().zone().id(), QByteArray("Asia/Shanghai"));
            QCOMPARE(shanghai.fullRecompute(QDate(2025, 6, 30)).value(), 1);
            const Reminder r = shanghai.all().value().constFirst();
            QCOMPARE(r.anchor, QDate(2025, 6, 30));
            QCOMPARE(r.dueOn, QDate(2025, 7, 1));
            QCOMPARE(r.dueAt, QDateTime(QDate(2025, 6, 30), QTime(16, 30), Qt::UTC));
            QVERIFY(dueList(shanghai, QDate(2025, 6, 30)).isEmpty());
            QCOMPARE(dueList(shanghai, QDate(2025, 7, 1)).size(), 1);
        }
        {
            ReminderEngine utc(*f.store, QTimeZone::utc());
            QCOMPARE(utc.fullRecompute(QDate(2025, 6, 30)).value(), 1);
            const Reminder r = utc.all().value().constFirst();
            QCOMPARE(r.dueOn, QDate(2025, 6, 30));
            QCOMPARE(dueList(utc, QDate(2025, 6, 30)).size(), 1);
        }
        // Dormant: last contact 00:30 on 1 July in Beijing (16:30 UTC on 30 June) + 30 days.
        Fixture g;
        const Contact quiet = g.addContact(QStringLiteral("沉睡客户"));
        g.followUp(quiet, QDateTime(QDate(2025, 6, 30), QTime(16, 30), Qt::UTC));
        addRule(g, QStringLiteral("dormant"), [](RuleInput& in) { in.threshold = 30; });
        ReminderEngine shanghai(*g.store);
        shanghai.setHorizonDays(0);
        QCOMPARE(shanghai.fullRecompute(QDate(2025, 7, 31)).value(), 1);
        QCOMPARE(shanghai.all().value().constFirst().anchor, QDate(2025, 7, 1));
        QCOMPARE(shanghai.fullRecompute(QDate(2025, 7, 30)).value(), 0);
    }

    void regeneratingGivesTheSameRemindersWithoutDuplicates()
    {
        Fixture f;
        const Product oil = f.addProduct(QStringLiteral("OIL-30"), QStringLiteral("精油"), 30);
        for (int i = 0; i < 20; ++i) {
            const Contact c = f.addContact(QStringLiteral("客户%1").arg(i),
                                           QStringLiteral("1990-12-%1").arg(1 + i, 2, 10, QLatin1Char('0')));
            f.buy(c, oil, QStringLiteral("2025-11-%1").arg(1 + i, 2, 10, QLatin1Char('0')));
        }
        const ReminderRule runout = addRule(f, QStringLiteral("runout"));
        addRule(f, QStringLiteral("birthday"), [](RuleInput& in) { in.leadDays = 7; });
        addRule(f, QStringLiteral("dormant"), [](RuleInput& in) { in.threshold = 1; });
        ReminderEngine engine(*f.store);
        engine.setHorizonDays(30);
        // 20 run-outs and 20 birthdays; nobody is dormant yet (they were all created after the reference
        // date).
        const int first = engine.fullRecompute(QDate(2025, 12, 1)).value();
        QCOMPARE(first, 40);
        const QStringList a = snapshot(engine);
        QCOMPARE(engine.fullRecompute(QDate(2025, 12, 1)).value(), first);
        QCOMPARE(snapshot(engine), a);
        QCOMPARE(QSet<QString>(a.cbegin(), a.cend()).size(), a.size());
        // The id is the name-based UUID of the key, so another device computes the same id.
        const QList<Reminder> generated = engine.all().value();
        for (const Reminder& r : generated)
            QCOMPARE(r.id, ReminderEngine::reminderId(r.ruleId, r.contactId, r.anchor, r.subject));
        const Reminder someRunOut = [&] {
            for (const Reminder& r : generated)
                if (r.ruleId == runout.id)
                    return r;
            return Reminder{};
        }();
        QVERIFY(!someRunOut.id.isEmpty());
        // What the guide did survives regeneration.
        QVERIFY(engine.markDone(someRunOut.id).ok());
        QVERIFY(engine.fullRecompute(QDate(2025, 12, 1)).ok());
        QCOMPARE(engine.get(someRunOut.id).value().state, ReminderState::Done);
        QCOMPARE(snapshot(engine), a);
    }

    void snoozeDoneDismissAndReopen()
    {
        Fixture f;
        const Product oil = f.addProduct(QStringLiteral("OIL-90"), QStringLiteral("香薰精油"), 90);
        const Contact wang = f.addContact(QStringLiteral("王秀英"));
        f.buy(wang, oil, QStringLiteral("2025-09-01"));
        addRule(f, QStringLiteral("runout"), [](RuleInput& in) { in.leadDays = 5; });
        ReminderEngine engine(*f.store);
        const QDate day(2025, 11, 25);
        const QString id = dueList(engine, day).constFirst().id;
        const int outbox = f.store->pendingOutboxCount().value();

        QCOMPARE(engine.snooze(id, day).code(), ErrorCode::InvalidInput); // not in the future
        QVERIFY(engine.snooze(id, QDate(2025, 11, 28)).ok());
        QCOMPARE(f.store->pendingOutboxCount().value(), outbox + 1); // state changes are synced
        {
            // The sync engine routes a state to the contact's owner by its contactId field.
            Statement last(f.store->db(), "SELECT payload FROM outbox WHERE entity = 'reminder_state' "
                                          "ORDER BY mutation_id DESC LIMIT 1");
            QVERIFY(last.step().value());
            const QJsonObject fields =
                QJsonDocument::fromJson(last.text(0).toUtf8()).object()[QStringLiteral("fields")].toObject();
            QCOMPARE(fields[QStringLiteral("contactId")].toObject()[QStringLiteral("v")].toString(), wang.id);
            QVERIFY(
                !fields[QStringLiteral("contactId")].toObject()[QStringLiteral("c")].toString().isEmpty());
            QCOMPARE(fields[QStringLiteral("state")].toObject()[QStringLiteral("v")].toString(),
                     QStringLiteral("snoozed"));
        }
        QVERIFY(dueList(engine, day).isEmpty());
        QVERIFY(dueList(engine, QDate(2025, 11, 27)).isEmpty());
        auto back = dueList(engine, QDate(2025, 11, 28));
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.constFirst().state, ReminderState::Snoozed);
        QCOMPARE(back.constFirst().snoozedUntil, QDate(2025, 11, 28));

        QVERIFY(engine.markDone(id).ok());
        QVERIFY(dueList(engine, QDate(2025, 11, 29)).isEmpty());
        QCOMPARE(engine.get(id).value().state, ReminderState::Done);
        QVERIFY(engine.reopen(id).ok());
        QCOMPARE(dueList(engine, QDate(2025, 11, 29)).size(), 1);
        QVERIFY(engine.dismiss(id).ok());
        QVERIFY(dueList(engine, QDate(2025, 11, 29)).isEmpty());
        QCOMPARE(engine.get(id).value().state, ReminderState::Dismissed);
        QCOMPARE(engine.markDone(QStringLiteral("00000000-0000-4000-8000-000000000000")).code(),
                 ErrorCode::NotFound);
    }

    void followUpAfterDueClosesRunOutButNotBefore()
    {
        Fixture f;
        const Product oil = f.addProduct(QStringLiteral("OIL-90"), QStringLiteral("香薰精油"), 90);
        const Contact wang = f.addContact(QStringLiteral("王秀英"));
        f.buy(wang, oil, QStringLiteral("2025-09-01"));
        addRule(f, QStringLiteral("runout"), [](RuleInput& in) { in.leadDays = 5; });
        ReminderEngine engine(*f.store);
        QVERIFY(engine.fullRecompute(QDate(2025, 11, 26)).ok());
        f.followUp(wang, beijing(QDate(2025, 11, 20), QTime(10, 0))); // before it was due: not an answer
        QVERIFY(engine.recomputeContact(wang.rowId).ok());
        QCOMPARE(dueList(engine, QDate(2025, 11, 26)).size(), 1);
        f.followUp(wang, beijing(QDate(2025, 11, 25), QTime(0, 5))); // five minutes after it became due
        QVERIFY(engine.recomputeContact(wang.rowId).ok());
        QVERIFY(dueList(engine, QDate(2025, 11, 26)).isEmpty());
        const Reminder r = engine.forContact(wang.id).value().constFirst();
        QVERIFY(r.isAnswered());
        QCOMPARE(r.answeredAt, beijing(QDate(2025, 11, 25), QTime(0, 5)).toUTC());
    }

    void purchaseOfTheSameProductClosesRunOut()
    {
        Fixture f;
        const Product oil = f.addProduct(QStringLiteral("OIL-90"), QStringLiteral("香薰精油"), 90);
        const Product soap = f.addProduct(QStringLiteral("SOAP-60"), QStringLiteral("手工皂"), 60);
        const Contact wang = f.addContact(QStringLiteral("王秀英"));
        f.buy(wang, oil, QStringLiteral("2025-09-01"));
        addRule(f, QStringLiteral("runout"), [](RuleInput& in) { in.leadDays = 5; });
        ReminderEngine engine(*f.store);
        const QDate day(2025, 11, 26);
        const QString oldId = dueList(engine, day).constFirst().id;
        f.buy(wang, soap, QStringLiteral("2025-11-26")); // another product answers nothing
        QVERIFY(engine.recomputeContact(wang.id).ok());
        QCOMPARE(dueList(engine, day).constFirst().id, oldId);
        f.buy(wang, oil, QStringLiteral("2025-11-26"));
        QVERIFY(engine.recomputeContact(wang.id).ok());
        QVERIFY(dueList(engine, day).isEmpty());
        QCOMPARE(engine.get(oldId).code(), ErrorCode::NotFound);
        auto next = engine.forContact(wang.id).value();
        QCOMPARE(next.size(), 0); // the next one (2026-02-19) is beyond the horizon
        QVERIFY(engine.fullRecompute(QDate(2026, 2, 19)).ok());
        QList<Reminder> oilReminders;
        const QList<Reminder> ofWang = engine.forContact(wang.id).value();
        for (const Reminder& r : ofWang)
            if (r.subject == oil.id)
                oilReminders << r;
        QCOMPARE(oilReminders.size(), 1);
        QCOMPARE(oilReminders.constFirst().anchor, QDate(2025, 11, 26));
        QCOMPARE(oilReminders.constFirst().dueOn, QDate(2026, 2, 19));
    }

    void leadSlaIsAnsweredByTheFirstContact()
    {
        Fixture f;
        const Contact late = f.addContact(QStringLiteral("迟到线索"), {}, QStringLiteral("lead"));
        const Contact fast = f.addContact(QStringLiteral("秒回线索"), {}, QStringLiteral("lead"));
        const Contact buyer = f.addContact(QStringLiteral("老客户"), {}, QStringLiteral("customer"));
        const QDateTime created = beijing(QDate(2025, 7, 1), QTime(9, 0));
        for (const Contact& c : {late, fast, buyer})
            f.setCreatedAt(c, created);
        f.followUp(fast, created.addSecs(30 * 60));
        addRule(f, QStringLiteral("lead_sla"), [](RuleInput& in) { in.threshold = 2; });
        ReminderEngine engine(*f.store);
        auto due = dueList(engine, QDate(2025, 7, 1));
        QCOMPARE(due.size(), 1); // only the lead nobody contacted within 2 h
        QCOMPARE(due.constFirst().contactId, late.id);
        QCOMPARE(due.constFirst().dueAt, created.addSecs(2 * 3600).toUTC());
        auto became = engine.becameDue(created.addSecs(3600).toMSecsSinceEpoch(),
                                       created.addSecs(3 * 3600).toMSecsSinceEpoch());
        QCOMPARE(became.value().size(), 1);
        f.followUp(late, created.addSecs(5 * 3600));
        QVERIFY(engine.recomputeContact(late.rowId).ok());
        QVERIFY(dueList(engine, QDate(2025, 7, 1)).isEmpty());
        QVERIFY(engine.forContact(late.id).value().constFirst().isAnswered());
    }

    void dormantReminderMovesWithEachFollowUp()
    {
        Fixture f;
        const Contact c = f.addContact(QStringLiteral("老朋友"));
        f.followUp(c, beijing(QDate(2025, 5, 1), QTime(15, 0)));
        addRule(f, QStringLiteral("dormant"), [](RuleInput& in) { in.threshold = 60; });
        ReminderEngine engine(*f.store);
        auto due = dueList(engine, QDate(2025, 6, 29));
        QCOMPARE(due.size(), 0);
        due = dueList(engine, QDate(2025, 6, 30));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.constFirst().anchor, QDate(2025, 5, 1));
        f.followUp(c, beijing(QDate(2025, 6, 30), QTime(11, 0)));
        QVERIFY(engine.recomputeContact(c.rowId).ok());
        QVERIFY(dueList(engine, QDate(2025, 6, 30)).isEmpty());
    }

    void holidayRemindersComeFromTheHolidayList()
    {
        Fixture f;
        f.addContact(QStringLiteral("甲"));
        f.addContact(QStringLiteral("乙"));
        QVERIFY(HolidayCalendar(*f.store, f.managerActor()).addDefaults(2025).ok());
        addRule(f, QStringLiteral("holiday"), [](RuleInput& in) {
            in.leadDays = 3;
            in.holidayName = QStringLiteral("中秋节");
        });
        ReminderEngine engine(*f.store);
        QVERIFY(dueList(engine, QDate(2025, 10, 2)).isEmpty());
        auto due = dueList(engine, QDate(2025, 10, 3)); // 中秋 2025 is 6 October
        QCOMPARE(due.size(), 2);
        QCOMPARE(due.constFirst().subjectLabel, QStringLiteral("中秋节"));
        QCOMPARE(due.constFirst().anchor, QDate(2025, 10, 6));
        QVERIFY(dueList(engine, QDate(2025, 10, 7)).isEmpty());
    }

    void rulesApplyOnlyToTheirScope()
    {
        Fixture f;
        TagRepository tags(*f.store);
        const Tag vip = tags.addTag(QString(), QStringLiteral("VIP")).value();
        const Contact tagged = f.addContact(QStringLiteral("有标签"), QStringLiteral("1990-03-10"));
        const Contact plain = f.addContact(QStringLiteral("无标签"), QStringLiteral("1990-03-10"));
        const Contact loyal =
            f.addContact(QStringLiteral("忠实"), QStringLiteral("1990-03-10"), QStringLiteral("loyal"));
        QVERIFY(tags.tagContact(tagged.id, vip.id).ok());
        const ReminderRule byTag = addRule(f, QStringLiteral("birthday"), [&](RuleInput& in) {
            in.tagIds = QStringList{QStringLiteral("VIP")};
        });
        const ReminderRule byStage = addRule(f, QStringLiteral("birthday"), [&](RuleInput& in) {
            in.stages = QStringList{QStringLiteral("loyal")};
        });
        const ReminderRule byStore = addRule(f, QStringLiteral("birthday"), [&](RuleInput& in) {
            in.storeIds = QStringList{QStringLiteral("00000000-0000-4000-8000-00000000abcd")};
        });
        // A guide's personal rule covers that guide's contacts only.
        RuleInput mine;
        mine.name = QStringLiteral("我的客户生日");
        mine.kind = QStringLiteral("birthday");
        const ReminderRule personal = RuleRepository(*f.store, f.guideActor()).add(mine, false).value();
        ContactInput reassign;
        reassign.ownerId = f.manager.id;
        QVERIFY(ContactRepository(*f.store).update(plain.id, reassign).ok());

        ReminderEngine engine(*f.store);
        QMap<QString, QStringList> byRule;
        for (const Reminder& r : dueList(engine, QDate(2025, 3, 10)))
            byRule[r.ruleId] << r.contactName;
        QCOMPARE(byRule.value(byTag.id), QStringList{QStringLiteral("有标签")});
        QCOMPARE(byRule.value(byStage.id), QStringList{QStringLiteral("忠实")});
        QVERIFY(byRule.value(byStore.id).isEmpty());
        QStringList own = byRule.value(personal.id);
        own.sort();
        QStringList expected{QStringLiteral("忠实"), QStringLiteral("有标签")};
        expected.sort();
        QCOMPARE(own, expected);
        // A guide's Today list holds only that guide's contacts.
        auto guideList = engine.due(QDate(2025, 3, 10), f.guide.id).value();
        QCOMPARE(guideList.size(), 1);
        QCOMPARE(guideList.constFirst().reminders.size(), 4);
        for (const Reminder& r : guideList.constFirst().reminders)
            QVERIFY(r.contactId == tagged.id || r.contactId == loyal.id);
        QVERIFY(engine.due(QDate(2025, 3, 10), f.manager.id).value().isEmpty());
    }

    void customDateFieldsRemindYearlyOrOnce()
    {
        Fixture f;
        const Contact c = f.addContact(QStringLiteral("纪念日客户"));
        ContactFieldRepository fields(*f.store);
        QVERIFY(fields.set(c.id, QStringLiteral("结婚纪念日"), QStringLiteral("2019-05-20")).ok());
        QVERIFY(fields.set(c.id, QStringLiteral("合同到期"), QStringLiteral("2025-08-31")).ok());
        QVERIFY(fields.set(c.id, QStringLiteral("会员等级"), QStringLiteral("金卡")).ok());
        QCOMPARE(fields.set(c.id, QStringLiteral("bad name"), QStringLiteral("x")).code(),
                 ErrorCode::InvalidInput);
        addRule(f, QStringLiteral("custom_date"), [](RuleInput& in) {
            in.dateField = QStringLiteral("结婚纪念日");
            in.leadDays = 2;
        });
        addRule(f, QStringLiteral("custom_date"), [](RuleInput& in) {
            in.dateField = QStringLiteral("合同到期");
            in.yearly = false;
            in.leadDays = 10;
        });
        addRule(f, QStringLiteral("custom_date"),
                [](RuleInput& in) { in.dateField = QStringLiteral("会员等级"); });
        ReminderEngine engine(*f.store);
        auto due = dueList(engine, QDate(2025, 5, 18));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.constFirst().anchor, QDate(2025, 5, 20));
        QCOMPARE(due.constFirst().subjectLabel, QStringLiteral("结婚纪念日"));
        QVERIFY(dueList(engine, QDate(2025, 5, 17)).isEmpty());
        due = dueList(engine, QDate(2025, 8, 21));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.constFirst().anchor, QDate(2025, 8, 31));
        QCOMPARE(dueList(engine, QDate(2025, 9, 30)).size(), 1); // a one-time date stays until handled
    }

    void deletedContactsAndDisabledRulesProduceNothing()
    {
        Fixture f;
        const Contact c = f.addContact(QStringLiteral("将删除"), QStringLiteral("1990-03-10"));
        const ReminderRule rule = addRule(f, QStringLiteral("birthday"));
        ReminderEngine engine(*f.store);
        QCOMPARE(dueList(engine, QDate(2025, 3, 10)).size(), 1);
        RuleInput off;
        off.enabled = false;
        QVERIFY(RuleRepository(*f.store, f.managerActor()).update(rule.id, off).ok());
        QCOMPARE(engine.fullRecompute(QDate(2025, 3, 10)).value(), 0);
        RuleInput on;
        on.enabled = true;
        QVERIFY(RuleRepository(*f.store, f.managerActor()).update(rule.id, on).ok());
        QCOMPARE(engine.fullRecompute(QDate(2025, 3, 10)).value(), 1);
        QVERIFY(ContactRepository(*f.store).remove(c.id).ok());
        QVERIFY(engine.recomputeContact(c.rowId).ok());
        QCOMPARE(engine.all().value().size(), 0);
    }

    void incrementalRecomputeEqualsFullRecompute()
    {
        Fixture f;
        QRandomGenerator rng(4242);
        TagRepository tags(*f.store);
        const Tag vip = tags.addTag(QString(), QStringLiteral("VIP")).value();
        QList<Product> products{f.addProduct(QStringLiteral("A-30"), QStringLiteral("面膜"), 30),
                                f.addProduct(QStringLiteral("B-90"), QStringLiteral("精油"), 90),
                                f.addProduct(QStringLiteral("C-0"), QStringLiteral("礼盒"), 0)};
        const QStringList stages{QStringLiteral("lead"), QStringLiteral("prospect"),
                                 QStringLiteral("customer"), QStringLiteral("loyal")};
        QList<Contact> contacts;
        const QDate reference(2025, 10, 1);
        for (int i = 0; i < 120; ++i) {
            const QString birthday =
                rng.bounded(3) == 0
                    ? QString()
                    : QDate(1980 + rng.bounded(20), 1, 1).addDays(rng.bounded(366)).toString(Qt::ISODate);
            Contact c = f.addContact(QStringLiteral("客户%1").arg(i), birthday, stages.at(rng.bounded(4)));
            f.setCreatedAt(
                c, beijing(reference.addDays(-rng.bounded(200)), QTime(rng.bounded(24), rng.bounded(60))));
            if (rng.bounded(4) == 0)
                QVERIFY(tags.tagContact(c.id, vip.id).ok());
            contacts << c;
        }
        for (int i = 0; i < 200; ++i) {
            const Contact& c = contacts.at(rng.bounded(contacts.size()));
            f.buy(c, products.at(rng.bounded(3)), reference.addDays(-rng.bounded(180)).toString(Qt::ISODate),
                  1 + rng.bounded(2));
        }
        for (int i = 0; i < 150; ++i)
            f.followUp(contacts.at(rng.bounded(contacts.size())),
                       beijing(reference.addDays(-rng.bounded(150)), QTime(rng.bounded(24), 0)));
        ContactFieldRepository fields(*f.store);
        for (int i = 0; i < 30; ++i)
            QVERIFY(fields
                        .set(contacts.at(rng.bounded(contacts.size())).id, QStringLiteral("纪念日"),
                             QDate(2015, 1, 1).addDays(rng.bounded(3000)).toString(Qt::ISODate))
                        .ok());
        QVERIFY(HolidayCalendar(*f.store, f.managerActor()).addDefaults(2025).ok());
        addRule(f, QStringLiteral("runout"), [](RuleInput& in) { in.leadDays = 5; });
        addRule(f, QStringLiteral("runout"), [](RuleInput& in) {
            in.productId = QStringLiteral("B-90");
            in.tagIds = QStringList{QStringLiteral("VIP")};
        });
        addRule(f, QStringLiteral("birthday"), [](RuleInput& in) { in.leadDays = 7; });
        addRule(f, QStringLiteral("holiday"), [](RuleInput& in) {
            in.leadDays = 3;
            in.stages = QStringList{QStringLiteral("customer"), QStringLiteral("loyal")};
        });
        addRule(f, QStringLiteral("dormant"), [](RuleInput& in) { in.threshold = 45; });
        addRule(f, QStringLiteral("lead_sla"), [](RuleInput& in) { in.threshold = 48; });
        addRule(f, QStringLiteral("custom_date"), [](RuleInput& in) {
            in.dateField = QStringLiteral("纪念日");
            in.leadDays = 3;
        });

        ReminderEngine engine(*f.store);
        engine.setHorizonDays(14);
        const int generated = engine.fullRecompute(reference).value();
        QVERIFY2(generated > 100, qPrintable(QString::number(generated)));
        // A day of work: purchases, follow-ups, custom dates, stage and tag changes, each followed by the
        // incremental update of that contact only.
        for (int step = 0; step < 60; ++step) {
            const Contact& c = contacts.at(rng.bounded(contacts.size()));
            switch (rng.bounded(5)) {
            case 0:
                f.buy(c, products.at(rng.bounded(3)),
                      reference.addDays(-rng.bounded(30)).toString(Qt::ISODate));
                break;
            case 1:
                f.followUp(c, beijing(reference.addDays(-rng.bounded(20)), QTime(rng.bounded(24), 0)));
                break;
            case 2:
                QVERIFY(fields
                            .set(c.id, QStringLiteral("纪念日"),
                                 QDate(2015, 1, 1).addDays(rng.bounded(3000)).toString(Qt::ISODate))
                            .ok());
                break;
            case 3: {
                ContactInput in;
                in.stage = stages.at(rng.bounded(4));
                QVERIFY(ContactRepository(*f.store).update(c.id, in).ok());
                break;
            }
            default:
                QVERIFY(tags.tagContact(c.id, vip.id).ok());
                break;
            }
            QVERIFY(engine.recomputeContact(c.rowId).ok());
        }
        const QStringList incremental = snapshot(engine);
        QCOMPARE(engine.fullRecompute(reference).value(), incremental.size());
        const QStringList full = snapshot(engine);
        QCOMPARE(incremental, full);
    }

    // A full recompute writes only what changed; the result must be what rebuilding from nothing gives,
    // across data changes, rule edits, another day, and with the guide's lifecycle states kept.
    void fullRecomputeWritesTheSameAsARebuildFromNothing()
    {
        Fixture f;
        QRandomGenerator rng(77);
        const Product oil = f.addProduct(QStringLiteral("OIL-90"), QStringLiteral("香薰精油"), 90);
        const Product mask = f.addProduct(QStringLiteral("MASK-30"), QStringLiteral("面膜"), 30);
        const QDate reference(2025, 11, 8);
        QList<Contact> contacts;
        for (int i = 0; i < 60; ++i) {
            Contact c = f.addContact(QStringLiteral("客户%1").arg(i),
                                     QDate(1985, 1, 1).addDays(rng.bounded(3650)).toString(Qt::ISODate),
                                     i % 3 == 0 ? QStringLiteral("lead") : QStringLiteral("customer"));
            f.setCreatedAt(c, beijing(reference.addDays(-rng.bounded(120)), QTime(rng.bounded(24), 0)));
            f.buy(c, i % 2 ? oil : mask, reference.addDays(-rng.bounded(150)).toString(Qt::ISODate));
            contacts << c;
        }
        QVERIFY(HolidayCalendar(*f.store, f.managerActor()).addDefaults(2025).ok());
        const ReminderRule runout =
            addRule(f, QStringLiteral("runout"), [](RuleInput& in) { in.leadDays = 5; });
        addRule(f, QStringLiteral("birthday"), [](RuleInput& in) { in.leadDays = 7; });
        addRule(f, QStringLiteral("holiday"), [](RuleInput& in) { in.leadDays = 3; });
        addRule(f, QStringLiteral("dormant"), [](RuleInput& in) { in.threshold = 30; });
        addRule(f, QStringLiteral("lead_sla"), [](RuleInput& in) { in.threshold = 24; });
        ReminderEngine engine(*f.store);
        engine.setHorizonDays(10);
        QVERIFY(engine.fullRecompute(reference).value() > 60);
        // A reminder that the changes below leave alone (ids are random, so "the first one" could be a
        // run-out or dormant reminder they legitimately replace, or one of the deleted contact's).
        QString doneId;
        for (const Reminder& r : engine.all().value())
            if (r.kind == RuleKind::Birthday && r.contactId != contacts.at(3).id) {
                doneId = r.id;
                break;
            }
        QVERIFY(!doneId.isEmpty());
        QVERIFY(engine.markDone(doneId).ok());

        auto rebuilt = [&](const QDate& day) {
            QVERIFY(f.store->db().exec("DELETE FROM reminder").ok());
            QVERIFY(engine.fullRecompute(day).ok());
        };
        auto check = [&](const QDate& day) {
            const int kept = engine.fullRecompute(day).value();
            const QStringList incremental = snapshot(engine);
            QCOMPARE(kept, incremental.size());
            rebuilt(day);
            QCOMPARE(snapshot(engine), incremental);
        };
        check(reference); // nothing changed
        QCOMPARE(engine.get(doneId).value().state, ReminderState::Done);
        for (int i = 0; i < 10; ++i) {
            f.buy(contacts.at(rng.bounded(contacts.size())), oil,
                  reference.addDays(-rng.bounded(10)).toString(Qt::ISODate));
            f.followUp(contacts.at(rng.bounded(contacts.size())),
                       beijing(reference.addDays(-rng.bounded(5)), QTime(9, 0)));
        }
        QVERIFY(ContactRepository(*f.store).remove(contacts.at(3).id).ok());
        check(reference); // purchases, follow-ups, a deleted contact
        RuleInput later;
        later.leadDays = 9;
        QVERIFY(RuleRepository(*f.store, f.managerActor()).update(runout.id, later).ok());
        check(reference); // every run-out reminder's due date moved
        check(reference.addDays(1));
        check(reference.addDays(40));
        check(reference);
        auto back = engine.get(doneId); // states live apart from the reminders and survive every recompute
        QVERIFY2(back.ok(), qPrintable(back.message()));
        QCOMPARE(back.value().state, ReminderState::Done);
    }
    // Every COMMIT of the connection walks all pages of the in-memory temporary database: candidates left
    // there after a full recompute made each later one-contact recompute pay for all of them.
    void fullRecomputeGivesTheTemporaryDatabaseBack()
    {
        Fixture f;
        for (int i = 0; i < 120; ++i)
            f.addContact(QStringLiteral("客户%1").arg(i));
        QVERIFY(HolidayCalendar(*f.store, f.managerActor()).addDefaults(2025).ok());
        addRule(f, QStringLiteral("holiday"), [](RuleInput& in) { in.leadDays = 3; });
        auto tempPages = [&] {
            Statement st(f.store->db(), "PRAGMA temp.page_count");
            auto row = st.step();
            return row.ok() && row.value() ? st.int64(0) : -1;
        };
        ReminderEngine engine(*f.store);
        engine.setHorizonDays(10);
        const int generated = engine.fullRecompute(QDate(2025, 10, 1)).value();
        QVERIFY2(generated >= 240, qPrintable(QString::number(generated))); // enough to fill many pages
        QVERIFY2(tempPages() <= 2, qPrintable(QString::number(tempPages())));
        const QStringList before = snapshot(engine);
        ReminderEngine other(*f.store); // a second engine on the same connection recreates the table
        QCOMPARE(other.fullRecompute(QDate(2025, 10, 1)).value(), generated);
        QVERIFY(engine.recomputeContact(engine.all().value().constFirst().contactId).ok());
        QCOMPARE(snapshot(engine), before);
        QVERIFY2(tempPages() <= 2, qPrintable(QString::number(tempPages())));
    }
    // A full recompute reads with a larger page cache; afterwards the connection has its own size back, and
    // a cache already larger than the recompute's is never lowered.
    void fullRecomputePutsThePageCacheSizeBack()
    {
        Fixture f;
        const Product oil = f.addProduct(QStringLiteral("OIL-90"), QStringLiteral("香薰精油"), 90);
        f.buy(f.addContact(QStringLiteral("王秀英")), oil, QStringLiteral("2025-09-01"));
        addRule(f, QStringLiteral("runout"), [](RuleInput& in) { in.leadDays = 5; });
        auto cacheSize = [&] {
            Statement st(f.store->db(), "PRAGMA cache_size");
            auto row = st.step();
            return row.ok() && row.value() ? st.int64(0) : 0;
        };
        const qint64 usual = cacheSize();
        QVERIFY(usual != 0);
        ReminderEngine engine(*f.store);
        QCOMPARE(engine.fullRecompute(QDate(2025, 11, 20)).value(), 1);
        QCOMPARE(cacheSize(), usual);
        QVERIFY(f.store->db().exec("PRAGMA cache_size = 1234").ok()); // in pages
        QCOMPARE(engine.fullRecompute(QDate(2025, 11, 21)).value(), 1);
        QCOMPARE(cacheSize(), 1234);
        QVERIFY(f.store->db().exec("PRAGMA cache_size = -2000000").ok()); // larger than the recompute's
        QCOMPARE(engine.fullRecompute(QDate(2025, 11, 22)).value(), 1);
        QCOMPARE(cacheSize(), -2000000);
    }
};

QTEST_GUILESS_MAIN(TestReminderEngine)
#include "TestReminderEngine.moc"

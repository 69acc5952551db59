#include "ReminderTestSupport.h"

#include "insight/InsightQueries.h"
#include "library/ScriptLibrary.h"
#include "reminders/RuleRepository.h"

using namespace ll;
using namespace ll::test;

namespace {

// Wednesday; its week runs Monday 2026-11-23 to Sunday 2026-11-29 (Beijing time).
const QDate kToday(2026, 11, 25);

qint64 count(const QList<InsightCount>& counts, const QString& key)
{
    for (const InsightCount& c : counts)
        if (c.key == key)
            return c.value;
    return -1;
}

Contact addOwned(Fixture& f, const QString& name, const QString& ownerId, const QString& stage = {})
{
    ContactInput in;
    in.name = name;
    in.storeId = f.storeId;
    in.ownerId = ownerId;
    if (!stage.isEmpty())
        in.stage = stage;
    auto c = ContactRepository(*f.store).add(in);
    if (!c.ok())
        qFatal("%s", qPrintable(c.message()));
    return c.value();
}

} // namespace

class TestInsightQueries : public QObject
{
    Q_OBJECT

private slots:
    void funnelListsEveryStageInOrder()
    {
        Fixture f;
        f.addContact(QStringLiteral("甲"), {}, QStringLiteral("lead"));
        f.addContact(QStringLiteral("乙"), {}, QStringLiteral("lead"));
        f.addContact(QStringLiteral("丙"), {}, QStringLiteral("customer"));
        const Contact gone = f.addContact(QStringLiteral("丁"), {}, QStringLiteral("customer"));
        QVERIFY(ContactRepository(*f.store).remove(gone.id).ok());

        auto funnel = InsightQueries(*f.store).stageFunnel({});
        QVERIFY2(funnel.ok(), qPrintable(funnel.message()));
        QStringList keys;
        for (const InsightCount& c : funnel.value())
            keys << c.key;
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("lead"), QStringLiteral("prospect"), QStringLiteral("customer"),
                              QStringLiteral("loyal"), QStringLiteral("dormant"), QStringLiteral("lost")}));
        QCOMPARE(count(funnel.value(), QStringLiteral("lead")), 2);
        QCOMPARE(count(funnel.value(), QStringLiteral("customer")), 1); // the deleted one is not counted
        QCOMPARE(count(funnel.value(), QStringLiteral("loyal")), 0);
    }

    void funnelCanBeLimitedToOneGuide()
    {
        Fixture f;
        addOwned(f, QStringLiteral("甲"), f.guide.id);
        addOwned(f, QStringLiteral("乙"), f.manager.id);
        auto mine = InsightQueries(*f.store).stageFunnel({f.guide.id});
        QVERIFY(mine.ok());
        QCOMPARE(count(mine.value(), QStringLiteral("lead")), 1);
        auto all = InsightQueries(*f.store).stageFunnel({});
        QCOMPARE(count(all.value(), QStringLiteral("lead")), 2);
    }

    void leadResponseBucketsByTimeToFirstFollowUp()
    {
        Fixture f;
        const QDateTime created = beijing(kToday.addDays(-3), QTime(10, 0));
        const Contact quick = f.addContact(QStringLiteral("快"));
        const Contact slow = f.addContact(QStringLiteral("慢"));
        const Contact never = f.addContact(QStringLiteral("无"));
        const Contact old = f.addContact(QStringLiteral("旧"));
        for (const Contact& c : {quick, slow, never})
            f.setCreatedAt(c, created);
        f.setCreatedAt(old, beijing(kToday.addDays(-60), QTime(9, 0)));
        f.followUp(quick, created.addSecs(20 * 60));
        f.followUp(slow, created.addSecs(50 * 3600));
        f.followUp(old, created);

        auto buckets = InsightQueries(*f.store).leadResponse({}, kToday.addDays(-7), kToday.addDays(1));
        QVERIFY2(buckets.ok(), qPrintable(buckets.message()));
        QCOMPARE(buckets.value().size(), InsightQueries::responseBuckets().size());
        QCOMPARE(count(buckets.value(), QStringLiteral("under1h")), 1);
        QCOMPARE(count(buckets.value(), QStringLiteral("1to3d")), 1);
        QCOMPARE(count(buckets.value(), QStringLiteral("never")), 1);
        QCOMPARE(count(buckets.value(), QStringLiteral("over3d")), 0); // created outside the window
    }

    void workloadCountsThisWeeksFollowUpsAndDueReminders()
    {
        Fixture f;
        const Contact a = f.addContact(QStringLiteral("甲"), QStringLiteral("1990-11-25"));
        const Contact b = f.addContact(QStringLiteral("乙"));
        f.followUp(a, beijing(kToday.addDays(-2), QTime(9, 0)));  // Monday: this week
        f.followUp(b, beijing(kToday.addDays(-3), QTime(23, 0))); // Sunday before: last week
        RuleInput birthday;
        birthday.name = QStringLiteral("生日");
        birthday.kind = QStringLiteral("birthday");
        QVERIFY(RuleRepository(*f.store, f.managerActor()).add(birthday, true).ok());

        auto w = InsightQueries(*f.store).workload({}, kToday);
        QVERIFY2(w.ok(), qPrintable(w.message()));
        QCOMPARE(w.value().followUpsThisWeek, 1);
        QCOMPARE(w.value().dueToday, 1); // 甲's birthday is today
        QCOMPARE(w.value().overdue, 0);
    }

    void scriptRankingOrdersByUses()
    {
        Fixture f;
        ScriptLibrary library(*f.store, f.managerActor());
        ScriptInput hello;
        hello.title = QStringLiteral("欢迎");
        hello.body = QStringLiteral("{name}您好");
        ScriptInput thanks;
        thanks.title = QStringLiteral("感谢");
        thanks.body = QStringLiteral("谢谢{name}");
        const Script s1 = library.add(hello, true).value();
        const Script s2 = library.add(thanks, true).value();
        const Contact c = f.addContact(QStringLiteral("王芳"));
        ScriptLibrary asGuide(*f.store, f.guideActor());
        QVERIFY(asGuide.use(s2.id, c.id).ok());
        QVERIFY(asGuide.use(s2.id, c.id).ok());
        QVERIFY(asGuide.use(s1.id, c.id).ok());

        auto ranking = InsightQueries(*f.store).scriptRanking(QDate::currentDate().addDays(-1));
        QVERIFY2(ranking.ok(), qPrintable(ranking.message()));
        QCOMPARE(ranking.value().size(), 2);
        QCOMPARE(ranking.value().at(0).key, s2.id);
        QCOMPARE(ranking.value().at(0).label, QStringLiteral("感谢"));
        QCOMPARE(ranking.value().at(0).value, 2);
        QCOMPARE(ranking.value().at(1).value, 1);
    }

    void guideActivityNamesOwnersAndCountsTheirWork()
    {
        Fixture f;
        const Contact a = addOwned(f, QStringLiteral("甲"), f.guide.id);
        addOwned(f, QStringLiteral("乙"), f.guide.id);
        addOwned(f, QStringLiteral("丙"), f.manager.id);
        f.followUp(a, beijing(kToday, QTime(9, 0))); // made by the actor, the guide

        auto activity = InsightQueries(*f.store).guideActivity(kToday);
        QVERIFY2(activity.ok(), qPrintable(activity.message()));
        QCOMPARE(activity.value().size(), 2);
        const GuideActivity& top = activity.value().at(0);
        QCOMPARE(top.staffId, f.guide.id);
        QCOMPARE(top.name, QStringLiteral("王导购"));
        QCOMPARE(top.customers, 2);
        QCOMPARE(top.followUpsThisWeek, 1);
        QCOMPARE(activity.value().at(1).customers, 1);
    }
};

QTEST_GUILESS_MAIN(TestInsightQueries)
#include "TestInsightQueries.moc"

// The welcome-back reminder of a customer taken over through a transfer (issue #7): due on the
// take-over day, answered only by a follow-up after the take-over, the same incrementally and in
// full, and built-in defaults whose ids every device derives alike.
#include "ReminderTestSupport.h"

#include "library/ScriptLibrary.h"
#include "reminders/ReminderEngine.h"
#include "reminders/RuleRepository.h"
#include "reminders/TakeoverDefaults.h"

using namespace ll;
using namespace ll::test;

namespace {

// What a pulled transfer writes (ChangeApplier maps takenOverFrom/-Name/-At onto these columns).
void markTakenOver(Fixture& f, const Contact& c, const QString& fromId, const QString& fromName,
                   const QDateTime& at)
{
    Statement st(f.store->db(), "UPDATE contact SET taken_over_from = ?, taken_over_from_name = ?, "
                                "taken_over_at = ? WHERE rowid = ?");
    st.bind(1, fromId).bind(2, fromName).bind(3, at.toMSecsSinceEpoch()).bind(4, c.rowId);
    if (!st.exec().ok())
        qFatal("taken over");
}

} // namespace

class TestTakeoverReminder : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreCreatedOnceWithNameBasedIds()
    {
        Fixture f;
        auto created = takeover_defaults::ensure(*f.store, f.guideActor());
        QVERIFY2(created.ok(), qPrintable(created.message()));
        QCOMPARE(created.value(), 2);
        QCOMPARE(takeover_defaults::ensure(*f.store, f.guideActor()).value(), 0);

        auto rule = RuleRepository(*f.store, f.guideActor()).get(takeover_defaults::ruleIdFor(f.guide.id));
        QVERIFY2(rule.ok(), qPrintable(rule.message()));
        QCOMPARE(rule->kind, RuleKind::Takeover);
        QCOMPARE(rule->ownerId, f.guide.id); // personal: the guide who takes customers over has it
        QCOMPARE(rule->scriptId, takeover_defaults::scriptIdFor(f.guide.id));
        auto script = ScriptLibrary(*f.store, f.guideActor()).get(rule->scriptId);
        QVERIFY2(script.ok(), qPrintable(script.message()));
        QCOMPARE(toCode(script->category), QStringLiteral("welcome"));
        QVERIFY(script->body.contains(QStringLiteral("{guide}")));

        // Another device of the same guide derives the same two ids, so sync merges them into one.
        Fixture other;
        QCOMPARE(takeover_defaults::ensure(*other.store, Actor{f.guide.id, StaffRole::Guide}).value(), 2);
        QVERIFY(RuleRepository(*other.store, f.guideActor()).get(rule->id).ok());
        QVERIFY(takeover_defaults::ruleIdFor(f.guide.id) != takeover_defaults::ruleIdFor(f.manager.id));

        // A default the guide deleted stays deleted.
        QVERIFY(RuleRepository(*f.store, f.guideActor()).remove(rule->id).ok());
        QCOMPARE(takeover_defaults::ensure(*f.store, f.guideActor()).value(), 0);
        QVERIFY(!RuleRepository(*f.store, f.guideActor()).get(rule->id).ok());
        // Without a staff member there is nobody to create them for.
        QCOMPARE(takeover_defaults::ensure(*f.store, Actor{}).value(), 0);
    }

    void dueOnTheTakeOverDayAndAnsweredOnlyByALaterFollowUp()
    {
        Fixture f;
        const Contact waiting = f.addContact(QStringLiteral("接手客户"));
        const Contact answered = f.addContact(QStringLiteral("已回访客户"));
        const Contact own = f.addContact(QStringLiteral("自己的客户"));
        const QDateTime at = beijing(QDate(2025, 10, 1), QTime(10, 0));
        markTakenOver(f, waiting, f.manager.id, QStringLiteral("王芳"), at);
        markTakenOver(f, answered, f.manager.id, QStringLiteral("王芳"), at);
        // The previous owner's follow-up (before the take-over) does not answer the welcome back.
        f.followUp(waiting, at.addDays(-1));
        f.followUp(answered, at.addSecs(3600));
        QVERIFY(takeover_defaults::ensure(*f.store, f.guideActor()).ok());

        ReminderEngine engine(*f.store);
        const QList<Reminder> due = dueList(engine, QDate(2025, 10, 1));
        QCOMPARE(due.size(), 1);
        const Reminder& r = due.constFirst();
        QCOMPARE(r.contactId, waiting.id);
        QCOMPARE(r.kind, RuleKind::Takeover);
        QCOMPARE(r.anchor, QDate(2025, 10, 1));
        QCOMPARE(r.dueOn, QDate(2025, 10, 1));
        QCOMPARE(r.subjectLabel, QStringLiteral("王芳"));
        QCOMPARE(r.scriptId, takeover_defaults::scriptIdFor(f.guide.id));
        QVERIFY(r.id == ReminderEngine::reminderId(takeover_defaults::ruleIdFor(f.guide.id), waiting.id,
                                                   QDate(2025, 10, 1), QString()));
        QVERIFY(engine.forContact(answered.id).value().constFirst().isAnswered());
        QVERIFY(engine.forContact(own.id).value().isEmpty());
        auto groups = engine.due(QDate(2025, 10, 1));
        QCOMPARE(groups.value().size(), 1);
        QCOMPARE(groups.value().constFirst().kind, RuleKind::Takeover);

        // The new owner's first follow-up closes it.
        f.followUp(waiting, at.addDays(1));
        QVERIFY(engine.recomputeContact(waiting.rowId).ok());
        QVERIFY(dueList(engine, QDate(2025, 10, 2)).isEmpty());
        QCOMPARE(engine.forContact(waiting.id).value().constFirst().answeredAt, at.addDays(1).toUTC());
    }

    void leadDaysShiftTheDueDayAndIncrementalEqualsFull()
    {
        Fixture f;
        RuleInput in;
        in.name = QStringLiteral("两天后欢迎回访");
        in.kind = QStringLiteral("takeover");
        in.leadDays = 2;
        QVERIFY(RuleRepository(*f.store, f.managerActor()).add(in, true).ok());
        QList<Contact> contacts;
        for (int i = 0; i < 12; ++i)
            contacts << f.addContact(QStringLiteral("客户%1").arg(i));
        const QDate reference(2025, 10, 10);
        ReminderEngine engine(*f.store);
        QVERIFY(engine.fullRecompute(reference).ok());
        for (int i = 0; i < contacts.size(); ++i) {
            const Contact& c = contacts.at(i);
            if (i % 3 != 2)
                markTakenOver(f, c, f.manager.id, QStringLiteral("李店长"),
                              beijing(reference.addDays(-i), QTime(23, 30)));
            if (i % 4 == 1)
                f.followUp(c, beijing(reference.addDays(-i), QTime(23, 45)));
            if (i % 4 == 3)
                f.followUp(c, beijing(reference.addDays(-i - 1), QTime(9, 0)));
            QVERIFY(engine.recomputeContact(c.rowId).ok());
        }
        const QStringList incremental = snapshot(engine);
        QCOMPARE(incremental.size(), 8);
        QVERIFY(engine.fullRecompute(reference).ok());
        QCOMPARE(snapshot(engine), incremental);
        auto first = engine.forContact(contacts.at(0).id);
        QCOMPARE(first.value().constFirst().dueOn, reference.addDays(2));
    }
};

QTEST_GUILESS_MAIN(TestTakeoverReminder)
#include "TestTakeoverReminder.moc"

// Holiday and dormant reminders are computed when read instead of being stored once per contact: they
// must look exactly like stored ones to every reader (due, becameDue, forContact, all, get) and keep the
// guide's done/snooze/dismiss state.
#include "ReminderTestSupport.h"

#include "reminders/HolidayCalendar.h"
#include "reminders/ReminderEngine.h"
#include "reminders/RuleRepository.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace ll;
using namespace ll::test;

namespace {

QStringList ids(const QList<Reminder>& reminders)
{
    QStringList out;
    for (const Reminder& r : reminders)
        out << r.id;
    std::sort(out.begin(), out.end());
    return out;
}

int storedOfKind(Fixture& f, const char* kind)
{
    Statement st(f.store->db(), "SELECT count(*) FROM reminder WHERE kind = ?");
    st.bind(1, QString::fromLatin1(kind));
    if (!st.step().ok())
        qFatal("count");
    return st.integer(0);
}

} // namespace

class TestComputedReminders : public QObject
{
    Q_OBJECT

private slots:
    void holidayAndDormantRemindersAreNotStoredButReadLikeStoredOnes()
    {
        Fixture f;
        QList<Contact> contacts;
        for (int i = 0; i < 5; ++i) {
            contacts << f.addContact(QStringLiteral("客户%1").arg(i));
            f.setCreatedAt(contacts.last(), beijing(QDate(2025, 6, 1), QTime(9, 0)));
        }
        QVERIFY(HolidayCalendar(*f.store, f.managerActor()).addDefaults(2025).ok());
        addRule(f, QStringLiteral("holiday"), [](RuleInput& in) {
            in.leadDays = 3;
            in.holidayName = QStringLiteral("中秋节"); // 6 October 2025
        });
        addRule(f, QStringLiteral("dormant"), [](RuleInput& in) { in.threshold = 120; }); // due 29 Sep
        ReminderEngine engine(*f.store);
        const QDate day(2025, 10, 3);
        QCOMPARE(engine.fullRecompute(day).value(), 10);
        QCOMPARE(storedOfKind(f, "holiday"), 0);
        QCOMPARE(storedOfKind(f, "dormant"), 0);

        const QList<Reminder> all = engine.all().value();
        QCOMPARE(all.size(), 10);
        for (const Reminder& r : all) {
            // Ids, due dates and moments are what a stored reminder of the same key would carry.
            QCOMPARE(r.id, ReminderEngine::reminderId(r.ruleId, r.contactId, r.anchor, r.subject));
            QCOMPARE(r.dueAt.toMSecsSinceEpoch(), engine.calendar().startOfDay(r.dueOn));
            if (r.kind == RuleKind::Holiday) {
                QCOMPARE(r.anchor, QDate(2025, 10, 6));
                QCOMPARE(r.dueOn, QDate(2025, 10, 3));
                QCOMPARE(r.expiresOn, QDate(2025, 10, 6));
                QCOMPARE(r.subjectLabel, QStringLiteral("中秋节"));
            } else {
                QCOMPARE(r.kind, RuleKind::Dormant);
                QCOMPARE(r.anchor, QDate(2025, 6, 1));
                QCOMPARE(r.dueOn, QDate(2025, 9, 29));
            }
        }
        QCOMPARE(ids(dueList(engine, day)), ids(all));
        QCOMPARE(engine.forContact(contacts.at(2).id).value().size(), 2);

        // The guide's state is kept under the computed id, and synced like any other.
        const Reminder holiday = *std::find_if(all.cbegin(), all.cend(),
                                               [](const Reminder& r) { return r.kind == RuleKind::Holiday; });
        const Reminder dormant = *std::find_if(all.cbegin(), all.cend(),
                                               [](const Reminder& r) { return r.kind == RuleKind::Dormant; });
        const int outbox = f.store->pendingOutboxCount().value();
        QVERIFY(engine.markDone(holiday.id).ok());
        QVERIFY(engine.snooze(dormant.id, QDate(2025, 10, 5)).ok());
        QCOMPARE(f.store->pendingOutboxCount().value(), outbox + 2);
        QCOMPARE(engine.get(holiday.id).value().state, ReminderState::Done);
        QCOMPARE(engine.get(dormant.id).value().snoozedUntil, QDate(2025, 10, 5));
        QCOMPARE(dueList(engine, day).size(), 8);
        QVERIFY(engine.fullRecompute(day).ok()); // states survive recomputes
        QCOMPARE(dueList(engine, day).size(), 8);
        QCOMPARE(dueList(engine, QDate(2025, 10, 5)).size(), 9); // the snooze ran out
        QVERIFY(engine.reopen(holiday.id).ok());
        QCOMPARE(dueList(engine, QDate(2025, 10, 5)).size(), 10);

        // The same through a reminder already read (the Today list's path, without a look-up by id).
        const QList<Reminder> listed = dueList(engine, QDate(2025, 10, 5));
        const int before = f.store->pendingOutboxCount().value();
        QVERIFY(engine.dismiss(listed.at(0)).ok());
        QCOMPARE(engine.get(listed.at(0).id).value().state, ReminderState::Dismissed);
        QCOMPARE(engine.snooze(listed.at(1), day).code(), ErrorCode::InvalidInput); // not after the reference
        QVERIFY(engine.snooze(listed.at(1), QDate(2025, 10, 7)).ok());
        QCOMPARE(engine.get(listed.at(1).id).value().snoozedUntil, QDate(2025, 10, 7));
        QCOMPARE(dueList(engine, QDate(2025, 10, 5)).size(), 8);
        QVERIFY(engine.reopen(listed.at(0).id).ok());
        QVERIFY(engine.markDone(listed.at(1)).ok());
        QVERIFY(engine.reopen(listed.at(1).id).ok());
        QCOMPARE(dueList(engine, QDate(2025, 10, 5)).size(), 10);
        QCOMPARE(f.store->pendingOutboxCount().value(), before + 5);

        // A follow-up moves the dormant anchor at once, even before the contact's recompute.
        f.followUp(contacts.at(0), beijing(QDate(2025, 10, 5), QTime(10, 0)));
        QCOMPARE(dueList(engine, QDate(2025, 10, 5)).size(), 9);
        QVERIFY(engine.recomputeContact(contacts.at(0).rowId).ok());
        QCOMPARE(dueList(engine, QDate(2025, 10, 5)).size(), 9);
        QCOMPARE(engine.fullRecompute(QDate(2025, 10, 5)).value(), 9);
        QCOMPARE(engine.get(QStringLiteral("00000000-0000-4000-8000-000000000000")).code(),
                 ErrorCode::NotFound);
    }

    // becameDue (desktop notifications) reads a narrow window of days, through an index for dormant
    // reminders: it must return exactly the open reminders of all() due in the interval.
    void becameDueMatchesAllForAnyInterval()
    {
        Fixture f;
        QRandomGenerator rng(9);
        const QDate reference(2025, 9, 28);
        QList<Contact> contacts;
        for (int i = 0; i < 80; ++i) {
            Contact c = f.addContact(QStringLiteral("客户%1").arg(i), {},
                                     i % 2 ? QStringLiteral("customer") : QStringLiteral("loyal"));
            f.setCreatedAt(c, beijing(reference.addDays(-40 - rng.bounded(30)), QTime(rng.bounded(24), 0)));
            if (rng.bounded(3) == 0)
                f.followUp(c, beijing(reference.addDays(-25 - rng.bounded(20)), QTime(rng.bounded(24), 30)));
            contacts << c;
        }
        QVERIFY(HolidayCalendar(*f.store, f.managerActor()).addDefaults(2025).ok());
        addRule(f, QStringLiteral("holiday"), [](RuleInput& in) {
            in.leadDays = 2;
            in.stages = QStringList{QStringLiteral("loyal")};
        });
        addRule(f, QStringLiteral("dormant"), [](RuleInput& in) { in.threshold = 30; });
        ReminderEngine engine(*f.store);
        engine.setHorizonDays(14);
        QVERIFY(engine.fullRecompute(reference).value() > 80);
        const QList<Reminder> all = engine.all().value();
        QVERIFY(engine.dismiss(all.at(3).id).ok());
        const qint64 start = engine.calendar().startOfDay(reference.addDays(-20));
        for (int i = 0; i < 40; ++i) {
            const qint64 from = start + qint64(rng.bounded(35 * 24)) * 3'600'000 + rng.bounded(3'600'000);
            const qint64 to = from + qint64(rng.bounded(4 * 24)) * 3'600'000 + rng.bounded(3'600'000);
            QList<Reminder> expected;
            for (const Reminder& r : all)
                if (r.dueAt.toMSecsSinceEpoch() >= from && r.dueAt.toMSecsSinceEpoch() < to &&
                    r.id != all.at(3).id)
                    expected << r;
            QCOMPARE(ids(engine.becameDue(from, to).value()), ids(expected));
        }
    }

    // Stores from before schema v6 kept holiday and dormant rows; a recompute leaves none of them, so they
    // are never listed twice.
    void storedRowsOfComputedKindsAreDropped()
    {
        Fixture f;
        const Contact c = f.addContact(QStringLiteral("甲"));
        f.setCreatedAt(c, beijing(QDate(2025, 1, 1), QTime(9, 0)));
        addRule(f, QStringLiteral("dormant"), [](RuleInput& in) { in.threshold = 30; });
        ReminderEngine engine(*f.store);
        QCOMPARE(engine.fullRecompute(QDate(2025, 3, 1)).value(), 1);
        const Reminder r = engine.all().value().constFirst();
        Statement legacy(
            f.store->db(),
            "INSERT INTO reminder (id, rule_rowid, contact_rowid, kind, subject, anchor, due_on, "
            "due_at, expires_on) VALUES (?, (SELECT rowid FROM reminder_rule), ?, 'dormant', '', "
            "?, ?, ?, '')");
        legacy.bind(1, r.id)
            .bind(2, c.rowId)
            .bind(3, r.anchor.toString(Qt::ISODate))
            .bind(4, r.dueOn.toString(Qt::ISODate))
            .bind(5, r.dueAt.toMSecsSinceEpoch());
        QVERIFY(legacy.exec().ok());
        QCOMPARE(engine.fullRecompute(QDate(2025, 3, 1)).value(), 1);
        QCOMPARE(storedOfKind(f, "dormant"), 0);
        QCOMPARE(engine.all().value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestComputedReminders)
#include "TestComputedReminders.moc"

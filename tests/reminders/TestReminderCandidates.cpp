// A full recompute collects its reminders in memory (run-out, birthday and lead SLA generated in C++ from
// one scan per source) and writes only the difference to `reminder`. The difference must leave exactly the
// candidates stored, touching nothing that is equal; the C++ rules must give row for row what their SQL,
// which a one-contact recompute runs, gives — on odd stored text too.
#include "ReminderTestSupport.h"

#include "library/ContactFields.h"
#include "reminders/ReminderCandidates.h"
#include "reminders/ReminderEngine.h"
#include "reminders/RuleRepository.h"
#include "store/Transaction.h"

#include <QRandomGenerator>
#include <QTimeZone>

using namespace ll;
using namespace ll::test;
using namespace ll::reminder_candidates;

namespace {

// (rowid, id, due_on, closed_at) of every stored reminder, by key.
QStringList storedRows(Store& store)
{
    Statement st(store.db(),
                 "SELECT rowid, id, rule_rowid, contact_rowid, subject, anchor, due_on, closed_at "
                 "FROM reminder ORDER BY rule_rowid, contact_rowid, subject, anchor");
    QStringList out;
    while (st.step().value())
        out << QStringLiteral("%1 %2 %3/%4/%5/%6 %7 %8")
                   .arg(st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6),
                        st.text(7));
    return out;
}

Candidate candidate(TextPool& pool, qint64 rule, qint64 contact, const char* anchor, const char* due,
                    qint64 closedAt = 0)
{
    Candidate c;
    c.ruleRowId = rule;
    c.contactRowId = contact;
    c.kind = pool.id(QByteArrayLiteral("birthday"));
    c.subject = pool.empty();
    c.anchor = pool.id(QByteArray(anchor));
    c.dueOn = pool.id(QByteArray(due));
    c.expiresOn = c.anchor;
    c.dueAt = 1000;
    c.closedAt = closedAt;
    c.closedBy = closedAt > 0 ? pool.id(QByteArrayLiteral("followup")) : pool.empty();
    return c;
}

} // namespace

class TestReminderCandidates : public QObject
{
    Q_OBJECT

private slots:
    // Stored: a (kept as it is), b (its due day changed), c (gone), d (answered since); new: e.
    void theDifferenceKeepsEqualRowsAndReplacesTheRest()
    {
        Fixture f;
        const Contact one = f.addContact(QStringLiteral("王秀英"));
        const Contact two = f.addContact(QStringLiteral("李娜"));
        const ReminderRule rule = addRule(f, QStringLiteral("birthday"));
        Database& db = f.store->db();
        const QHash<qint64, QString> ruleIds{{rule.rowId, rule.id}};
        {
            TextPool pool;
            std::vector<Candidate> first{candidate(pool, rule.rowId, one.rowId, "2025-05-01", "2025-04-28"),
                                         candidate(pool, rule.rowId, one.rowId, "2025-06-01", "2025-05-28"),
                                         candidate(pool, rule.rowId, two.rowId, "2025-05-01", "2025-04-28"),
                                         candidate(pool, rule.rowId, two.rowId, "2025-07-01", "2025-06-28")};
            Transaction tx(db);
            QVERIFY(tx.beginStatus().ok());
            auto written = writeDifference(db, pool, first, ruleIds);
            QVERIFY2(written.ok(), qPrintable(written.message()));
            QCOMPARE(written->inserted, 4);
            QCOMPARE(written->kept + written->deleted, 0);
            QVERIFY(tx.commit().ok());
        }
        const QStringList before = storedRows(*f.store);
        QCOMPARE(before.size(), 4);

        TextPool pool; // another recompute: other pool ids for the same texts
        std::vector<Candidate> next{candidate(pool, rule.rowId, two.rowId, "2025-07-01", "2025-06-28", 5000),
                                    candidate(pool, rule.rowId, one.rowId, "2025-06-01", "2025-05-27"),
                                    candidate(pool, rule.rowId, two.rowId, "2025-08-01", "2025-07-29"),
                                    candidate(pool, rule.rowId, one.rowId, "2025-05-01", "2025-04-28")};
        Transaction tx(db);
        QVERIFY(tx.beginStatus().ok());
        auto written = writeDifference(db, pool, next, ruleIds);
        QVERIFY2(written.ok(), qPrintable(written.message()));
        QVERIFY(tx.commit().ok());
        QCOMPARE(written->kept, 1);     // a
        QCOMPARE(written->deleted, 3);  // b, c, d as they were
        QCOMPARE(written->inserted, 3); // b and d as they are now, e

        const QStringList after = storedRows(*f.store);
        QCOMPARE(after.size(), 4);
        QCOMPARE(after.at(0), before.at(0)); // a
        const QString b = ReminderEngine::reminderId(rule.id, one.id, QDate(2025, 6, 1), QString());
        QVERIFY(after.at(1).contains(b + QStringLiteral(" ")));
        QVERIFY(after.at(1).endsWith(QStringLiteral("2025-05-27 0")));
        const QString d = ReminderEngine::reminderId(rule.id, two.id, QDate(2025, 7, 1), QString());
        const QString e = ReminderEngine::reminderId(rule.id, two.id, QDate(2025, 8, 1), QString());
        QVERIFY(after.at(2).contains(d + QStringLiteral(" ")));
        QVERIFY(after.at(2).endsWith(QStringLiteral("2025-06-28 5000")));
        QVERIFY(after.at(3).contains(e + QStringLiteral(" ")));
        for (const QString& row : after)
            QVERIFY(!row.contains(QStringLiteral("/2025-05-01 ")) || row == before.at(0)); // c is gone
    }

    void twoCandidatesWithOneKeyAreRefused()
    {
        Fixture f;
        const Contact one = f.addContact(QStringLiteral("王秀英"));
        const ReminderRule rule = addRule(f, QStringLiteral("birthday"));
        TextPool pool;
        std::vector<Candidate> twice{candidate(pool, rule.rowId, one.rowId, "2025-05-01", "2025-04-28"),
                                     candidate(pool, rule.rowId, one.rowId, "2025-05-01", "2025-04-29")};
        Transaction tx(f.store->db());
        QVERIFY(tx.beginStatus().ok());
        QVERIFY(!writeDifference(f.store->db(), pool, twice, {{rule.rowId, rule.id}}).ok());
    }

    // The SQL functions belong to the connection; an engine with another zone created later on the same
    // store must not change what the first one's SQL (one-contact recompute, reads) computes.
    void enginesWithOtherZonesOnOneStoreEachUseTheirOwn()
    {
        Fixture f;
        const Contact lead = f.addContact(QStringLiteral("直播线索"), {}, QStringLiteral("lead"));
        // 23:30 on 30 June in Beijing is 15:30 UTC; one hour later it is 1 July in Beijing only.
        f.setCreatedAt(lead, QDateTime(QDate(2025, 6, 30), QTime(15, 30), Qt::UTC));
        addRule(f, QStringLiteral("lead_sla"), [](RuleInput& in) { in.threshold = 1; });
        ReminderEngine shanghai(*f.store);
        ReminderEngine utc(*f.store, QTimeZone::utc());
        QCOMPARE(shanghai.fullRecompute(QDate(2025, 6, 30)).value(), 1);
        QCOMPARE(shanghai.all().value().constFirst().dueOn, QDate(2025, 7, 1));
        QVERIFY(shanghai.recomputeContact(lead.rowId).ok());
        QCOMPARE(shanghai.all().value().constFirst().dueOn, QDate(2025, 7, 1));
        QCOMPARE(utc.fullRecompute(QDate(2025, 6, 30)).value(), 1);
        QCOMPARE(utc.all().value().constFirst().dueOn, QDate(2025, 6, 30));
        QVERIFY(utc.recomputeContact(lead.rowId).ok());
        QCOMPARE(utc.all().value().constFirst().dueOn, QDate(2025, 6, 30));
    }

    // The C++ rules of a full recompute against their SQL (what recomputeContact runs), contact by contact,
    // with scopes, deleted and merged contacts, follow-ups on the edges, and purchase days, birthdays and
    // dates stored in forms the app never writes but a hand-edited or older store might hold.
    void nativeRulesGiveWhatTheirSqlGives()
    {
        Fixture f;
        QRandomGenerator rng(9001);
        TagRepository tags(*f.store);
        const Tag vip = tags.addTag(QString(), QStringLiteral("VIP")).value();
        QList<Product> products{f.addProduct(QStringLiteral("A-30"), QStringLiteral("面膜"), 30),
                                f.addProduct(QStringLiteral("B-90"), QStringLiteral("精油"), 90),
                                f.addProduct(QStringLiteral("C-0"), QStringLiteral("礼盒"), 0)};
        const QStringList stages{QStringLiteral("lead"), QStringLiteral("prospect"),
                                 QStringLiteral("customer")};
        const QDate reference(2025, 10, 1);
        QList<Contact> contacts;
        for (int i = 0; i < 90; ++i) {
            const QString birthday =
                rng.bounded(4) == 0
                    ? QString()
                    : QDate(1980 + rng.bounded(20), 1, 1).addDays(rng.bounded(366)).toString(Qt::ISODate);
            Contact c = f.addContact(QStringLiteral("客户%1").arg(i), birthday, stages.at(rng.bounded(3)));
            f.setCreatedAt(c, beijing(reference.addDays(-rng.bounded(12)), QTime(rng.bounded(24), 0)));
            if (rng.bounded(3) == 0)
                QVERIFY(tags.tagContact(c.id, vip.id).ok());
            contacts << c;
        }
        for (int i = 0; i < 160; ++i) {
            const Contact& c = contacts.at(rng.bounded(contacts.size()));
            f.buy(c, products.at(rng.bounded(3)), reference.addDays(-rng.bounded(120)).toString(Qt::ISODate),
                  1 + rng.bounded(3));
        }
        for (int i = 0; i < 120; ++i) {
            const Contact& c = contacts.at(rng.bounded(contacts.size()));
            f.followUp(c, beijing(reference.addDays(-rng.bounded(15)), QTime(rng.bounded(24), 0)));
        }
        // A follow-up at the very moment a contact was created.
        Database& db = f.store->db();
        QVERIFY(db.exec("UPDATE followup SET happened_at = (SELECT created_at FROM contact WHERE rowid = "
                        "followup.contact_rowid) WHERE rowid = (SELECT max(rowid) FROM followup)")
                    .ok());
        QVERIFY(ContactRepository(*f.store).remove(contacts.at(5).id).ok());
        QVERIFY(ContactRepository(*f.store).merge(contacts.at(6).id, contacts.at(7).id).ok());
        QVERIFY(db.exec("UPDATE purchase SET purchased_on = '2025-09-03 10:00' WHERE rowid = 3").ok());
        QVERIFY(db.exec("UPDATE purchase SET purchased_on = '2025/09/04' WHERE rowid = 9").ok());
        QVERIFY(db.exec("UPDATE contact SET birthday = '1990/10/06' WHERE rowid = "
                        "(SELECT min(rowid) FROM contact WHERE birthday != '')")
                    .ok());
        QVERIFY(db.exec("UPDATE contact SET birthday = '10-06' WHERE rowid = "
                        "(SELECT max(rowid) FROM contact WHERE birthday != '')")
                    .ok());

        ContactFieldRepository fields(*f.store);
        for (int i = 20; i < 60; ++i) // live contacts (5 was deleted, 7 merged)
            QVERIFY(fields
                        .set(contacts.at(i).id, QStringLiteral("纪念日"),
                             QDate(2015, 1, 1).addDays(rng.bounded(3800)).toString(Qt::ISODate))
                        .ok());
        QVERIFY(fields.set(contacts.at(1).id, QStringLiteral("纪念日"), QStringLiteral("2024-02-29")).ok());
        const char* odd[] = {"2025-02-30", "2025-1-05", "", "2025/10/09", "2025-10-09 08:00"};
        for (int i = 0; i < 5; ++i) {
            Statement st(
                db, "INSERT OR REPLACE INTO contact_field (contact_rowid, name, value) VALUES (?, ?, ?)");
            st.bind(1, contacts.at(10 + i).rowId)
                .bind(2, QStringLiteral("纪念日"))
                .bind(3, QString::fromUtf8(odd[i]));
            QVERIFY(st.exec().ok());
        }

        addRule(f, QStringLiteral("runout"), [](RuleInput& in) { in.leadDays = 5; });
        addRule(f, QStringLiteral("custom_date"), [](RuleInput& in) {
            in.dateField = QStringLiteral("纪念日");
            in.leadDays = 3;
        });
        addRule(f, QStringLiteral("custom_date"), [](RuleInput& in) {
            in.dateField = QStringLiteral("纪念日");
            in.yearly = false;
            in.stages = QStringList{QStringLiteral("customer"), QStringLiteral("lead")};
        });
        addRule(f, QStringLiteral("runout"), [](RuleInput& in) {
            in.productId = QStringLiteral("B-90");
            in.tagIds = QStringList{QStringLiteral("VIP")};
        });
        addRule(f, QStringLiteral("birthday"), [](RuleInput& in) { in.leadDays = 7; });
        addRule(f, QStringLiteral("birthday"), [&](RuleInput& in) {
            in.stages = QStringList{QStringLiteral("customer")};
            in.storeIds = QStringList{f.storeId};
        });
        addRule(f, QStringLiteral("lead_sla"), [](RuleInput& in) { in.threshold = 48; });
        addRule(f, QStringLiteral("lead_sla"), [](RuleInput& in) {
            in.threshold = 1;
            in.tagIds = QStringList{QStringLiteral("VIP")};
        });

        ReminderEngine engine(*f.store);
        engine.setHorizonDays(14);
        for (const QDate& day : {reference, reference.addDays(3), reference.addDays(40)}) {
            const int generated = engine.fullRecompute(day).value();
            QVERIFY2(generated > 20, qPrintable(QString::number(generated)));
            const QStringList full = snapshot(engine);
            QCOMPARE(full.size(), generated);
            QVERIFY(db.exec("DELETE FROM reminder").ok());
            Statement rows(db, "SELECT rowid FROM contact");
            QList<qint64> rowIds;
            while (rows.step().value())
                rowIds << rows.int64(0);
            for (qint64 rowId : rowIds)
                QVERIFY(engine.recomputeContact(rowId).ok());
            QCOMPARE(snapshot(engine), full);
        }
    }
};

QTEST_GUILESS_MAIN(TestReminderCandidates)
#include "TestReminderCandidates.moc"

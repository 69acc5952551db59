// ChangeApplier's two ways through a page, on a local profile with hand-built pages (no server):
// the direct pass (no savepoint per change) and the careful pass it falls back to when a record that may
// already have written part of itself has to wait. Both must leave exactly what the careful pass alone did.
#include "SyncTestDevice.h"
#include "engine/ChangeApplier.h"
#include "reminders/ReminderEngine.h"
#include "reminders/RuleRepository.h"
#include "search/ContactSearchIndex.h"
#include "store/Store.h"

#include <QDateTime>
#include <QTest>
#include <QUuid>

using namespace ll;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Clocks of a remote device, an hour ahead: newer than anything local, and fixed for the whole test.
Hlc clockAt(int step)
{
    static const qint64 base = QDateTime::currentMSecsSinceEpoch() + 3'600'000;
    return Hlc::make(base + step, 0, QStringLiteral("remote")).value();
}

Change record(const QString& entity, const QString& id, const QList<QPair<QString, QJsonValue>>& fields,
              int step)
{
    static qint64 seq = 0;
    Change c;
    c.seq = ++seq; // a parked change is stored as its wire form, which needs a seq
    c.entity = entity;
    c.recordId = id;
    for (const auto& [name, value] : fields)
        c.state.fields.insert(name, FieldValue{value, clockAt(step)});
    return c;
}

Change contact(const QString& id, const QString& name, const QStringList& tagIds, int step)
{
    Change c = record(QStringLiteral("contact"), id, {{QStringLiteral("name"), name}}, step);
    for (const QString& tag : tagIds)
        c.state.sets[QStringLiteral("tags")].insert(tag, SetElement{clockAt(step), std::nullopt});
    c.state.sets[QStringLiteral("phones")].insert(QStringLiteral("+8613900139000"),
                                                  SetElement{clockAt(step), std::nullopt});
    return c;
}

Change followUp(const QString& id, const QString& contactId, int step)
{
    Change c = record(QStringLiteral("followup"), id,
                      {{QStringLiteral("contactId"), contactId},
                       {QStringLiteral("kind"), QStringLiteral("call")},
                       {QStringLiteral("note"), QStringLiteral("回访")},
                       {QStringLiteral("happenedAt"), QDateTime::currentMSecsSinceEpoch()}},
                      step);
    c.parentId = contactId;
    return c;
}

// A contact with every searchable field, several phones (one of them removed again) and a number field.
Change searchableContact(const QString& id, int i, int step)
{
    Change c = record(QStringLiteral("contact"), id,
                      {{QStringLiteral("name"), QStringLiteral("張三丰%1").arg(i)},
                       {QStringLiteral("nickname"), QStringLiteral("Tom 老%1").arg(i)},
                       {QStringLiteral("wechatId"), QStringLiteral("zhang_san%1").arg(i)},
                       {QStringLiteral("city"), QStringLiteral("北京")},
                       {QStringLiteral("notes"), QStringLiteral("喜欢绿茶，下周回访 VIP-%1").arg(i)},
                       {QStringLiteral("points"), 10 * i}},
                      step);
    auto& phones = c.state.sets[QStringLiteral("phones")];
    phones.insert(QStringLiteral("+86139%1").arg(10000000 + i), SetElement{clockAt(step), std::nullopt});
    phones.insert(QStringLiteral("+86010%1").arg(60000000 + i), SetElement{clockAt(step), std::nullopt});
    phones.insert(QStringLiteral("+86137%1").arg(20000000 + i), SetElement{clockAt(step), clockAt(step + 1)});
    return c;
}

// Every search entry as (contact id, tokens), in contact id order: comparable across profiles.
QList<QPair<QString, QString>> searchEntries(SyncTestDevice& d)
{
    QList<QPair<QString, QString>> out;
    Statement st(d.store().db(),
                 "SELECT c.id, f.tokens FROM contact_fts f JOIN contact c ON c.rowid = f.docid "
                 "ORDER BY c.id");
    while (st.step().value())
        out.append({st.text(0), st.text(1)});
    return out;
}

PullResponse pageOf(const QList<Change>& changes, qint64 cursor)
{
    PullResponse page;
    page.changes = changes;
    page.nextCursor = cursor;
    return page;
}

} // namespace

class TestChangeApplierPaths : public QObject
{
    Q_OBJECT

private slots:
    // A child before its contact (the contact's seq moved past it) waits, then lands with the next page.
    void childBeforeItsContactWaitsAcrossPages()
    {
        SyncTestDevice d;
        QVERIFY(d.create());
        sync::ChangeApplier applier(d.store());
        const QString contactId = newId();
        const QString followUpId = newId();

        auto first = applier.applyPage(pageOf({followUp(followUpId, contactId, 1)}, 10));
        QVERIFY(first.ok());
        QCOMPARE(first->parked, 1);
        QCOMPARE(d.scalar("SELECT count(*) FROM followup"), 0);
        QCOMPARE(d.scalar("SELECT count(*) FROM sync_parked"), 1);
        QCOMPARE(d.text("SELECT value FROM meta WHERE key = 'sync_cursor'"), QStringLiteral("10"));

        auto second = applier.applyPage(pageOf({contact(contactId, QStringLiteral("张三"), {}, 2)}, 11));
        QVERIFY(second.ok());
        QCOMPARE(second->parked, 0);
        QCOMPARE(d.scalar("SELECT count(*) FROM sync_parked"), 0);
        QCOMPARE(d.scalar("SELECT count(*) FROM followup f JOIN contact c ON c.rowid = f.contact_rowid "
                          "WHERE c.id = ?",
                          contactId),
                 1);
        // Derived data of the page: the contact is searchable by its pinyin initials.
        auto found = ContactSearchIndex(d.store().db()).match(QStringLiteral("zs"));
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
    }

    // A tag whose group has not arrived fails its insert, and a contact waiting for that tag has already
    // written its row when it finds out: the page is redone carefully, and neither is half-written.
    void waitingContactIsNeverHalfWritten()
    {
        SyncTestDevice d;
        QVERIFY(d.create());
        sync::ChangeApplier applier(d.store());
        const QString groupId = newId();
        const QString tagId = newId();
        const QString waiting = newId();
        const QString plain = newId();
        const QString plainFollowUp = newId();

        const Change tag = record(
            QStringLiteral("tag"), tagId,
            {{QStringLiteral("name"), QStringLiteral("VIP")}, {QStringLiteral("groupId"), groupId}}, 1);
        auto first = applier.applyPage(
            pageOf({tag, contact(waiting, QStringLiteral("李四"), {tagId}, 2),
                    contact(plain, QStringLiteral("王五"), {}, 3), followUp(plainFollowUp, plain, 4)},
                   20));
        QVERIFY(first.ok());
        QCOMPARE(first->parked, 2);  // the tag and the contact waiting for it
        QCOMPARE(first->applied, 2); // the other contact and its follow-up
        QCOMPARE(d.scalar("SELECT count(*) FROM contact WHERE id = ?", waiting), 0);
        QCOMPARE(d.scalar("SELECT count(*) FROM contact_phone"), 1); // only the applied contact's
        QCOMPARE(d.scalar("SELECT count(*) FROM followup"), 1);
        QCOMPARE(d.text("SELECT value FROM meta WHERE key = 'sync_cursor'"), QStringLiteral("20"));

        const Change group = record(QStringLiteral("tag_group"), groupId,
                                    {{QStringLiteral("name"), QStringLiteral("价值")}}, 5);
        auto second = applier.applyPage(pageOf({group}, 21));
        QVERIFY(second.ok());
        QCOMPARE(d.scalar("SELECT count(*) FROM sync_parked"), 0);
        QCOMPARE(d.scalar("SELECT count(*) FROM contact_tag t JOIN contact c ON c.rowid = t.contact_rowid "
                          "WHERE c.id = ? AND t.present = 1",
                          waiting),
                 1);
    }

    // The same without any failing insert: the contact alone finds out it must wait, after its row went in.
    void contactWaitingForAMissingTag()
    {
        SyncTestDevice d;
        QVERIFY(d.create());
        const QString waiting = newId();
        const QString plain = newId();
        auto stats = sync::ChangeApplier(d.store()).applyPage(
            pageOf({contact(waiting, QStringLiteral("周八"), {newId()}, 1),
                    contact(plain, QStringLiteral("吴九"), {}, 2)},
                   30));
        QVERIFY(stats.ok());
        QCOMPARE(stats->parked, 1);
        QCOMPARE(stats->applied, 1);
        QCOMPARE(d.scalar("SELECT count(*) FROM contact"), 1);
        QCOMPARE(d.scalar("SELECT count(*) FROM contact WHERE id = ?", plain), 1);
        QCOMPARE(d.scalar("SELECT count(*) FROM contact_phone"), 1);
        QCOMPARE(d.scalar("SELECT count(*) FROM sync_parked"), 1);
    }

    // Set elements of a contact already here are updated in place (the insert-only statements are for
    // new elements): a later removal clears the tag, an older one does not.
    void setElementsUpdateInPlace()
    {
        SyncTestDevice d;
        QVERIFY(d.create());
        sync::ChangeApplier applier(d.store());
        const QString groupId = newId();
        const QString tagId = newId();
        const QString id = newId();
        const Change group =
            record(QStringLiteral("tag_group"), groupId, {{QStringLiteral("name"), QStringLiteral("组")}}, 1);
        const Change tag = record(
            QStringLiteral("tag"), tagId,
            {{QStringLiteral("name"), QStringLiteral("VIP")}, {QStringLiteral("groupId"), groupId}}, 2);
        QVERIFY(applier.applyPage(pageOf({group, tag, contact(id, QStringLiteral("赵六"), {tagId}, 10)}, 1))
                    .ok());
        const char* present =
            "SELECT t.present FROM contact_tag t JOIN contact c ON c.rowid = t.contact_rowid "
            "WHERE c.id = ?";
        QCOMPARE(d.scalar(present, id), 1);

        Change stale = contact(id, QStringLiteral("赵六"), {}, 11);
        stale.state.sets[QStringLiteral("tags")].insert(tagId, SetElement{clockAt(10), clockAt(5)});
        QVERIFY(applier.applyPage(pageOf({stale}, 2)).ok());
        QCOMPARE(d.scalar(present, id), 1); // removed before it was added: still present

        Change removed = contact(id, QStringLiteral("赵六"), {}, 12);
        removed.state.sets[QStringLiteral("tags")].insert(tagId, SetElement{clockAt(10), clockAt(12)});
        QVERIFY(applier.applyPage(pageOf({removed}, 3)).ok());
        QCOMPARE(d.scalar(present, id), 0);
        QCOMPARE(d.scalar("SELECT count(*) FROM contact_tag"), 1);
    }

    // Tokens worked out ahead from the page (on the page thread) write exactly the entries the applier
    // computes from the rows, and are used for every contact the page creates.
    void readyTokensEqualComputedOnes()
    {
        SyncTestDevice ahead;
        SyncTestDevice plain;
        QVERIFY(ahead.create());
        QVERIFY(plain.create());
        QList<Change> changes;
        for (int i = 0; i < 12; ++i)
            changes.append(searchableContact(newId(), i, 10 + i));
        changes.append(followUp(newId(), changes.first().recordId, 40));
        const PullResponse page = pageOf(changes, 1);
        const sync::PageSearchTokens ready = sync::PageSearchTokens::forPage(page);
        QCOMPARE(ready.byRecordId.size(), 12);

        auto withReady = sync::ChangeApplier(ahead.store()).applyPage(page, &ready);
        auto without = sync::ChangeApplier(plain.store()).applyPage(page);
        QVERIFY(withReady.ok());
        QVERIFY(without.ok());
        QCOMPARE(withReady->tokensReady, 12);
        QCOMPARE(without->tokensReady, 0);
        const auto entries = searchEntries(ahead);
        QCOMPARE(entries.size(), 12);
        QCOMPARE(entries, searchEntries(plain));
        // And what a full rebuild from the rows writes.
        QVERIFY(ContactSearchIndex(plain.store().db()).rebuildAll().ok());
        QCOMPARE(entries, searchEntries(plain));
        auto found = ContactSearchIndex(ahead.store().db()).match(QStringLiteral("zsf"));
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 12);
    }

    // A change that loses to the row's newer clock leaves the row as it was: the tokens made from the
    // change no longer describe it, so the applier computes them from the row.
    void readyTokensOfALosingChangeAreNotUsed()
    {
        SyncTestDevice d;
        QVERIFY(d.create());
        sync::ChangeApplier applier(d.store());
        const QString id = newId();
        QVERIFY(applier.applyPage(pageOf({contact(id, QStringLiteral("张三"), {}, 20)}, 1)).ok());

        const PullResponse older = pageOf({contact(id, QStringLiteral("李四"), {}, 5)}, 2);
        const sync::PageSearchTokens ready = sync::PageSearchTokens::forPage(older);
        auto stats = applier.applyPage(older, &ready);
        QVERIFY(stats.ok());
        QCOMPARE(stats->tokensReady, 0);
        QCOMPARE(d.text("SELECT name FROM contact WHERE id = ?", id), QStringLiteral("张三"));
        ContactSearchIndex index(d.store().db());
        QCOMPARE(index.match(QStringLiteral("zs")).value().size(), 1);
        QCOMPARE(index.match(QStringLiteral("ls")).value().size(), 0);
    }

    // A child whose contact is two pages away keeps waiting through a page that does not help it, then
    // lands; the page that leaves it waiting applies everything else.
    void childWaitsThroughAnUnrelatedPage()
    {
        SyncTestDevice d;
        QVERIFY(d.create());
        sync::ChangeApplier applier(d.store());
        const QString contactId = newId();
        QVERIFY(applier.applyPage(pageOf({followUp(newId(), contactId, 1)}, 1)).ok());
        auto unrelated = applier.applyPage(pageOf({contact(newId(), QStringLiteral("王五"), {}, 2)}, 2));
        QVERIFY(unrelated.ok());
        QCOMPARE(unrelated->applied, 1);
        QCOMPARE(unrelated->parked, 0);
        QCOMPARE(d.scalar("SELECT count(*) FROM sync_parked"), 1);
        QCOMPARE(d.scalar("SELECT count(*) FROM followup"), 0);
        QCOMPARE(d.scalar("SELECT count(*) FROM contact"), 1);
        auto landed = applier.applyPage(pageOf({contact(contactId, QStringLiteral("张三"), {}, 3)}, 3));
        QVERIFY(landed.ok());
        QCOMPARE(landed->applied, 2);
        QCOMPARE(d.scalar("SELECT count(*) FROM sync_parked"), 0);
        QCOMPARE(d.scalar("SELECT count(*) FROM followup"), 1);
        QCOMPARE(d.text("SELECT value FROM meta WHERE key = 'sync_cursor'"), QStringLiteral("3"));
    }

    // The clock ends up past the newest clock of a page, so the next local edit sorts after it.
    void clockMovesPastThePage()
    {
        SyncTestDevice d;
        QVERIFY(d.create());
        const QString id = newId();
        Change c = contact(id, QStringLiteral("孙七"), {}, 50);
        c.state.fields.insert(QStringLiteral("city"), FieldValue{QStringLiteral("上海"), clockAt(99)});
        QVERIFY(sync::ChangeApplier(d.store()).applyPage(pageOf({c}, 1)).ok());
        QVERIFY(d.store().clock().last() > clockAt(99).toString());
        QCOMPARE(d.text("SELECT value FROM meta WHERE key = 'clock_last'"), d.store().clock().last());
    }
    // A revoke also drops what the guide did with the contact's reminders that are computed on read
    // (dormant here): the state row and its pending outbox entry, which no stored reminder row points to.
    void revokeDropsStatesOfComputedReminders()
    {
        SyncTestDevice d;
        QVERIFY(d.create());
        const QString id = newId();
        QVERIFY(sync::ChangeApplier(d.store())
                    .applyPage(pageOf({contact(id, QStringLiteral("周八"), {}, 1)}, 1))
                    .ok());
        RuleInput rule;
        rule.name = QStringLiteral("dormant");
        rule.kind = QStringLiteral("dormant");
        rule.threshold = 1;
        QVERIFY(RuleRepository(d.store(), Actor{QStringLiteral("manager"), StaffRole::Manager})
                    .add(rule, true)
                    .ok());
        ReminderEngine engine(d.store());
        QVERIFY(engine.fullRecompute().ok());
        auto listed = engine.forContact(id);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().kind, RuleKind::Dormant);
        QVERIFY(engine.markDone(listed->first().id).ok());
        QCOMPARE(d.scalar("SELECT count(*) FROM reminder_state"), 1);
        QCOMPARE(d.scalar("SELECT count(*) FROM outbox WHERE entity = 'reminder_state'"), 1);

        PullResponse revoke;
        revoke.revokes.append(id);
        revoke.nextCursor = 2;
        auto stats = sync::ChangeApplier(d.store()).applyPage(revoke);
        QVERIFY2(stats.ok(), qPrintable(stats.message()));
        QCOMPARE(stats->revoked, 1);
        QCOMPARE(d.scalar("SELECT count(*) FROM reminder_state"), 0);
        QCOMPARE(d.scalar("SELECT count(*) FROM outbox WHERE entity = 'reminder_state'"), 0);
    }
};

QTEST_GUILESS_MAIN(TestChangeApplierPaths)
#include "TestChangeApplierPaths.moc"

#include "DomainTestSupport.h"

#include "domain/ContactRepository.h"
#include "domain/FollowUpRepository.h"

using namespace ll;
using namespace ll::test;

class TestFollowUpRepository : public QObject
{
    Q_OBJECT

private:
    static Contact addLead(Store& store)
    {
        ContactInput in;
        in.name = QStringLiteral("直播线索");
        in.phones = QStringList{QStringLiteral("13800138000")};
        return ContactRepository(store).add(in).value();
    }

    static FollowUpInput call(const QString& contactId, const QDateTime& when)
    {
        FollowUpInput f;
        f.contactId = contactId;
        f.kind = QStringLiteral("call");
        f.outcome = QStringLiteral("interested");
        f.note = QStringLiteral("约了周六到店\n带朋友");
        f.scriptId = QStringLiteral("3f2b8c1e-0000-4000-8000-00000000005c");
        f.happenedAt = when;
        return f;
    }

private slots:
    void addRecordsFollowUpAndUpdatesLastContactedOnly()
    {
        TempStore s;
        const QString me = QStringLiteral("3f2b8c1e-0000-4000-8000-000000000001");
        QVERIFY(s->setActorId(me).ok());
        FollowUpRepository repo(*s);
        const Contact lead = addLead(*s);
        const qint64 mark = s.lastMutation();
        const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(-600);
        auto added = repo.add(call(lead.id, when));
        QVERIFY2(added.ok(), qPrintable(added.message()));
        QCOMPARE(added->staffId, me);
        QCOMPARE(added->contactId, lead.id);

        auto listed = repo.forContact(lead.id);
        QCOMPARE(listed->size(), 1);
        const FollowUp& f = listed->first();
        QCOMPARE(f.id, added->id);
        QCOMPARE(f.kind, FollowUpKind::Call);
        QCOMPARE(f.outcome, QStringLiteral("interested"));
        QCOMPARE(f.note, QStringLiteral("约了周六到店\n带朋友"));
        QCOMPARE(f.scriptId, QStringLiteral("3f2b8c1e-0000-4000-8000-00000000005c"));
        QCOMPARE(f.happenedAt, when);
        QCOMPARE(f.staffId, me);

        const Contact after = ContactRepository(*s).get(lead.id).value();
        QCOMPARE(after.lastContactedAt, when);
        QCOMPARE(after.stage, Stage::Lead); // a call does not change the stage

        const auto entries = s.outboxAfter(mark);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].entity, QStringLiteral("followup"));
        QCOMPARE(entries[0].op, QStringLiteral("insert"));
        QCOMPARE(entries[0].recordId, added->id);
        QCOMPARE(entries[0].payload["fields"]["contactId"].toString(), lead.id);
        QCOMPARE(entries[0].payload["fields"]["happenedAt"].toInteger(), when.toMSecsSinceEpoch());
        QCOMPARE(entries[1].entity, QStringLiteral("contact"));
        QCOMPARE(entries[1].op, QStringLiteral("upsert"));
        QCOMPARE(fieldNames(entries[1]), QStringList{"lastContactedAt"});
    }

    void olderFollowUpDoesNotMoveLastContactedBack()
    {
        TempStore s;
        FollowUpRepository repo(*s);
        const Contact lead = addLead(*s);
        const QDateTime recent = QDateTime::currentDateTimeUtc().addDays(-1);
        QVERIFY(repo.add(call(lead.id, recent)).ok());
        const qint64 mark = s.lastMutation();
        QVERIFY(repo.add(call(lead.id, recent.addDays(-5))).ok());
        QCOMPARE(ContactRepository(*s).get(lead.id)->lastContactedAt, recent);
        const auto entries = s.outboxAfter(mark);
        QCOMPARE(entries.size(), 1); // only the follow-up itself
        QCOMPARE(entries[0].entity, QStringLiteral("followup"));
        // Newest first.
        auto listed = repo.forContact(lead.id);
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->first().happenedAt, recent);
        QCOMPARE(repo.forContact(lead.id, 1)->size(), 1);
    }

    void badFollowUpsAreRejectedAndWriteNothing()
    {
        TempStore s;
        FollowUpRepository repo(*s);
        const Contact lead = addLead(*s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto before = s.footprint();
        FollowUpInput bad = call(lead.id, now);
        bad.kind = QStringLiteral("telepathy");
        QCOMPARE(repo.add(bad).code(), ErrorCode::InvalidInput);
        QCOMPARE(repo.add(call(lead.id, now.addDays(1))).code(), ErrorCode::InvalidInput);
        bad = call(lead.id, now);
        bad.note = QString(20001, QLatin1Char('n'));
        QCOMPARE(repo.add(bad).code(), ErrorCode::InvalidInput);
        bad = call(lead.id, now);
        bad.outcome = QStringLiteral("ok\u0007");
        QCOMPARE(repo.add(bad).code(), ErrorCode::InvalidInput);
        QCOMPARE(repo.add(call(QStringLiteral("3f2b8c1e-0000-4000-8000-000000000042"), now)).code(),
                 ErrorCode::NotFound);
        QCOMPARE(s.footprint(), before);
        QVERIFY(ContactRepository(*s).remove(lead.id).ok());
        const auto afterDelete = s.footprint();
        QCOMPARE(repo.add(call(lead.id, now)).code(), ErrorCode::NotFound);
        QCOMPARE(s.footprint(), afterDelete);
    }

    void defaultTimeIsNow()
    {
        TempStore s;
        FollowUpRepository repo(*s);
        const Contact lead = addLead(*s);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        FollowUpInput f = call(lead.id, QDateTime());
        auto added = repo.add(f);
        QVERIFY(added.ok());
        QVERIFY(added->happenedAt >= before.addMSecs(-1));
        QVERIFY(added->happenedAt <= QDateTime::currentDateTimeUtc());
    }
};

QTEST_GUILESS_MAIN(TestFollowUpRepository)
#include "TestFollowUpRepository.moc"

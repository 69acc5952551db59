#include "DomainTestSupport.h"

#include "domain/OrgRepository.h"

using namespace ll;
using namespace ll::test;

class TestDomainOrgRepository : public QObject
{
    Q_OBJECT

private slots:
    void orgIsNotFoundUntilSetThenRenamedInPlace()
    {
        TempStore s;
        OrgRepository repo(*s);
        QCOMPARE(repo.org().code(), ErrorCode::NotFound);
        QCOMPARE(repo.addStore(QStringLiteral("朝阳店")).code(), ErrorCode::NotFound);
        auto created = repo.setOrg(QStringLiteral("留量零售"));
        QVERIFY(created.ok());
        const qint64 mark = s.lastMutation();
        auto renamed = repo.setOrg(QStringLiteral("留量零售集团"));
        QVERIFY(renamed.ok());
        QCOMPARE(renamed->id, created->id);
        QCOMPARE(repo.org()->name, QStringLiteral("留量零售集团"));
        QCOMPARE(s.scalar("SELECT count(*) FROM org"), 1);
        const auto entries = s.outboxAfter(mark);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].entity, QStringLiteral("org"));
        QCOMPARE(fieldNames(entries[0]), QStringList{"name"});
        const auto before = s.footprint();
        QVERIFY(repo.setOrg(QStringLiteral("留量零售集团")).ok()); // same name: nothing to sync
        QCOMPARE(s.lastMutation(), entries[0].mutationId);
        QCOMPARE(s.footprint(), before);
        QCOMPARE(repo.setOrg(QStringLiteral("  ")).code(), ErrorCode::InvalidInput);
    }

    void storesAndStaffAreAddedListedAndValidated()
    {
        TempStore s;
        OrgRepository repo(*s);
        const QString org = repo.setOrg(QStringLiteral("留量"))->id;
        auto manager = repo.addStaff(QStringLiteral("李店长"), QStringLiteral("manager"));
        QVERIFY(manager.ok());
        auto shop = repo.addStore(QStringLiteral("西湖店"), QStringLiteral("杭州"), manager->id);
        QVERIFY2(shop.ok(), qPrintable(shop.message()));
        QCOMPARE(shop->orgId, org);
        QCOMPARE(shop->managerId, manager->id);
        auto guide = repo.addStaff(QStringLiteral("王导购"), QStringLiteral("guide"), shop->id);
        QVERIFY(guide.ok());
        QCOMPARE(repo.staff(guide->id)->storeId, shop->id);
        QCOMPARE(repo.staff(guide->id)->role, StaffRole::Guide);
        QCOMPARE(repo.stores()->size(), 1);
        QCOMPARE(repo.staffList()->size(), 2);

        const auto before = s.footprint();
        const qint64 mark = s.lastMutation();
        const QString unknown = QStringLiteral("3f2b8c1e-0000-4000-8000-000000000042");
        QCOMPARE(repo.addStaff(QStringLiteral("某人"), QStringLiteral("boss")).code(),
                 ErrorCode::InvalidInput);
        QCOMPARE(repo.addStaff(QStringLiteral("某人"), QStringLiteral("guide"), unknown).code(),
                 ErrorCode::NotFound);
        QCOMPARE(repo.addStaff(QString(101, QChar(0x738b)), QStringLiteral("guide")).code(),
                 ErrorCode::InvalidInput);
        QCOMPARE(repo.addStore(QStringLiteral("某店"), {}, unknown).code(), ErrorCode::NotFound);
        QCOMPARE(repo.staff(unknown).code(), ErrorCode::NotFound);
        QCOMPARE(s.footprint(), before);
        QCOMPARE(s.lastMutation(), mark);
    }

    void markDepartedChangesStatusOnceAndUnknownIsNotFound()
    {
        TempStore s;
        OrgRepository repo(*s);
        QVERIFY(repo.setOrg(QStringLiteral("留量")).ok());
        const QString guide = repo.addStaff(QStringLiteral("王导购"), QStringLiteral("guide"))->id;
        const qint64 mark = s.lastMutation();
        QVERIFY(repo.markDeparted(guide).ok());
        QCOMPARE(repo.staff(guide)->status, StaffStatus::Departed);
        QVERIFY(repo.markDeparted(guide).ok());
        const auto entries = s.outboxAfter(mark);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].entity, QStringLiteral("staff"));
        QCOMPARE(entries[0].payload["fields"]["status"]["v"].toString(), QStringLiteral("departed"));
        QCOMPARE(repo.markDeparted(QStringLiteral("3f2b8c1e-0000-4000-8000-000000000042")).code(),
                 ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestDomainOrgRepository)
#include "TestDomainOrgRepository.moc"

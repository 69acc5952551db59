#include "DomainTestSupport.h"

#include "domain/ContactRepository.h"
#include "domain/TagRepository.h"

using namespace ll;
using namespace ll::test;

class TestTagRepository : public QObject
{
    Q_OBJECT

private:
    static QString addContact(Store& store, const QString& name)
    {
        ContactInput in;
        in.name = name;
        return ContactRepository(store).add(in)->id;
    }

private slots:
    void tagWithoutGroupGoesToTheDefaultGroupWithTheSameIdOnEveryDevice()
    {
        TempStore one;
        TempStore two;
        auto a = TagRepository(*one).addTag(QString(), QStringLiteral("新客"));
        auto b = TagRepository(*two).addTag(QString(), QStringLiteral("老客"));
        QVERIFY2(a.ok(), qPrintable(a.message()));
        QVERIFY(b.ok());
        QCOMPARE(a->groupName, QStringLiteral("默认"));
        QCOMPARE(a->groupId, b->groupId);
        QCOMPARE(TagRepository(*one).groups()->size(), 1);
        QVERIFY(TagRepository(*one).addTag(QStringLiteral("默认"), QStringLiteral("沉睡")).ok());
        QCOMPARE(TagRepository(*one).groups()->size(), 1);
    }

    void groupsAreCreatedByNameAndListedInOrder()
    {
        TempStore s;
        TagRepository tags(*s);
        auto interest = tags.addGroup(QStringLiteral("兴趣"), QStringLiteral("#FF8800"));
        QVERIFY(interest.ok());
        QCOMPARE(interest->color, QStringLiteral("#ff8800"));
        QCOMPARE(tags.addGroup(QStringLiteral("兴趣")).code(), ErrorCode::Conflict);
        auto value = tags.addTag(QStringLiteral("价值"), QStringLiteral("高价值")); // creates the group
        QVERIFY(value.ok());
        QCOMPARE(value->groupName, QStringLiteral("价值"));
        QCOMPARE(
            tags.addTag(QStringLiteral("3f2b8c1e-0000-4000-8000-000000000042"), QStringLiteral("x")).code(),
            ErrorCode::NotFound);
        QStringList names;
        const QList<TagGroup> groups = tags.groups().value();
        for (const TagGroup& g : groups)
            names << g.name;
        QCOMPARE(names, (QStringList{"兴趣", "价值"}));
        QCOMPARE(tags.addGroup(QStringLiteral("坏色"), QStringLiteral("red")).code(),
                 ErrorCode::InvalidInput);
    }

    void tagNamesAreUniqueWithinAGroupAndResolvable()
    {
        TempStore s;
        TagRepository tags(*s);
        auto yogaInterest = tags.addTag(QStringLiteral("兴趣"), QStringLiteral("瑜伽"));
        QVERIFY(yogaInterest.ok());
        QCOMPARE(tags.addTag(QStringLiteral("兴趣"), QStringLiteral(" 瑜伽 ")).code(), ErrorCode::Conflict);
        auto yogaCourse = tags.addTag(QStringLiteral("课程"), QStringLiteral("瑜伽"));
        QVERIFY(yogaCourse.ok());

        QCOMPARE(tags.resolve(yogaInterest->id)->id, yogaInterest->id);
        QCOMPARE(tags.resolve(QStringLiteral("课程/瑜伽"))->id, yogaCourse->id);
        auto ambiguous = tags.resolve(QStringLiteral("瑜伽"));
        QCOMPARE(ambiguous.code(), ErrorCode::InvalidInput);
        QVERIFY(ambiguous.message().contains(QStringLiteral("兴趣/瑜伽")));
        QCOMPARE(tags.resolve(QStringLiteral("跑步")).code(), ErrorCode::NotFound);
        auto created = tags.resolve(QStringLiteral("跑步"), true);
        QVERIFY(created.ok());
        QCOMPARE(created->groupName, QStringLiteral("默认"));
        QCOMPARE(tags.resolve(QStringLiteral("跑步"))->id, created->id);
        QCOMPARE(tags.resolve(QStringLiteral("运动/跑步"), true)->groupName, QStringLiteral("运动"));
    }

    void badTagNamesAreRejected()
    {
        TempStore s;
        TagRepository tags(*s);
        const auto before = s.footprint();
        QCOMPARE(tags.addTag({}, QStringLiteral("   ")).code(), ErrorCode::InvalidInput);
        QCOMPARE(tags.addTag({}, QStringLiteral("a/b")).code(), ErrorCode::InvalidInput);
        QCOMPARE(tags.addTag({}, QString(51, QChar(0x6807))).code(), ErrorCode::InvalidInput);
        QCOMPARE(tags.addTag({}, QStringLiteral("坏\uFFFD")).code(), ErrorCode::InvalidInput);
        QCOMPARE(s.footprint(), before);
        QVERIFY(tags.addTag({}, QString(50, QChar(0x6807))).ok());
    }

    void taggingTwiceIsANoOp()
    {
        TempStore s;
        TagRepository tags(*s);
        const QString contact = addContact(*s, QStringLiteral("张三"));
        const QString vip = tags.addTag({}, QStringLiteral("VIP"))->id;
        const qint64 mark = s.lastMutation();
        QVERIFY(tags.tagContact(contact, vip).ok());
        const auto after = s.footprint();
        QVERIFY(tags.tagContact(contact, vip).ok());
        QCOMPARE(s.footprint(), after);
        const auto entries = s.outboxAfter(mark);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].entity, QStringLiteral("contact"));
        QCOMPARE(entries[0].recordId, contact);
        QCOMPARE(entries[0].op, QStringLiteral("add"));
        QCOMPARE(entries[0].payload.value("set").toString(), QStringLiteral("tags"));
        QCOMPARE(entries[0].payload.value("element").toString(), vip);
        QCOMPARE(s.text("SELECT added_at FROM contact_tag"), entries[0].payload.value("c").toString());
    }

    void untagSetsPresentZeroWithARemovedClockAndRetagWins()
    {
        TempStore s;
        TagRepository tags(*s);
        const QString contact = addContact(*s, QStringLiteral("张三"));
        const QString vip = tags.addTag({}, QStringLiteral("VIP"))->id;
        QVERIFY(tags.tagContact(contact, vip).ok());
        const qint64 mark = s.lastMutation();
        QVERIFY(tags.untagContact(contact, vip).ok());
        QCOMPARE(s.scalar("SELECT present FROM contact_tag"), 0);
        QVERIFY(s.text("SELECT removed_at FROM contact_tag") > s.text("SELECT added_at FROM contact_tag"));
        const auto entries = s.outboxAfter(mark);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].op, QStringLiteral("remove"));
        QCOMPARE(entries[0].payload.value("c").toString(), s.text("SELECT removed_at FROM contact_tag"));
        QCOMPARE(tags.tagsOf(contact)->size(), 0);

        const auto untagged = s.footprint();
        QVERIFY(tags.untagContact(contact, vip).ok()); // not tagged: nothing to do
        QCOMPARE(s.footprint(), untagged);

        QVERIFY(tags.tagContact(contact, vip).ok());
        QCOMPARE(s.scalar("SELECT present FROM contact_tag"), 1);
        QVERIFY(s.text("SELECT added_at FROM contact_tag") > s.text("SELECT removed_at FROM contact_tag"));
        QCOMPARE(tags.tagsOf(contact)->size(), 1);
    }

    void countsPerTagCountOnlyPresentLinksOfLiveContacts()
    {
        TempStore s;
        TagRepository tags(*s);
        const QString vip = tags.addTag({}, QStringLiteral("VIP"))->id;
        const QString yoga = tags.addTag(QStringLiteral("兴趣"), QStringLiteral("瑜伽"))->id;
        QVERIFY(tags.addTag(QStringLiteral("兴趣"), QStringLiteral("跑步")).ok());
        QStringList contacts;
        for (int i = 0; i < 5; ++i)
            contacts << addContact(*s, QStringLiteral("客户%1").arg(i));
        for (const QString& c : contacts)
            QVERIFY(tags.tagContact(c, vip).ok());
        QVERIFY(tags.tagContact(contacts[0], yoga).ok());
        QVERIFY(tags.tagContact(contacts[1], yoga).ok());
        QVERIFY(tags.untagContact(contacts[2], vip).ok());
        QVERIFY(ContactRepository(*s).remove(contacts[3]).ok());
        QHash<QString, int> counts;
        const QList<Tag> counted = tags.tags(true).value();
        for (const Tag& t : counted)
            counts.insert(t.name, t.contactCount);
        QCOMPARE(counts.value("VIP"), 3);
        QCOMPARE(counts.value("瑜伽"), 2);
        QCOMPARE(counts.value("跑步"), 0);
        QCOMPARE(tags.tags(false)->size(), 3);
        QCOMPARE(tags.tags(false)->first().contactCount, 0);
    }

    void removedTagDisappearsFromListsAndContacts()
    {
        TempStore s;
        TagRepository tags(*s);
        const QString contact = addContact(*s, QStringLiteral("张三"));
        const QString vip = tags.addTag({}, QStringLiteral("VIP"))->id;
        QVERIFY(tags.tagContact(contact, vip).ok());
        const qint64 mark = s.lastMutation();
        QVERIFY(tags.removeTag(vip).ok());
        QCOMPARE(tags.tags()->size(), 0);
        QCOMPARE(tags.tagsOf(contact)->size(), 0);
        QCOMPARE(tags.removeTag(vip).code(), ErrorCode::NotFound);
        QCOMPARE(tags.tagContact(contact, vip).code(), ErrorCode::NotFound);
        const auto entries = s.outboxAfter(mark);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].entity, QStringLiteral("tag"));
        QCOMPARE(entries[0].op, QStringLiteral("delete"));
        // A new tag of the same name is a different tag.
        QVERIFY(tags.addTag({}, QStringLiteral("VIP")).ok());
    }

    void taggingUnknownContactOrTagIsNotFound()
    {
        TempStore s;
        TagRepository tags(*s);
        const QString contact = addContact(*s, QStringLiteral("张三"));
        const QString vip = tags.addTag({}, QStringLiteral("VIP"))->id;
        const auto before = s.footprint();
        const QString unknown = QStringLiteral("3f2b8c1e-0000-4000-8000-000000000042");
        QCOMPARE(tags.tagContact(unknown, vip).code(), ErrorCode::NotFound);
        QCOMPARE(tags.tagContact(contact, unknown).code(), ErrorCode::NotFound);
        QCOMPARE(tags.untagContact(unknown, vip).code(), ErrorCode::NotFound);
        QCOMPARE(tags.tagsOf(unknown).code(), ErrorCode::NotFound);
        QCOMPARE(s.footprint(), before);
    }
};

QTEST_GUILESS_MAIN(TestTagRepository)
#include "TestTagRepository.moc"

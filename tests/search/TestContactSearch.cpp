#include "../domain/DomainTestSupport.h"

#include "domain/ContactListingTuning.h"
#include "domain/ContactRepository.h"
#include "domain/FollowUpRepository.h"
#include "domain/OrgRepository.h"
#include "domain/TagRepository.h"
#include "search/ContactSearchIndex.h"

using namespace ll;
using namespace ll::test;

static qint64 contact_rows_ms(const Contact& c)
{
    return c.lastContactedAt.isValid() ? c.lastContactedAt.toMSecsSinceEpoch() : 0;
}

class TestContactSearch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempStore> m_s;
    QHash<QString, QString> m_ids; // name -> contact id
    QString m_vip, m_yoga, m_guideA, m_guideB, m_shop;

    QString add(const QString& name, const QString& phone, const QString& nickname, const QString& notes,
                const QString& stage, const QString& owner)
    {
        ContactInput in;
        in.name = name;
        if (!phone.isEmpty())
            in.phones = QStringList{phone};
        in.nickname = nickname;
        in.notes = notes;
        in.stage = stage;
        in.ownerId = owner;
        in.storeId = owner == m_guideA ? m_shop : QString();
        auto added = ContactRepository(m_s->store()).add(in);
        if (!added.ok())
            qFatal("add %s: %s", qPrintable(name), qPrintable(added.message()));
        m_ids.insert(name, added->id);
        return added->id;
    }

    QStringList names(const ContactQuery& q)
    {
        auto found = ContactRepository(m_s->store()).list(q);
        if (!found.ok()) {
            qWarning("list failed: %s", qPrintable(found.message()));
            return {QStringLiteral("<error>")};
        }
        QStringList out;
        for (const Contact& c : found.value())
            out << c.name;
        return out;
    }

    QStringList search(const QString& text)
    {
        ContactQuery q;
        q.search = text;
        q.sort = ContactQuery::Sort::NameAsc;
        QStringList found = names(q);
        std::sort(found.begin(), found.end());
        return found;
    }

    void contactAt(const QString& name, const QDateTime& when)
    {
        FollowUpInput f;
        f.contactId = m_ids.value(name);
        f.kind = QStringLiteral("call");
        f.happenedAt = when;
        auto added = FollowUpRepository(m_s->store()).add(f);
        if (!added.ok())
            qFatal("follow-up: %s", qPrintable(added.message()));
    }

private slots:
    void init()
    {
        m_s = std::make_unique<TempStore>();
        m_ids.clear();
        OrgRepository org(m_s->store());
        QVERIFY(org.setOrg(QStringLiteral("留量")).ok());
        m_shop = org.addStore(QStringLiteral("西湖店"))->id;
        m_guideA = org.addStaff(QStringLiteral("导购甲"), QStringLiteral("guide"), m_shop)->id;
        m_guideB = org.addStaff(QStringLiteral("导购乙"), QStringLiteral("guide"))->id;

        add(QStringLiteral("张三"), QStringLiteral("+86 138-0013-8000"), QStringLiteral("Sunny小张"),
            QStringLiteral("喜欢瑜伽，周末有空"), QStringLiteral("customer"), m_guideA);
        add(QStringLiteral("李四"), QStringLiteral("13912345678"), QStringLiteral("lisi_bj"),
            QStringLiteral("VIP 客户"), QStringLiteral("lead"), m_guideA);
        add(QStringLiteral("王五"), QStringLiteral("13698768000"), QString(), QStringLiteral("买过香薰"),
            QStringLiteral("lead"), m_guideB);
        add(QStringLiteral("张伟"), QString(), QStringLiteral("大伟"), QString(), QStringLiteral("prospect"),
            m_guideB);
        add(QStringLiteral("赵敏"), QStringLiteral("15000001111"), QStringLiteral("Moonlight"), QString(),
            QStringLiteral("loyal"), m_guideA);

        TagRepository tags(m_s->store());
        m_vip = tags.addTag(QStringLiteral("价值"), QStringLiteral("高价值"))->id;
        m_yoga = tags.addTag(QStringLiteral("兴趣"), QStringLiteral("瑜伽"))->id;
        for (const char* n : {"张三", "李四", "赵敏"})
            QVERIFY(tags.tagContact(m_ids.value(QString::fromUtf8(n)), m_vip).ok());
        for (const char* n : {"张三", "王五", "赵敏"})
            QVERIFY(tags.tagContact(m_ids.value(QString::fromUtf8(n)), m_yoga).ok());
    }

    void cleanup()
    {
        m_s.reset();
        contact_listing::tuning() = contact_listing::Tuning();
    }

    void searchFindsNameSubstring() { QCOMPARE(search(QStringLiteral("张")), (QStringList{"张三", "张伟"})); }
    void searchFindsFullPinyin() { QCOMPARE(search(QStringLiteral("zhangsan")), QStringList{"张三"}); }
    void searchFindsPinyinInitials() { QCOMPARE(search(QStringLiteral("zs")), QStringList{"张三"}); }
    void searchFindsTraditionalSpelling() { QCOMPARE(search(QStringLiteral("張三")), QStringList{"张三"}); }
    void searchFindsPhoneSuffix() { QCOMPARE(search(QStringLiteral("8000")), (QStringList{"张三", "王五"})); }
    void searchFindsPhonePrefix() { QCOMPARE(search(QStringLiteral("1391")), QStringList{"李四"}); }
    void searchFindsNicknamePrefix()
    {
        QCOMPARE(search(QStringLiteral("sun")), QStringList{"张三"});
        QCOMPARE(search(QStringLiteral("Moon")), QStringList{"赵敏"});
    }
    void searchFindsNotesWord()
    {
        QCOMPARE(search(QStringLiteral("瑜伽")), QStringList{"张三"});
        QCOMPARE(search(QStringLiteral("vip")), QStringList{"李四"});
    }
    void searchTermsAreAnded() { QCOMPARE(search(QStringLiteral("张 8000")), QStringList{"张三"}); }
    void searchWithNothingSearchableMatchesNothing()
    {
        QCOMPARE(search(QStringLiteral("！？…")), QStringList{});
        QCOMPARE(search(QStringLiteral("   ")).size(), 5); // blank is no search at all
    }

    void searchFollowsEditsAndPhoneChanges()
    {
        ContactRepository repo(m_s->store());
        ContactInput patch;
        patch.name = QStringLiteral("张三丰");
        patch.phones = QStringList{QStringLiteral("18612340000")};
        QVERIFY(repo.update(m_ids.value(QStringLiteral("张三")), patch).ok());
        QCOMPARE(search(QStringLiteral("zsf")), QStringList{"张三丰"});
        QCOMPARE(search(QStringLiteral("8000")), QStringList{"王五"});
        QCOMPARE(search(QStringLiteral("0000")), QStringList{"张三丰"});
        QCOMPARE(search(QStringLiteral("186")), QStringList{"张三丰"});
    }

    void tagFilterAllVersusAny()
    {
        ContactQuery q;
        q.sort = ContactQuery::Sort::NameAsc;
        q.tagIds = QStringList{m_vip, m_yoga};
        q.tagMode = ContactQuery::TagMode::All;
        QStringList all = names(q);
        std::sort(all.begin(), all.end());
        QCOMPARE(all, (QStringList{"张三", "赵敏"}));
        q.tagMode = ContactQuery::TagMode::Any;
        QStringList any = names(q);
        std::sort(any.begin(), any.end());
        QCOMPARE(any, (QStringList{"张三", "李四", "王五", "赵敏"}));
        QCOMPARE(ContactRepository(m_s->store()).count(q).value(), 4);

        // An untagged link no longer counts.
        QVERIFY(TagRepository(m_s->store()).untagContact(m_ids.value("赵敏"), m_yoga).ok());
        q.tagMode = ContactQuery::TagMode::All;
        QCOMPARE(names(q), QStringList{"张三"});

        // Search and tags combine.
        q.tagIds = QStringList{m_vip};
        q.search = QStringLiteral("zhao");
        QCOMPARE(names(q), QStringList{"赵敏"});
    }

    void unknownTagIsNotFoundAndRemovedTagMatchesNothing()
    {
        ContactQuery q;
        q.tagIds = QStringList{QStringLiteral("3f2b8c1e-0000-4000-8000-000000000042")};
        QCOMPARE(ContactRepository(m_s->store()).list(q).code(), ErrorCode::NotFound);
        QVERIFY(TagRepository(m_s->store()).removeTag(m_yoga).ok());
        q.tagIds = QStringList{m_yoga};
        QCOMPARE(names(q), QStringList{});
        q.tagIds = QStringList{m_yoga, m_vip};
        q.tagMode = ContactQuery::TagMode::Any;
        QCOMPARE(names(q).size(), 3);
    }

    void stageOwnerAndStoreFilters()
    {
        ContactQuery q;
        q.sort = ContactQuery::Sort::NameAsc;
        q.stage = QStringLiteral("lead");
        QStringList leads = names(q);
        std::sort(leads.begin(), leads.end());
        QCOMPARE(leads, (QStringList{"李四", "王五"}));
        q.ownerId = m_guideA;
        QCOMPARE(names(q), QStringList{"李四"});
        q.stage.clear();
        QCOMPARE(names(q).size(), 3);
        q.ownerId.clear();
        q.storeId = m_shop;
        QCOMPARE(names(q).size(), 3);
        q.ownerId = m_guideB;
        QCOMPARE(names(q).size(), 0);
        q = ContactQuery();
        q.stage = QStringLiteral("vip");
        QCOMPARE(ContactRepository(m_s->store()).list(q).code(), ErrorCode::InvalidInput);
    }

    void sortByLastContacted()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        contactAt(QStringLiteral("王五"), now.addDays(-3));
        contactAt(QStringLiteral("赵敏"), now.addDays(-1));
        contactAt(QStringLiteral("李四"), now.addDays(-2));
        ContactQuery q;
        q.sort = ContactQuery::Sort::LastContactedDesc;
        // Never-contacted contacts come last, newest-created first among equals.
        QCOMPARE(names(q), (QStringList{"赵敏", "李四", "王五", "张伟", "张三"}));
        q.sort = ContactQuery::Sort::LastContactedAsc;
        QCOMPARE(names(q), (QStringList{"张三", "张伟", "王五", "李四", "赵敏"}));
        q.sort = ContactQuery::Sort::LastContactedDesc;
        q.limit = 2;
        q.offset = 1;
        QCOMPARE(names(q), (QStringList{"李四", "王五"}));
    }

    void deletedContactsAreInvisible()
    {
        ContactRepository repo(m_s->store());
        QVERIFY(repo.remove(m_ids.value(QStringLiteral("张三"))).ok());
        QCOMPARE(search(QStringLiteral("张")), QStringList{"张伟"});
        QCOMPARE(search(QStringLiteral("8000")), QStringList{"王五"});
        ContactQuery q;
        q.tagIds = QStringList{m_vip, m_yoga};
        QCOMPARE(names(q), QStringList{"赵敏"});
        QCOMPARE(repo.count(ContactQuery()).value(), 4);
        QCOMPARE(names(ContactQuery()).size(), 4);
        q = ContactQuery();
        q.includeDeleted = true;
        QCOMPARE(repo.count(q).value(), 5);
    }

    // The repository answers a large candidate set by walking the sort index and a small one by
    // looking candidates up; both must give the same rows in the same order.
    void bothQueryPlansReturnTheSameOrder()
    {
        TagRepository tags(m_s->store());
        ContactRepository repo(m_s->store());
        const QString many = tags.addTag(QString(), QStringLiteral("批量"))->id;
        for (int i = 0; i < 60; ++i) {
            ContactInput in;
            in.name = QStringLiteral("客户%1").arg(i, 2, 10, QLatin1Char('0'));
            auto c = repo.add(in);
            QVERIFY(c.ok());
            QVERIFY(tags.tagContact(c->id, many).ok());
            m_ids.insert(c->name, c->id);
            if (i % 3 == 0)
                contactAt(in.name.value(), QDateTime::currentDateTimeUtc().addSecs(-3600 * ((i * 7) % 50)));
        }
        for (auto sort : {ContactQuery::Sort::LastContactedDesc, ContactQuery::Sort::LastContactedAsc,
                          ContactQuery::Sort::NameAsc}) {
            ContactQuery q;
            q.tagIds = QStringList{many};
            q.sort = sort;
            q.limit = 0; // everything: always looked up by candidate
            const QStringList full = names(q);
            QCOMPARE(full.size(), 60);
            q.limit = 5; // 60 candidates of 65 contacts: walks the sort index
            for (int offset : {0, 5, 30, 57}) {
                q.offset = offset;
                QCOMPARE(names(q), full.mid(offset, 5));
            }
            q.search = QStringLiteral("客户");
            q.offset = 10;
            QCOMPARE(names(q), full.mid(10, 5));
        }
    }

    // A tag AND is answered four ways: both link sets read and merged, the rarest tag's links probed for
    // the others, a walk of the sort index probing each row's tags, and that walk giving up half way for
    // the merged sets. Every plan must give the same rows in the same order, at every offset, and the
    // same counts.
    void everyTagAndPlanReturnsTheSameRows()
    {
        TagRepository tags(m_s->store());
        ContactRepository repo(m_s->store());
        const QString even = tags.addTag(QString(), QStringLiteral("偶数"))->id;
        const QString third = tags.addTag(QString(), QStringLiteral("三"))->id;
        const QString many = tags.addTag(QString(), QStringLiteral("多"))->id;
        const QStringList stages{"lead", "prospect", "customer"};
        for (int i = 0; i < 72; ++i) {
            ContactInput in;
            in.name = QStringLiteral("客户%1").arg((i * 37) % 72, 2, 10, QLatin1Char('0'));
            in.stage = stages[i % 3];
            auto c = repo.add(in);
            QVERIFY(c.ok());
            m_ids.insert(c->name, c->id);
            if (i % 2 == 0)
                QVERIFY(tags.tagContact(c->id, even).ok());
            if (i % 3 == 0)
                QVERIFY(tags.tagContact(c->id, third).ok());
            if (i % 5 != 0)
                QVERIFY(tags.tagContact(c->id, many).ok());
            if (i % 4 == 0)
                contactAt(in.name.value(), QDateTime::currentDateTimeUtc().addSecs(-60 * ((i * 13) % 40)));
            if (i % 12 == 6)
                QVERIFY(tags.untagContact(c->id, third).ok()); // a link that is no longer present
            if (i % 18 == 0 && i > 0)
                QVERIFY(repo.remove(c->id).ok());
        }
        // The old tags on the fixture's contacts take part too.
        QVERIFY(tags.tagContact(m_ids.value(QStringLiteral("张三")), even).ok());
        QVERIFY(tags.tagContact(m_ids.value(QStringLiteral("张三")), third).ok());

        using contact_listing::Tuning;
        struct Plan
        {
            const char* name;
            Tuning tuning;
        };
        const QList<Plan> plans{
            {"merged sets", Tuning{1, 32768, 1e18, 4.0, 2000}},   // every tag read in full, merged
            {"sets completed", Tuning{1, 2, 1e18, 4.0, 2000}},    // 2 links sampled, the rest read later
            {"rarest tag probes", Tuning{1000, 25, 1e18, 4.0, 2000}}, // the rarest tag is known in full
            {"probing walk", Tuning{1, 2, 0.0, 0.0, 1000000}},    // the walk always finishes
            {"walk gives up", Tuning{1, 2, 0.0, 0.0, 7}},         // stops after 7 entries, reads the sets
        };
        const QList<QStringList> tagSets{{even, third}, {third, even, many}, {many}, {even, many}};
        const QList<ContactQuery::Sort> sorts{
            ContactQuery::Sort::LastContactedDesc, ContactQuery::Sort::LastContactedAsc,
            ContactQuery::Sort::NameAsc, ContactQuery::Sort::CreatedDesc, ContactQuery::Sort::UpdatedDesc};
        int nonEmpty = 0;
        for (const QStringList& tagIds : tagSets) {
            for (const QString& stage : {QString(), QStringLiteral("prospect")}) {
                for (bool includeDeleted : {false, true}) {
                    for (auto sort : sorts) {
                        ContactQuery q;
                        q.tagIds = tagIds;
                        q.stage = stage;
                        q.includeDeleted = includeDeleted;
                        q.sort = sort;
                        q.limit = 0;
                        contact_listing::tuning() = plans.first().tuning;
                        const QStringList full = names(q);
                        nonEmpty += full.isEmpty() ? 0 : 1;
                        QVERIFY(!full.contains(QStringLiteral("<error>")));
                        const int expectedCount = repo.count(q).value();
                        QCOMPARE(expectedCount, full.size());
                        for (const Plan& plan : plans) {
                            contact_listing::tuning() = plan.tuning;
                            const QByteArray where = QByteArray(plan.name) + " tags " +
                                                     QByteArray::number(tagIds.size()) + " stage " +
                                                     stage.toUtf8() + " sort " + QByteArray::number(int(sort));
                            q.limit = 0;
                            q.offset = 0;
                            QVERIFY2(names(q) == full, where.constData());
                            QVERIFY2(repo.count(q).value() == expectedCount, where.constData());
                            for (int limit : {1, 5, 50}) {
                                q.limit = limit;
                                for (int offset = 0; offset <= full.size() + 1; offset += limit) {
                                    q.offset = offset;
                                    QVERIFY2(names(q) == full.mid(offset, limit),
                                             (where + " limit " + QByteArray::number(limit) + " offset " +
                                              QByteArray::number(offset))
                                                 .constData());
                                }
                            }
                        }
                    }
                }
            }
        }
        QVERIFY(nonEmpty >= 60);
        // Tags that never meet: the walk reads to the end of the index (or gives up) and finds nothing.
        const QString lonely = tags.addTag(QString(), QStringLiteral("孤"))->id;
        QVERIFY(tags.tagContact(m_ids.value(QStringLiteral("李四")), lonely).ok());
        for (const Plan& plan : plans) {
            contact_listing::tuning() = plan.tuning;
            ContactQuery q;
            q.tagIds = QStringList{lonely, many};
            QCOMPARE(names(q), QStringList());
            QCOMPARE(repo.count(q).value(), 0);
            q.tagIds = QStringList{lonely};
            QCOMPARE(names(q), QStringList{QStringLiteral("李四")});
        }
    }

    void countByStageMatchesTheList()
    {
        ContactRepository repo(m_s->store());
        for (const QString& stage : stageCodes()) {
            ContactQuery q;
            q.stage = stage;
            q.limit = 0;
            const int listed = int(names(q).size());
            QCOMPARE(repo.count(q).value(), listed);
            q.includeDeleted = true;
            QCOMPARE(repo.count(q).value(), int(names(q).size()));
        }
        ContactQuery all;
        all.limit = 0;
        QCOMPARE(repo.count(all).value(), int(names(all).size()));
        QVERIFY(repo.remove(m_ids.value(QStringLiteral("张三"))).ok());
        QCOMPARE(repo.count(all).value(), int(names(all).size()));
        all.includeDeleted = true;
        QCOMPARE(repo.count(all).value(), int(names(all).size()));
    }

    void unpagedListOfThousandsOfCandidatesIsFullyOrdered()
    {
        const QString bulk = TagRepository(m_s->store()).addTag(QString(), QStringLiteral("导入"))->id;
        const qint64 tagRow = m_s->scalar("SELECT max(rowid) FROM tag");
        Database& db = m_s->store().db();
        QVERIFY(db.exec("BEGIN").ok());
        Statement contact(
            db, "INSERT INTO contact (id, name, created_at, updated_at, last_contacted_at, deleted) "
                "VALUES (lower(hex(randomblob(16))), ?, 1, 1, ?, ?)");
        Statement link(db,
                       "INSERT INTO contact_tag (tag_rowid, contact_rowid) VALUES (?, last_insert_rowid())");
        for (int i = 0; i < 9000; ++i) {
            contact.reset();
            contact.bind(1, QStringLiteral("批量%1").arg(i))
                .bind(2, qint64((i * 7919) % 1000))
                .bind(3, i % 100 == 0);
            QVERIFY(contact.exec().ok());
            link.reset();
            link.bind(1, tagRow);
            QVERIFY(link.exec().ok());
        }
        QVERIFY(db.exec("COMMIT").ok());
        ContactQuery q;
        q.tagIds = QStringList{bulk};
        q.limit = 0;
        auto all = ContactRepository(m_s->store()).list(q);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 8910); // 90 of them are tombstones
        for (qsizetype i = 1; i < all->size(); ++i) {
            const Contact& a = all->at(i - 1);
            const Contact& b = all->at(i);
            QVERIFY(std::pair(contact_rows_ms(a), a.rowId) > std::pair(contact_rows_ms(b), b.rowId));
        }
        QCOMPARE(ContactRepository(m_s->store()).count(q).value(), 8910);
        q.stage = QStringLiteral("lead");
        QCOMPARE(ContactRepository(m_s->store()).count(q).value(), 8910);
        q.limit = 10;
        q.offset = 4000;
        auto page = ContactRepository(m_s->store()).list(q);
        QCOMPARE(page->size(), 10);
        QCOMPARE(page->first().rowId, all->at(4000).rowId);
    }

    void indexMatchReturnsDocidsAndRebuildReproducesTheIndex()
    {
        ContactSearchIndex index(m_s->store().db());
        auto hits = index.match(QStringLiteral("zhang"));
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 2);
        QVERIFY(std::is_sorted(hits->begin(), hits->end()));
        const QString before = m_s->text("SELECT group_concat(docid || ':' || tokens, '|') FROM "
                                         "(SELECT docid, tokens FROM contact_fts ORDER BY docid)");
        QVERIFY(m_s->store().db().exec("DELETE FROM contact_fts").ok());
        QCOMPARE(search(QStringLiteral("张")), QStringList{});
        QVERIFY(index.rebuildAll().ok());
        QCOMPARE(m_s->text("SELECT group_concat(docid || ':' || tokens, '|') FROM "
                           "(SELECT docid, tokens FROM contact_fts ORDER BY docid)"),
                 before);
        QCOMPARE(search(QStringLiteral("张")), (QStringList{"张三", "张伟"}));
    }
};

QTEST_GUILESS_MAIN(TestContactSearch)
#include "TestContactSearch.moc"

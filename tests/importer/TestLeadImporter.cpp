#include "DomainTestSupport.h"
#include "ImporterTestSupport.h"

#include "domain/ContactRepository.h"
#include "domain/OrgRepository.h"
#include "importer/LeadImporter.h"
#include "importer/LeadRow.h"
#include "search/ContactSearchIndex.h"
#include "store/Statement.h"
#include "text/LeadHistoryText.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>

using namespace ll;
using namespace ll::test;

namespace {

const QString kHeader = QStringLiteral("客户姓名,手机号,微信号,线索来源,所在城市,意向等级,留资时间,备注\n");

struct TestOrg
{
    QString beijing, shanghai;    // store ids
    QString g1, g2, g3, departed; // staff ids; g1, g2 in 北京, g3 in 上海
};

TestOrg makeOrg(Store& store)
{
    OrgRepository org(store);
    if (!org.setOrg(QStringLiteral("留量零售")).ok())
        qFatal("org");
    TestOrg o;
    o.beijing = org.addStore(QStringLiteral("朝阳店"), QStringLiteral("北京市")).value().id;
    o.shanghai = org.addStore(QStringLiteral("南京东路店"), QStringLiteral("上海")).value().id;
    o.g1 = org.addStaff(QStringLiteral("王导购"), QStringLiteral("guide"), o.beijing).value().id;
    o.g2 = org.addStaff(QStringLiteral("李导购"), QStringLiteral("guide"), o.beijing).value().id;
    o.g3 = org.addStaff(QStringLiteral("陈导购"), QStringLiteral("guide"), o.shanghai).value().id;
    o.departed = org.addStaff(QStringLiteral("走了"), QStringLiteral("guide"), o.shanghai).value().id;
    if (!org.markDeparted(o.departed).ok())
        qFatal("depart");
    return o;
}

QList<Contact> liveContacts(Store& store)
{
    ContactQuery q;
    q.limit = 0;
    q.sort = ContactQuery::Sort::NameAsc;
    return ContactRepository(store).list(q).value();
}

Contact byMobile(Store& store, const QString& digits)
{
    for (const Contact& c : liveContacts(store))
        for (const PhoneNumber& p : c.phones)
            if (p.digits() == digits)
                return c;
    qFatal("no contact with %s", qPrintable(digits));
    return {};
}

int historyLines(const Contact& c)
{
    return int(c.notes.count(leadHistoryMarker()));
}

// Everything an import writes that sync or search reads: contact rows with their clocks, phones, outbox
// rows with their payloads, search entries. Ids are numbered in order of appearance and clocks by rank, so
// two stores that were written the same way give the same text; times of writing (updated_at, the
// creation time of the contact added before the import) are left out.
QStringList writtenState(Store& store)
{
    // Each query in parentheses: the literals of one query are concatenated on purpose.
    const char* queries[] = {
        ("SELECT rowid, id, CASE WHEN rowid = 1 THEN 0 ELSE created_at END, owner_id, store_id, name, "
         "nickname, wechat_id, gender, birthday, city, source, stage, intent, points, notes, "
         "last_contacted_at, merged_into, deleted, clocks FROM contact ORDER BY rowid"),
        ("SELECT contact_rowid, digits, kind, present, added_at, removed_at FROM contact_phone "
         "ORDER BY contact_rowid, digits"),
        "SELECT mutation_id, entity, record_id, op, payload FROM outbox ORDER BY mutation_id",
        "SELECT docid, tokens FROM contact_fts ORDER BY docid"};
    QString out;
    for (const char* sql : queries) {
        Statement st(store.db(), sql);
        while (st.step().value()) {
            for (int i = 0; i < st.columnCount(); ++i)
                out += st.text(i) + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
        out += QLatin1String("--\n");
    }
    out.replace(store.deviceId(), QLatin1String("DEV"));
    static const QRegularExpression clockPattern(QStringLiteral("\\d{18}-[0-9a-f]{4}-DEV"));
    QStringList clocks;
    for (const QRegularExpressionMatch& m : clockPattern.globalMatch(out))
        clocks << m.captured();
    clocks.removeDuplicates();
    std::sort(clocks.begin(), clocks.end());
    for (qsizetype i = clocks.size() - 1; i >= 0; --i)
        out.replace(clocks.at(i), QStringLiteral("clock%1").arg(i));
    static const QRegularExpression idPattern(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    QStringList ids;
    for (const QRegularExpressionMatch& m : idPattern.globalMatch(out))
        ids << m.captured();
    ids.removeDuplicates();
    for (qsizetype i = 0; i < ids.size(); ++i)
        out.replace(ids.at(i), QStringLiteral("id%1").arg(i));
    return out.split(QLatin1Char('\n'));
}

} // namespace

class TestLeadImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_files;

    QString file(const QString& name, const QString& body, const QString& encoding = QStringLiteral("UTF-8"),
                 bool crlf = false, bool bom = false)
    {
        return writeFixture(m_files.filePath(name), body, encoding, crlf, bom);
    }

    static LeadImportReport run(Store& store, const QString& path, LeadImportOptions options = {})
    {
        options.timeZone = QTimeZone("Asia/Shanghai");
        auto report = LeadImporter(store).importFile(path, options);
        if (!report.ok())
            qFatal("import failed: %s", qPrintable(report.message()));
        return report.value();
    }

private slots:
    void utf8FileWithSynonymHeadersImportsEveryField()
    {
        TempStore s;
        const QString path =
            file(QStringLiteral("a.csv"),
                 kHeader + QStringLiteral("张三,+86 138-0013-8000,zhang_san88,抖音直播,北京,高,"
                                          "2026-05-01 22:30,想了解价格\n"));
        const LeadImportReport r = run(*s, path);
        QVERIFY(r.completed);
        QCOMPARE(r.encoding.name, QStringLiteral("UTF-8"));
        QCOMPARE(r.rowsRead, 1);
        QCOMPARE(r.newContacts, 1);
        const Contact c = byMobile(*s, QStringLiteral("13800138000"));
        QCOMPARE(c.name, QStringLiteral("张三"));
        QCOMPARE(c.wechatId, QStringLiteral("zhang_san88"));
        QCOMPARE(c.source, QStringLiteral("抖音直播"));
        QCOMPARE(c.city, QStringLiteral("北京"));
        QCOMPARE(c.intent, 3);
        QCOMPARE(c.stage, Stage::Lead);
        QVERIFY(c.notes.contains(QStringLiteral("想了解价格")));
        QVERIFY(c.notes.startsWith(leadHistoryMarker()));
        // The response-SLA clock starts when the lead was left, not when it was imported.
        QCOMPARE(c.createdAt, QDateTime(QDate(2026, 5, 1), QTime(14, 30), Qt::UTC));
        QVERIFY(!c.lastContactedAt.isValid());
        QCOMPARE(s.scalar("SELECT count(*) FROM followup"), 0);
        // The search index knows the new lead.
        QCOMPARE(s.scalar("SELECT count(*) FROM contact_fts"), 1);
    }

    void gbkCrlfFileImportsLikeUtf8()
    {
        TempStore s;
        const QString body =
            kHeader + QStringLiteral("李四,13900139000,,巨量引擎,上海市,中,2026/5/2 9:05,\"周末\n到店\"\n"
                                     "\n"
                                     "王五,13700137000,,腾讯广告,广州,,,\n");
        const QString path = file(QStringLiteral("gbk.csv"), body, QStringLiteral("GB18030"), true);
        QVERIFY(readAll(path).contains("\r\n"));
        const LeadImportReport r = run(*s, path);
        QCOMPARE(r.encoding.name, QStringLiteral("GB18030"));
        QCOMPARE(r.rowsRead, 2);
        QCOMPARE(r.blankSkipped, 1);
        QCOMPARE(r.newContacts, 2);
        const Contact li = byMobile(*s, QStringLiteral("13900139000"));
        QCOMPARE(li.name, QStringLiteral("李四"));
        QCOMPARE(li.city, QStringLiteral("上海市"));
        QCOMPARE(li.source, QStringLiteral("巨量引擎"));
        QVERIFY(li.notes.contains(QStringLiteral("周末 / 到店")));
        QCOMPARE(byMobile(*s, QStringLiteral("13700137000")).name, QStringLiteral("王五"));
    }

    void committedGbkFixtureImports()
    {
        TempStore s;
        const QString path = qEnvironmentVariable("LIULIANG_TEST_SOURCE_DIR") +
                             QStringLiteral("/tests/importer/data/leads-gbk.csv");
        QVERIFY2(QFile::exists(path), qPrintable(path));
        const LeadImportReport r = run(*s, path);
        QCOMPARE(r.encoding.name, QStringLiteral("GB18030"));
        QCOMPARE(r.rowsRead, 6);
        QCOMPARE(r.newContacts, 3);
        QCOMPARE(r.mergedDuplicates, 1);
        QCOMPARE(r.rejectedCount, 2);
        QCOMPARE(byMobile(*s, QStringLiteral("13800138000")).name, QStringLiteral("张三"));
    }

    void duplicatesWithinTheFileMergeKeepingEverySource()
    {
        TempStore s;
        const QString path =
            file(QStringLiteral("dup.csv"),
                 kHeader + QStringLiteral(
                               "张三,13800138000,,抖音直播,北京,低,2026-05-01 10:00,\n"
                               "张三丰,+86 138 0013 8000,zs_wx,微信广告,,高,2026-05-03 10:00,第二次留资\n"
                               ",,zs_wx,小红书,,,,\n"));
        const LeadImportReport r = run(*s, path);
        QCOMPARE(r.newContacts, 1);
        QCOMPARE(r.mergedDuplicates, 2);
        QCOMPARE(liveContacts(*s).size(), 1);
        const Contact c = byMobile(*s, QStringLiteral("13800138000"));
        QCOMPARE(c.name, QStringLiteral("张三"));      // the first row's name stays
        QCOMPARE(c.wechatId, QStringLiteral("zs_wx")); // filled by the second row
        QCOMPARE(c.intent, 3);                         // the higher level
        QCOMPARE(c.phones.size(), 1);
        QCOMPARE(historyLines(c), 3);
        for (const char* source : {"抖音直播", "微信广告", "小红书"})
            QVERIFY2(c.notes.contains(QString::fromUtf8(source)), source);
        QVERIFY(c.notes.contains(QStringLiteral("张三丰")));
        QCOMPARE(c.createdAt, QDateTime(QDate(2026, 5, 1), QTime(2, 0), Qt::UTC));
    }

    void duplicateOfExistingContactKeepsItsOwnerStageAndNotes()
    {
        TempStore s;
        const TestOrg o = makeOrg(*s);
        ContactInput in;
        in.name = QStringLiteral("老客户");
        in.phones = QStringList{QStringLiteral("13800138000")};
        in.stage = QStringLiteral("customer");
        in.ownerId = o.g3;
        in.notes = QStringLiteral("VIP");
        const Contact existing = ContactRepository(*s).add(in).value();

        LeadImportOptions options;
        options.allocation.strategy = AllocationStrategy::RoundRobin;
        options.allocation.guideIds = {o.g1};
        const LeadImportReport r = run(
            *s,
            file(QStringLiteral("e.csv"), kHeader + QStringLiteral("新名字,138-0013-8000,,直播,北京,,,\n")),
            options);
        QCOMPARE(r.newContacts, 0);
        QCOMPARE(r.mergedDuplicates, 1);
        QVERIFY(r.allocated.isEmpty());
        const Contact c = ContactRepository(*s).get(existing.id).value();
        QCOMPARE(c.name, QStringLiteral("老客户"));
        QCOMPARE(c.stage, Stage::Customer);
        QCOMPARE(c.ownerId, o.g3);
        QCOMPARE(c.city, QStringLiteral("北京")); // empty field filled
        QVERIFY(c.notes.startsWith(QStringLiteral("VIP\n")));
        QCOMPARE(historyLines(c), 1);
        QCOMPARE(c.createdAt, existing.createdAt);
    }

    void weChatIdAloneIdentifiesAPerson()
    {
        TempStore s;
        const LeadImportReport r =
            run(*s, file(QStringLiteral("w.csv"),
                         kHeader + QStringLiteral("小美,,meimei_01,,,,,\n"
                                                  "小美,13600136000,ｍｅｉｍｅｉ_01,,,,,\n")));
        QCOMPARE(r.newContacts, 1);
        QCOMPARE(r.mergedDuplicates, 1);
        QCOMPARE(r.rejectedCount, 0);
        const Contact c = byMobile(*s, QStringLiteral("13600136000"));
        QCOMPARE(c.wechatId, QStringLiteral("meimei_01"));
    }

    void landlinesAreKeptButDoNotIdentify()
    {
        TempStore s;
        const LeadImportReport r =
            run(*s, file(QStringLiteral("l.csv"),
                         kHeader + QStringLiteral("座机客户,010-62345678,,,,,,\n"
                                                  "甲,13800138000 / 010-62345678,,,,,,\n"
                                                  "乙,13900139000；010-62345678,,,,,,\n")));
        QCOMPARE(r.rowsRead, 3);
        QCOMPARE(r.rejectedCount, 1);
        QCOMPARE(r.rejected.first().line, 2);
        QVERIFY2(r.rejected.first().reason.contains(QStringLiteral("010-62345678")),
                 qPrintable(r.rejected.first().reason));
        QVERIFY(r.rejected.first().reason.contains(QStringLiteral("mobile")));
        // Two people sharing an office landline stay two contacts, each with the landline.
        QCOMPARE(r.newContacts, 2);
        QCOMPARE(byMobile(*s, QStringLiteral("13800138000")).phones.size(), 2);
        QCOMPARE(byMobile(*s, QStringLiteral("13900139000")).phones.size(), 2);
    }

    void invalidMobileAndEmptyIdentityAreRejectedWithReasons()
    {
        TempStore s;
        const LeadImportReport r =
            run(*s, file(QStringLiteral("bad.csv"), kHeader + QStringLiteral("短号,1380013800,,,,,,\n"
                                                                             "没号码,,,,,,,\n"
                                                                             "坏微信,,微信 号!,,,,,\n"
                                                                             "好,13800138000,,,,,,\n")));
        QCOMPARE(r.rowsRead, 4);
        QCOMPARE(r.newContacts, 1);
        QCOMPARE(r.rejectedCount, 3);
        QCOMPARE(r.rejected[0].line, 2);
        QVERIFY2(r.rejected[0].reason.contains(QStringLiteral("1380013800")),
                 qPrintable(r.rejected[0].reason));
        QCOMPARE(r.rejected[1].line, 3);
        QVERIFY2(r.rejected[1].reason.contains(QStringLiteral("Neither")), qPrintable(r.rejected[1].reason));
        QCOMPARE(r.rejected[2].line, 4);
        QVERIFY2(r.rejected[2].reason.contains(QStringLiteral("WeChat")), qPrintable(r.rejected[2].reason));
    }

    void raggedRowsAreRejectedTrailingEmptyFieldsAreNot()
    {
        TempStore s;
        const LeadImportReport r =
            run(*s, file(QStringLiteral("r.csv"), QStringLiteral("姓名,手机\n"
                                                                 "甲,13800138000,,,\n"
                                                                 "乙,13900139000,多出来的\n"
                                                                 "丙\n")));
        QCOMPARE(r.newContacts, 1);
        QCOMPARE(r.rejectedCount, 2);
        QVERIFY(r.rejected[0].reason.contains(QStringLiteral("3 fields")));
        QVERIFY(r.rejected[1].reason.contains(QStringLiteral("1 fields")));
    }

    void reimportingTheSameFileChangesNothing()
    {
        TempStore s;
        const QString path =
            file(QStringLiteral("same.csv"),
                 kHeader + QStringLiteral("张三,13800138000,zs,抖音,北京,高,2026-05-01 10:00,备注一\n"
                                          "张三,13800138000,,微信广告,,,2026-05-02 10:00,\n"
                                          "李四,13900139000,,抖音,,,,\n"
                                          "坏,12345,,,,,,\n"));
        const LeadImportReport first = run(*s, path);
        QCOMPARE(first.newContacts, 2);
        QCOMPARE(first.mergedDuplicates, 1);
        const QList<qint64> before = s.footprint();
        const QString notesBefore = byMobile(*s, QStringLiteral("13800138000")).notes;

        const LeadImportReport second = run(*s, path);
        QCOMPARE(second.rowsRead, 4);
        QCOMPARE(second.newContacts, 0);
        QCOMPARE(second.mergedDuplicates, 0);
        QCOMPARE(second.unchanged, 3);
        QCOMPARE(second.rejectedCount, 1);
        QCOMPARE(s.footprint(), before);
        QCOMPARE(byMobile(*s, QStringLiteral("13800138000")).notes, notesBefore);
    }

    void aRowLinkingTwoContactsMergesThemIntoTheOlder()
    {
        TempStore s;
        ContactRepository repo(*s);
        ContactInput a;
        a.name = QStringLiteral("手机用户");
        a.phones = QStringList{QStringLiteral("13800138000")};
        const Contact older = repo.add(a).value();
        ContactInput b;
        b.name = QStringLiteral("微信用户");
        b.wechatId = QStringLiteral("wx_same");
        const Contact newer = repo.add(b).value();
        const LeadImportReport r =
            run(*s, file(QStringLiteral("link.csv"),
                         kHeader + QStringLiteral("同一人,13800138000,wx_same,,,,,\n")));
        QCOMPARE(r.contactsMerged, 1);
        QCOMPARE(r.mergedDuplicates, 1);
        QCOMPARE(liveContacts(*s).size(), 1);
        const Contact kept = repo.get(older.id).value();
        QCOMPARE(kept.wechatId, QStringLiteral("wx_same"));
        QCOMPARE(s.text("SELECT merged_into FROM contact WHERE id = ?", newer.id), older.id);
    }

    // A store may hold two contacts with one mobile already (typed in by hand). A row with it links both and
    // merges them into the older, and later rows find the keeper alone; whichever of the two the import read
    // first, and so whichever it forgets.
    void aMobileSharedByTwoContactsLinksThemOnce()
    {
        for (const bool olderFirst : {true, false}) {
            TempStore s;
            ContactRepository repo(*s);
            ContactInput in;
            in.phones = QStringList{QStringLiteral("13800138000")};
            in.name = QStringLiteral("王一");
            const Contact first = repo.add(in).value();
            in.name = QStringLiteral("王二");
            const Contact second = repo.add(in).value();
            // Creation times decide which contact is kept; rowids decide which the import reads first.
            const Contact& older = olderFirst ? first : second;
            const Contact& newer = olderFirst ? second : first;
            QVERIFY(
                (*s).db()
                    .exec(
                        QStringLiteral("UPDATE contact SET created_at = 1000 WHERE id = '%1'").arg(older.id))
                    .ok());
            const LeadImportReport r = run(*s, file(QStringLiteral("shared.csv"),
                                                    kHeader + QStringLiteral("王,13800138000,,抖音,,,,\n"
                                                                             "王,13800138000,,美团,,,,\n")));
            QVERIFY2(r.completed, qPrintable(r.error.message));
            QCOMPARE(r.contactsMerged, 1);
            QCOMPARE(r.mergedDuplicates, 2);
            QCOMPARE(liveContacts(*s).size(), 1);
            const Contact kept = repo.get(older.id).value();
            QVERIFY(kept.notes.contains(QStringLiteral("抖音")));
            QVERIFY(kept.notes.contains(QStringLiteral("美团")));
            QCOMPARE(s.text("SELECT merged_into FROM contact WHERE id = ?", newer.id), older.id);
        }
    }

    // The importer answers "who is this row" from memory; it must follow what earlier rows of the same file
    // did: a contact merged away no longer matches, and identities a merge moved or added match the keeper.
    void identitiesFollowMergesWithinOneFile()
    {
        TempStore s;
        const LeadImportReport r =
            run(*s, file(QStringLiteral("follow.csv"),
                         kHeader + QStringLiteral("甲,13800138000,,,,,2026-05-01 10:00,\n" // new A
                                                  "乙,,wx_b,,,,2026-05-02 10:00,\n"        // new B
                                                  "甲乙,13800138000,wx_b,,,,,链接\n"       // B merged into A
                                                  ",,wx_b,小红书,,,,\n"              // A, not the merged B
                                                  "甲,13700137000,wx_b,,,,,新号码\n" // A gains 137
                                                  "甲,13700137000,,抖音,,,,\n"       // A by the new mobile
                                                  "丙,13900139000,,,,,,\n")));       // new C
        QVERIFY2(r.completed, qPrintable(r.error.message));
        QCOMPARE(r.rejectedCount, 0);
        QCOMPARE(r.newContacts, 3);
        QCOMPARE(r.contactsMerged, 1);
        QCOMPARE(r.mergedDuplicates, 4);
        QCOMPARE(liveContacts(*s).size(), 2);
        const Contact a = byMobile(*s, QStringLiteral("13700137000"));
        QCOMPARE(a.name, QStringLiteral("甲"));
        QCOMPARE(a.wechatId, QStringLiteral("wx_b"));
        QCOMPARE(a.phones.size(), 2);
        QVERIFY(a.notes.contains(QStringLiteral("小红书")));
        QVERIFY(a.notes.contains(QStringLiteral("抖音")));
        QCOMPARE(byMobile(*s, QStringLiteral("13800138000")).id, a.id);

        // A second run starts from the store and agrees with the first.
        const LeadImportReport again = run(
            *s, file(QStringLiteral("follow2.csv"), kHeader + QStringLiteral(",,wx_b,小红书,,,,\n"
                                                                             "甲,13700137000,,抖音,,,,\n")));
        QCOMPARE(again.unchanged, 2);
        QCOMPARE(liveContacts(*s).size(), 2);
    }

    // Search entries are written in one pass per batch from what was written; they must be exactly what a
    // rebuild from the rows gives, for new contacts, contacts merged into, and contacts merged away.
    void searchEntriesMatchARebuildAndTheClockIsSaved()
    {
        TempStore s;
        ContactInput old;
        old.name = QStringLiteral("老客户");
        old.phones = QStringList{QStringLiteral("13600136000")};
        QVERIFY(ContactRepository(*s).add(old).ok());
        LeadImportOptions options;
        options.batchSize = 3; // row 3 edits a contact of its own batch, rows 4 and 5 older ones
        const LeadImportReport r = run(
            *s,
            file(QStringLiteral("fts.csv"),
                 kHeader + QStringLiteral("張三,13800138000 / 010-62345678,zhang_san,抖音,北京,高,,第一次\n"
                                          "李四,13900139000,,,上海,,,\n"
                                          "张三丰,13800138000,,微信广告,,,,第二次\n"
                                          "新名字,13600136000,wx_old,,杭州,,,\n"
                                          "王五,13900139000,wx_old,,,,,\n")), // 李四 merged away
            options);
        QCOMPARE(r.newContacts, 2);
        QCOMPARE(r.mergedDuplicates, 3);
        QCOMPARE(r.contactsMerged, 1);
        auto entries = [&s] {
            QStringList out;
            Statement st(s->db(), "SELECT docid, tokens FROM contact_fts ORDER BY docid");
            while (st.step().value())
                out << st.text(0) + QLatin1Char(' ') + st.text(1);
            return out;
        };
        const QStringList written = entries();
        QCOMPARE(written.size(), 2);
        QVERIFY(written.join(QLatin1Char('\n')).contains(QStringLiteral("zhangsan")));
        QVERIFY(ContactSearchIndex(s->db()).rebuildAll().ok());
        QCOMPARE(written, entries());
        QCOMPARE(ContactSearchIndex(s->db()).match(QStringLiteral("第二次")).value().size(), 1);
        // The clock the outbox rows carry was saved with them.
        QCOMPARE(s->meta(QStringLiteral("clock_last")).value(), s->clock().last());
    }

    // Merges into contacts created earlier in the same file write the same rows, clocks, outbox payloads and
    // search entries whether the contact was written in the same batch or committed in an earlier one (a
    // guard for any shortcut on this path, such as reusing the record a batch just wrote): repeated merges,
    // an unchanged row, a contact of the store, and a contact a link merged away.
    void mergesIntoContactsOfThisFileWriteTheSameWhateverTheBatchSize()
    {
        const QString path =
            file(QStringLiteral("batches.csv"),
                 kHeader + QStringLiteral("张三,13800138000,,抖音,北京,低,2026-05-01 10:00,第一次\n"
                                          "李四,13900139000,wx_li,,上海,,2026-05-01 11:00,\n"
                                          ",13800138000,zhang_wx,微信广告,,高,2026-05-02 10:00,第二次\n"
                                          "张三,13800138000 / 13700137000,,,,中,2026-05-03 10:00,第三次\n"
                                          "老客户,13600136000,,,杭州,,2026-05-03 11:00,\n"
                                          "老客户,13600136000,,,,高,2026-05-03 12:00,再次\n"
                                          "李四,13900139000,wx_li,,上海,,2026-05-01 11:00,\n"
                                          "王五,13700137000,wx_li,,,,2026-05-04 10:00,\n"
                                          "张三,13900139000,,,深圳,,2026-05-05 10:00,第四次\n"
                                          "张三,13800138000,,,,,2026-05-06 10:00,第五次\n"));
        auto importInto = [&path](TempStore& s, int batchSize) {
            ContactInput old;
            old.name = QStringLiteral("老客户");
            old.phones = QStringList{QStringLiteral("13600136000")};
            if (!ContactRepository(*s).add(old).ok())
                qFatal("add");
            LeadImportOptions options;
            options.batchSize = batchSize;
            return run(*s, path, options);
        };
        TempStore oneBatch;
        const LeadImportReport reference = importInto(oneBatch, 5000);
        QCOMPARE(reference.newContacts, 2);
        QCOMPARE(reference.mergedDuplicates, 7);
        QCOMPARE(reference.unchanged, 1);
        QCOMPARE(reference.contactsMerged, 1);
        const QStringList expected = writtenState(*oneBatch);
        QVERIFY(expected.join(QLatin1Char('\n')).contains(QStringLiteral("第五次")));
        for (const int batchSize : {3, 1}) {
            TempStore batched;
            const LeadImportReport r = importInto(batched, batchSize);
            QCOMPARE(r.newContacts, reference.newContacts);
            QCOMPARE(r.mergedDuplicates, reference.mergedDuplicates);
            QCOMPARE(r.unchanged, reference.unchanged);
            QCOMPARE(r.contactsMerged, reference.contactsMerged);
            QCOMPARE(writtenState(*batched), expected);
        }
    }

    // A row merged into one contact is checked before anything is written: a rejected one leaves no trace.
    void aRejectedMergeWritesNothing()
    {
        TempStore s;
        ContactInput full;
        full.name = QStringLiteral("号码多");
        QStringList phones;
        for (int i = 0; i < ContactLimits::Phones; ++i)
            phones << QStringLiteral("1380013800%1").arg(i);
        full.phones = phones;
        QVERIFY(ContactRepository(*s).add(full).ok());
        const QList<qint64> before = s.footprint();
        const QString fts = s.text("SELECT tokens FROM contact_fts");
        const LeadImportReport r =
            run(*s, file(QStringLiteral("cap.csv"),
                         kHeader + QStringLiteral("号码多,13800138000 / 13900139000,,抖音,,,,\n")));
        QCOMPARE(r.rejectedCount, 1);
        QVERIFY2(r.rejected.first().reason.contains(QString::number(ContactLimits::Phones)),
                 qPrintable(r.rejected.first().reason));
        QCOMPARE(r.mergedDuplicates, 0);
        QCOMPARE(s.footprint(), before);
        QCOMPARE(s.text("SELECT tokens FROM contact_fts"), fts);
    }

    // A row that links two contacts but cannot be merged (the phones would overflow the cap) is rolled back
    // whole: both contacts, their search entries and who they are stay as they were for the next rows.
    void aRejectedLinkLeavesBothContactsAsTheyWere()
    {
        TempStore s;
        ContactRepository repo(*s);
        ContactInput a;
        a.name = QStringLiteral("九个号码");
        QStringList phones;
        for (int i = 0; i < ContactLimits::Phones - 1; ++i)
            phones << QStringLiteral("1380013800%1").arg(i);
        a.phones = phones;
        const Contact older = repo.add(a).value();
        ContactInput b;
        b.name = QStringLiteral("微信用户");
        b.wechatId = QStringLiteral("wx_link");
        b.phones = QStringList{QStringLiteral("13900139000")};
        const Contact newer = repo.add(b).value();
        const QList<qint64> before = s.footprint();
        auto entries = [&s] {
            QStringList out;
            Statement st(s->db(), "SELECT docid, tokens FROM contact_fts ORDER BY docid");
            while (st.step().value())
                out << st.text(0) + QLatin1Char(' ') + st.text(1);
            return out;
        };
        const QStringList fts = entries();

        const LeadImportReport r =
            run(*s, file(QStringLiteral("link-cap.csv"),
                         kHeader + QStringLiteral("同一人,13800138000 / 13700137000,wx_link,,,,,\n")));
        QVERIFY2(r.completed, qPrintable(r.error.message));
        QCOMPARE(r.rejectedCount, 1);
        QCOMPARE(r.contactsMerged, 0);
        QCOMPARE(s.footprint(), before);
        QCOMPARE(entries(), fts);

        // Both are still themselves: the WeChat ID still finds the newer contact, the mobile the older.
        const LeadImportReport next = run(
            *s, file(QStringLiteral("link-next.csv"), kHeader + QStringLiteral(",,wx_link,小红书,,,,\n"
                                                                               ",13800138000,,抖音,,,,\n")));
        QCOMPARE(next.mergedDuplicates, 2);
        QVERIFY(repo.get(newer.id).value().notes.contains(QStringLiteral("小红书")));
        QVERIFY(repo.get(older.id).value().notes.contains(QStringLiteral("抖音")));
    }

    void futureOrUnreadableLeadTimesFallBackToTheImportTime()
    {
        TempStore s;
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
        run(*s,
            file(QStringLiteral("t.csv"), kHeader + QStringLiteral("甲,13800138000,,,,,2099-01-01 00:00,\n"
                                                                   "乙,13900139000,,,,,上周,\n")));
        for (const char* m : {"13800138000", "13900139000"}) {
            const Contact c = byMobile(*s, QString::fromLatin1(m));
            QVERIFY(c.createdAt >= start);
            QVERIFY(c.createdAt <= QDateTime::currentDateTimeUtc());
        }
        QVERIFY(byMobile(*s, QStringLiteral("13900139000")).notes.contains(QStringLiteral("留资时间:上周")));
    }

    void roundRobinSpreadsNewLeadsEvenly()
    {
        TempStore s;
        const TestOrg o = makeOrg(*s);
        QString body = kHeader;
        for (int i = 0; i < 9; ++i)
            body += QStringLiteral("客户%1,1380013800%1,,,,,,\n").arg(i);
        body += QStringLiteral("客户0重复,13800138000,,,,,,\n"); // a duplicate takes no turn
        LeadImportOptions options;
        options.allocation.strategy = AllocationStrategy::RoundRobin;
        options.allocation.guideIds = {o.g1, o.g2, o.g3};
        const LeadImportReport r = run(*s, file(QStringLiteral("rr.csv"), body), options);
        QCOMPARE(r.newContacts, 9);
        QCOMPARE(r.allocated.value(o.g1), 3);
        QCOMPARE(r.allocated.value(o.g2), 3);
        QCOMPARE(r.allocated.value(o.g3), 3);
        QCOMPARE(byMobile(*s, QStringLiteral("13800138000")).ownerId, o.g1);
        QCOMPARE(byMobile(*s, QStringLiteral("13800138001")).ownerId, o.g2);
        QCOMPARE(byMobile(*s, QStringLiteral("13800138002")).ownerId, o.g3);
        QCOMPARE(byMobile(*s, QStringLiteral("13800138002")).storeId, o.shanghai);
        for (const Contact& c : liveContacts(*s))
            QCOMPARE(c.stage, Stage::Lead);
    }

    void byCityGivesLeadsToTheGuidesOfThatCitysStores()
    {
        TempStore s;
        const TestOrg o = makeOrg(*s);
        const QString body = kHeader + QStringLiteral("a,13800138001,,,北京,,,\n"
                                                      "b,13800138002,,,北京市,,,\n"
                                                      "c,13800138003,,,上海市,,,\n"
                                                      "d,13800138004,,,北京,,,\n"
                                                      "e,13800138005,,,成都,,,\n");
        LeadImportOptions options;
        options.allocation.strategy = AllocationStrategy::City;
        const LeadImportReport r = run(*s, file(QStringLiteral("city.csv"), body), options);
        QCOMPARE(r.newContacts, 5);
        // 北京 and 北京市 are one city with two guides, taken in turn; 上海 has one.
        const QString first = byMobile(*s, QStringLiteral("13800138001")).ownerId;
        const QString second = byMobile(*s, QStringLiteral("13800138002")).ownerId;
        QVERIFY(first == o.g1 || first == o.g2);
        QVERIFY(second == o.g1 || second == o.g2);
        QVERIFY(first != second);
        QCOMPARE(byMobile(*s, QStringLiteral("13800138003")).ownerId, o.g3);
        QCOMPARE(byMobile(*s, QStringLiteral("13800138003")).storeId, o.shanghai);
        QCOMPARE(byMobile(*s, QStringLiteral("13800138004")).ownerId, first);
        QCOMPARE(byMobile(*s, QStringLiteral("13800138004")).storeId, o.beijing);
        // A city without a store goes round-robin over every active guide (never the departed one).
        QVERIFY(byMobile(*s, QStringLiteral("13800138005")).ownerId != o.departed);
        QVERIFY(!byMobile(*s, QStringLiteral("13800138005")).ownerId.isEmpty());

        // An explicit city map wins over the stores' cities.
        TempStore s2;
        const TestOrg o2 = makeOrg(*s2);
        LeadImportOptions mapped;
        mapped.allocation.strategy = AllocationStrategy::City;
        mapped.allocation.cityGuides.insert(QStringLiteral("成都"), {o2.g3});
        mapped.allocation.guideIds = {o2.g2};
        run(*s2,
            file(QStringLiteral("city2.csv"), kHeader + QStringLiteral("e,13800138005,,,成都市,,,\n"
                                                                       "f,13800138006,,,北京,,,\n")),
            mapped);
        QCOMPARE(byMobile(*s2, QStringLiteral("13800138005")).ownerId, o2.g3);
        QCOMPARE(byMobile(*s2, QStringLiteral("13800138006")).ownerId, o2.g2); // unmapped city → --guides
    }

    void byLoadFillsTheLeastLoadedGuidesFirst()
    {
        TempStore s;
        const TestOrg o = makeOrg(*s);
        ContactRepository repo(*s);
        auto give = [&](const QString& owner, int n, int base) {
            for (int i = 0; i < n; ++i) {
                ContactInput in;
                in.name = QStringLiteral("existing");
                in.phones = QStringList{QStringLiteral("1370013%1").arg(base + i, 4, 10, QLatin1Char('0'))};
                in.ownerId = owner;
                QVERIFY(repo.add(in).ok());
            }
        };
        give(o.g1, 5, 0);
        give(o.g3, 2, 100);
        QString body = kHeader;
        for (int i = 0; i < 6; ++i)
            body += QStringLiteral("新%1,1390013900%1,,,,,,\n").arg(i);
        LeadImportOptions options;
        options.allocation.strategy = AllocationStrategy::Load;
        options.allocation.guideIds = {o.g1, o.g2, o.g3};
        const LeadImportReport r = run(*s, file(QStringLiteral("load.csv"), body), options);
        QCOMPARE(r.allocated.value(o.g1), 0);
        QCOMPARE(r.allocated.value(o.g2), 4);
        QCOMPARE(r.allocated.value(o.g3), 2);
        QCOMPARE(s.scalar("SELECT count(*) FROM contact WHERE deleted = 0 GROUP BY owner_id ORDER BY "
                          "count(*) DESC LIMIT 1"),
                 5);
    }

    void departedOrUnknownGuidesAreRefusedBeforeAnythingIsWritten()
    {
        TempStore s;
        const TestOrg o = makeOrg(*s);
        const QString path = file(QStringLiteral("x.csv"), kHeader + QStringLiteral("a,13800138001,,,,,,\n"));
        LeadImportOptions options;
        options.allocation.strategy = AllocationStrategy::RoundRobin;
        options.allocation.guideIds = {o.g1, o.departed};
        QCOMPARE(LeadImporter(*s).importFile(path, options).code(), ErrorCode::InvalidInput);
        options.allocation.guideIds = {QStringLiteral("00000000-0000-4000-8000-000000000000")};
        QCOMPARE(LeadImporter(*s).importFile(path, options).code(), ErrorCode::NotFound);
        QCOMPARE(s.scalar("SELECT count(*) FROM contact"), 0);
    }

    void fileWithoutPhoneOrWechatColumnNeedsAMapping()
    {
        TempStore s;
        const QString path = file(QStringLiteral("m.csv"), QStringLiteral("客户,号码\n甲,13800138000\n"));
        auto refused = LeadImporter(*s).importFile(path, {});
        QCOMPARE(refused.code(), ErrorCode::InvalidInput);
        LeadImportOptions options;
        options.columnOverrides.insert(QStringLiteral("号码"), QStringLiteral("phone"));
        options.columnOverrides.insert(QStringLiteral("客户"), QStringLiteral("name"));
        const LeadImportReport r = run(*s, path, options);
        QCOMPARE(r.newContacts, 1);
        QCOMPARE(byMobile(*s, QStringLiteral("13800138000")).name, QStringLiteral("甲"));
        auto preview = LeadImporter::preview(path);
        QVERIFY(preview.ok());
        QCOMPARE(preview->headers, (QStringList{"客户", "号码"}));
        QCOMPARE(preview->sampleRows.size(), 1);
        QVERIFY(!preview->mapping.has(LeadField::Phone));
    }

    void rejectedRowsFileCanBeFixedAndReimported()
    {
        TempStore s;
        const QString path = file(QStringLiteral("rej.csv"),
                                  kHeader + QStringLiteral("好,13800138000,,,,,,\n"
                                                           "短,1390013900,,抖音,,,,\"多行\n备注\"\n"
                                                           "公式,\"=HYPERLINK(\"\"x\"\")\",,,,,,\n"));
        LeadImportOptions options;
        options.rejectedPath = m_files.filePath(QStringLiteral("rejected.csv"));
        const LeadImportReport r = run(*s, path, options);
        QCOMPARE(r.rejectedCount, 2);
        QCOMPARE(r.rejectedPath, options.rejectedPath);
        const QByteArray bytes = readAll(options.rejectedPath);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY(text.startsWith(QStringLiteral("错误原因,客户姓名,手机号,")));
        QVERIFY(text.contains(QStringLiteral("\"多行\n备注\"")));
        QVERIFY(text.contains(QStringLiteral(",\"'=HYPERLINK(\"\"x\"\")\","))); // neutralised for Excel

        // The admin fixes the numbers and imports the rejected file itself.
        text.replace(QStringLiteral(",1390013900,"), QStringLiteral(",13900139000,"));
        text.replace(QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""), QStringLiteral("13700137000"));
        const QString fixed = m_files.filePath(QStringLiteral("fixed.csv"));
        writeFixture(fixed, text, QStringLiteral("UTF-8"), false, true);
        LeadImportOptions again;
        again.rejectedPath = m_files.filePath(QStringLiteral("rejected2.csv"));
        const LeadImportReport r2 = run(*s, fixed, again);
        QCOMPARE(r2.rowsRead, 2);
        QCOMPARE(r2.newContacts, 2);
        QCOMPARE(r2.rejectedCount, 0);
        QVERIFY(!QFile::exists(again.rejectedPath)); // nothing rejected: no file left behind
        const Contact c = byMobile(*s, QStringLiteral("13900139000"));
        QCOMPARE(c.source, QStringLiteral("抖音"));
        QVERIFY(c.notes.contains(QStringLiteral("多行 / 备注")));
        QVERIFY(!c.notes.contains(QStringLiteral("错误原因")));
    }

    void batchesReportProgressAndCancelKeepsCommittedRows()
    {
        TempStore s;
        QString body = kHeader;
        for (int i = 0; i < 35; ++i)
            body += QStringLiteral("客户%1,138%2,,,,,,\n").arg(i).arg(10000000 + i);
        const QString path = file(QStringLiteral("batch.csv"), body);
        QList<LeadImportProgress> seen;
        LeadImportOptions options;
        options.batchSize = 10;
        options.progress = [&seen](const LeadImportProgress& p) { seen << p; };
        int polls = 0;
        options.isCancelled = [&polls] { return ++polls > 15; };
        const LeadImportReport r = run(*s, path, options);
        QVERIFY(r.cancelled);
        QVERIFY(!r.completed);
        QCOMPARE(r.rowsRead, 15);
        QCOMPARE(r.newContacts, 15);
        QCOMPARE(r.stoppedAtLine, 17); // header is line 1, rows 2..16 done
        QCOMPARE(s.scalar("SELECT count(*) FROM contact"), 15);
        QVERIFY(seen.size() >= 2);
        QCOMPARE(seen.first().rowsDone, 10);
        QCOMPARE(seen.last().totalBytes, QFileInfo(path).size());

        // Running the file again finishes the job without touching the first 15.
        LeadImportOptions rest;
        rest.batchSize = 10;
        const LeadImportReport r2 = run(*s, path, rest);
        QVERIFY(r2.completed);
        QCOMPARE(r2.newContacts, 20);
        QCOMPARE(r2.unchanged, 15);
        QCOMPARE(r2.batchesCommitted, 4);
    }

    void progressComesBetweenCommitsToo()
    {
        TempStore s;
        QString body = kHeader;
        for (int i = 0; i < 30; ++i)
            body += QStringLiteral("客户%1,138%2,,,,,,\n").arg(i).arg(20000000 + i);
        const QString path = file(QStringLiteral("progress.csv"), body);
        QList<QPair<qint64, qint64>> seen; // rows processed, rows committed
        LeadImportOptions options;
        options.batchSize = 20;
        options.progressRows = 7;
        options.progress = [&seen, &s](const LeadImportProgress& p) {
            seen << qMakePair(p.rowsDone, p.rowsCommitted);
            // What is reported as committed is in the store for everyone else to see.
            QVERIFY(s.scalar("SELECT count(*) FROM contact") >= p.rowsCommitted);
        };
        const LeadImportReport r = run(*s, path, options);
        QVERIFY(r.completed);
        QCOMPARE(r.batchesCommitted, 2);
        const QList<QPair<qint64, qint64>> expected{{7, 0},   {14, 0},  {20, 20}, {21, 20},
                                                    {28, 20}, {30, 30}, {30, 30}};
        QCOMPARE(seen, expected);
    }

    void databaseErrorMidwayKeepsCommittedBatchesAndReportsWhere()
    {
        TempStore s;
        QString body = kHeader;
        for (int i = 0; i < 30; ++i)
            body += QStringLiteral("客户%1,138%2,,,,,,\n").arg(i).arg(10000000 + i);
        const QString path = file(QStringLiteral("fail.csv"), body);
        // A failure the 26th insert runs into (as a full disk would).
        QVERIFY(s->db()
                    .exec("CREATE TEMP TRIGGER fail_late BEFORE INSERT ON contact "
                          "WHEN (SELECT count(*) FROM contact) >= 25 "
                          "BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END")
                    .ok());
        LeadImportOptions options;
        options.batchSize = 10;
        const LeadImportReport r = run(*s, path, options);
        QVERIFY(!r.completed);
        QCOMPARE(r.error.code, ErrorCode::Conflict); // RAISE(ABORT) is a constraint error to SQLite
        QVERIFY(r.error.message.contains(QStringLiteral("simulated")));
        QCOMPARE(r.batchesCommitted, 2);
        QCOMPARE(r.newContacts, 20);
        QCOMPARE(r.stoppedAtLine, 22);
        QCOMPARE(s.scalar("SELECT count(*) FROM contact"), 20);
        QCOMPARE(s.scalar("SELECT count(*) FROM contact_fts"), 20);
        QCOMPARE(s.scalar("SELECT count(*) FROM contact_phone"), 20);
        QVERIFY(s->db().exec("DROP TRIGGER fail_late").ok());
        const LeadImportReport r2 = run(*s, path, options);
        QVERIFY(r2.completed);
        QCOMPARE(r2.newContacts, 10);
        QCOMPARE(r2.unchanged, 20);
    }
};

QTEST_GUILESS_MAIN(TestLeadImporter)
#include "TestLeadImporter.moc"

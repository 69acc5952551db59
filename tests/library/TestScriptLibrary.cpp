#include "LibraryTestSupport.h"

#include "library/ContactFields.h"
#include "library/ScriptLibrary.h"
#include "library/SensitiveWords.h"
#include "reminders/ReminderDates.h"

using namespace ll;
using namespace ll::test;

namespace {

Script addScript(Fixture& f, const QString& title, const QString& body, bool team = true,
                 const QString& category = QStringLiteral("runout"))
{
    ScriptInput in;
    in.title = title;
    in.body = body;
    in.category = category;
    in.tags = QStringList{QStringLiteral("复购")};
    auto s = ScriptLibrary(*f.store, team ? f.managerActor() : f.guideActor()).add(in, team);
    if (!s.ok())
        qFatal("%s", qPrintable(s.message()));
    return s.value();
}

} // namespace

class TestScriptLibrary : public QObject
{
    Q_OBJECT

private slots:
    void teamScriptsAreReadOnlyForGuides()
    {
        Fixture f;
        ScriptInput in;
        in.title = QStringLiteral("欢迎语");
        in.body = QStringLiteral("{name}您好，我是{store}的{guide}。");
        in.category = QStringLiteral("welcome");
        ScriptLibrary asGuide(*f.store, f.guideActor());
        QCOMPARE(asGuide.add(in, true).code(), ErrorCode::PermissionDenied);
        const Script team = addScript(f, QStringLiteral("欢迎语"), in.body.value(), true, QStringLiteral("welcome"));
        ScriptInput patch;
        patch.title = QStringLiteral("改标题");
        QCOMPARE(asGuide.update(team.id, patch).code(), ErrorCode::PermissionDenied);
        QCOMPARE(asGuide.remove(team.id).code(), ErrorCode::PermissionDenied);
        auto personal = asGuide.add(in, false);
        QVERIFY(personal.ok());
        QVERIFY(asGuide.update(personal->id, patch).ok());
        QCOMPARE(asGuide.list().value().size(), 2);
        ScriptQuery teamOnly;
        teamOnly.scope = ScriptQuery::Scope::Team;
        QCOMPARE(asGuide.list(teamOnly).value().size(), 1);
        // Another guide sees the team script but not this guide's own.
        ScriptLibrary other(*f.store, Actor{QStringLiteral("00000000-0000-4000-8000-000000000009"), StaffRole::Guide});
        QCOMPARE(other.list().value().size(), 1);
        QCOMPARE(other.get(personal->id).code(), ErrorCode::NotFound);
        QCOMPARE(ScriptInput{}.category.has_value(), false);
        in.category = QStringLiteral("spam");
        QCOMPARE(asGuide.add(in, false).code(), ErrorCode::InvalidInput);
    }

    void renderFillsPlaceholdersFromTheCustomer()
    {
        Fixture f;
        ContactInput in;
        in.name = QStringLiteral("王秀英");
        in.nickname = QStringLiteral("秀秀");
        in.storeId = f.storeId;
        const Contact wang = ContactRepository(*f.store).add(in).value();
        const Product oil = f.addProduct(QStringLiteral("OIL-90"), QStringLiteral("香薰精油"), 90);
        const QDate today = LocalCalendar().today();
        f.buy(wang, oil, today.addDays(-85).toString(Qt::ISODate));
        QVERIFY(ContactFieldRepository(*f.store).set(wang.id, QStringLiteral("会员等级"), QStringLiteral("金卡")).ok());
        const Script s = addScript(f, QStringLiteral("续购提醒"),
                                   QStringLiteral("{nickname}（{name}）您好，我是{store}的{guide}：您{days_since_purchase}天前买的"
                                                  "{product}快用完啦，{会员等级}会员有礼 {{限时}}"));
        ScriptLibrary scripts(*f.store, f.guideActor());
        auto text = scripts.render(s.id, wang.id);
        QVERIFY2(text.ok(), qPrintable(text.message()));
        QCOMPARE(text.value(), QStringLiteral("秀秀（王秀英）您好，我是南京西路店的王导购：您85天前买的香薰精油快用完啦，"
                                              "金卡会员有礼 {限时}"));
    }

    void unknownOrEmptyPlaceholdersAreNeverSentRaw()
    {
        Fixture f;
        const Contact c = f.addContact(QStringLiteral("无昵称"));
        ScriptLibrary scripts(*f.store, f.guideActor());
        const Script typo = addScript(f, QStringLiteral("拼错"), QStringLiteral("{nmae}您好"));
        auto checked = scripts.check(QStringLiteral("{nmae}您好{name"));
        QVERIFY(checked.ok());
        QCOMPARE(checked->unknownPlaceholders, QStringList{QStringLiteral("nmae")});
        QCOMPARE(checked->syntaxProblems.size(), 1);
        auto rendered = scripts.render(typo.id, c.id);
        QCOMPARE(rendered.code(), ErrorCode::InvalidInput);
        QVERIFY(rendered.message().contains(QStringLiteral("{nmae}")));
        const Script nick = addScript(f, QStringLiteral("昵称"), QStringLiteral("{nickname}，好久不见"));
        rendered = scripts.render(nick.id, c.id);
        QCOMPARE(rendered.code(), ErrorCode::InvalidInput);
        QVERIFY(rendered.message().contains(QStringLiteral("{nickname}")));
        auto use = scripts.use(nick.id, c.id);
        QCOMPARE(use.code(), ErrorCode::InvalidInput);
        QCOMPARE(scripts.get(nick.id).value().usageCount, 0);
        // Saving a script with an unpaired brace is refused.
        ScriptInput broken;
        broken.title = QStringLiteral("坏");
        broken.body = QStringLiteral("{name 您好");
        QCOMPARE(scripts.add(broken, false).code(), ErrorCode::InvalidInput);
    }

    void useRecordsAFollowUpAndCountsUsage()
    {
        Fixture f;
        const Contact c = f.addContact(QStringLiteral("李先生"));
        const Script s = addScript(f, QStringLiteral("问候"), QStringLiteral("{name}您好"));
        ScriptLibrary scripts(*f.store, f.guideActor());
        auto used = scripts.use(s.id, c.id);
        QVERIFY2(used.ok(), qPrintable(used.message()));
        QCOMPARE(used->text, QStringLiteral("李先生您好"));
        QVERIFY(scripts.use(s.id, c.id).ok());
        QCOMPARE(scripts.get(s.id).value().usageCount, 2);
        auto history = FollowUpRepository(*f.store).forContact(c.id).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.constFirst().kind, FollowUpKind::Message);
        QCOMPARE(history.constFirst().scriptId, s.id);
        QCOMPARE(history.constFirst().note, QStringLiteral("李先生您好"));
        QVERIFY(ContactRepository(*f.store).get(c.id).value().lastContactedAt.isValid());
    }

    void sensitiveWordsBlockSavingAndCopying()
    {
        Fixture f;
        QCOMPARE(SensitiveWords(*f.store, f.guideActor()).add(QStringLiteral("加微信")).code(), ErrorCode::PermissionDenied);
        SensitiveWords words(*f.store, f.managerActor());
        QVERIFY(words.add(QStringLiteral("加微信")).ok());
        QVERIFY(words.add(QStringLiteral("VX")).ok());
        QCOMPARE(words.add(QStringLiteral("ｖｘ")).code(), ErrorCode::Conflict);
        QCOMPARE(words.list().value().size(), 2);

        ScriptLibrary scripts(*f.store, f.guideActor());
        ScriptInput in;
        in.title = QStringLiteral("引流");
        in.body = QStringLiteral("{name}您好，加微信领券");
        auto saved = scripts.add(in, false);
        QCOMPARE(saved.code(), ErrorCode::InvalidInput);
        QVERIFY(saved.message().contains(QStringLiteral("加微信")));
        auto checked = scripts.check(in.body.value());
        QCOMPARE(checked->sensitiveWords, QStringList{QStringLiteral("加微信")});
        QCOMPARE(checked->sensitivePositions, QList<int>{9});

        // A customer value can bring a sensitive word into the rendered text: checked again before copying.
        const Contact c = f.addContact(QStringLiteral("VX客户"));
        Q_UNUSED(c);
        ContactInput nick;
        nick.name = QStringLiteral("小VX");
        const Contact sneaky = ContactRepository(*f.store).add(nick).value();
        in.body = QStringLiteral("{name}您好");
        const Script s = scripts.add(in, false).value();
        auto used = scripts.use(s.id, sneaky.id);
        QCOMPARE(used.code(), ErrorCode::InvalidInput);
        QVERIFY(used.message().contains(QStringLiteral("VX")));
        QCOMPARE(scripts.get(s.id).value().usageCount, 0);
        QVERIFY(FollowUpRepository(*f.store).forContact(sneaky.id).value().isEmpty());
        QVERIFY(words.remove(QStringLiteral("VX")).ok());
        QVERIFY(scripts.use(s.id, sneaky.id).ok());
    }

    void searchFindsScriptsByChinesePinyinAndInitials()
    {
        Fixture f;
        addScript(f, QStringLiteral("欢迎新客"), QStringLiteral("{name}您好，欢迎光临"), true, QStringLiteral("welcome"));
        addScript(f, QStringLiteral("价格异议"), QStringLiteral("贵有贵的道理"), true, QStringLiteral("objection"));
        addScript(f, QStringLiteral("Birthday wishes"), QStringLiteral("Happy birthday {name}!"), true,
                  QStringLiteral("birthday"));
        ScriptLibrary scripts(*f.store, f.guideActor());
        auto titles = [&](const QString& search, const QString& category = {}) {
            ScriptQuery q;
            q.search = search;
            q.category = category;
            QStringList out;
            const QList<Script> found = scripts.list(q).value();
            for (const Script& s : found)
                out << s.title;
            return out;
        };
        QCOMPARE(titles(QStringLiteral("欢迎")), QStringList{QStringLiteral("欢迎新客")});
        QCOMPARE(titles(QStringLiteral("歡迎")), QStringList{QStringLiteral("欢迎新客")});
        QCOMPARE(titles(QStringLiteral("huanying")), QStringList{QStringLiteral("欢迎新客")});
        QCOMPARE(titles(QStringLiteral("hyxk")), QStringList{QStringLiteral("欢迎新客")});
        QCOMPARE(titles(QStringLiteral("BIRTHDAY")), QStringList{QStringLiteral("Birthday wishes")});
        QCOMPARE(titles(QStringLiteral("道理")), QStringList{QStringLiteral("价格异议")});
        QCOMPARE(titles(QStringLiteral("复购 jiage")), QStringList{QStringLiteral("价格异议")});
        QCOMPARE(titles(QString(), QStringLiteral("welcome")), QStringList{QStringLiteral("欢迎新客")});
        QVERIFY(titles(QStringLiteral("100%")).isEmpty());
        QCOMPARE(titles(QString()).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestScriptLibrary)
#include "TestScriptLibrary.moc"

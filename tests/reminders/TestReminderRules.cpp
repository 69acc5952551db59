#include "ReminderTestSupport.h"

#include "reminders/HolidayCalendar.h"
#include "reminders/RuleRepository.h"

using namespace ll;
using namespace ll::test;

class TestReminderRules : public QObject
{
    Q_OBJECT

private slots:
    void ruleIsASyncedRecordWithOutbox()
    {
        Fixture f;
        const int before = f.store->pendingOutboxCount().value();
        RuleRepository rules(*f.store, f.managerActor());
        RuleInput in;
        in.name = QStringLiteral("香薰精油续购");
        in.kind = QStringLiteral("runout");
        in.leadDays = 5;
        in.scriptId = QStringLiteral("6f1e2b7a-3c55-4a4e-9d0b-2a9c1d6e8f10");
        auto rule = rules.add(in, true);
        QVERIFY2(rule.ok(), qPrintable(rule.message()));
        QVERIFY(isValidId(rule->id));
        QVERIFY(rule->isTeamRule());
        QCOMPARE(f.store->pendingOutboxCount().value(), before + 1);
        Statement clocks(f.store->db(), "SELECT clocks FROM reminder_rule WHERE id = ?");
        clocks.bind(1, rule->id);
        QVERIFY(clocks.step().value());
        QVERIFY(clocks.text(0).contains(QStringLiteral("leadDays=")));

        RuleInput patch;
        patch.leadDays = 7;
        auto updated = rules.update(rule->id, patch);
        QVERIFY(updated.ok());
        QCOMPARE(rules.get(rule->id).value().leadDays, 7);
        QCOMPARE(f.store->pendingOutboxCount().value(), before + 2);
        QVERIFY(rules.remove(rule->id).ok());
        QCOMPARE(rules.get(rule->id).code(), ErrorCode::NotFound);
        QCOMPARE(rules.list().value().size(), 0);
    }

    void guidesCannotChangeTeamRulesButOwnTheirPersonalOnes()
    {
        Fixture f;
        RuleInput in;
        in.name = QStringLiteral("沉睡客户");
        in.kind = QStringLiteral("dormant");
        in.threshold = 60;
        RuleRepository asGuide(*f.store, f.guideActor());
        QCOMPARE(asGuide.add(in, true).code(), ErrorCode::PermissionDenied);
        auto team = RuleRepository(*f.store, f.managerActor()).add(in, true);
        QVERIFY(team.ok());
        RuleInput patch;
        patch.threshold = 30;
        QCOMPARE(asGuide.update(team->id, patch).code(), ErrorCode::PermissionDenied);
        QCOMPARE(asGuide.remove(team->id).code(), ErrorCode::PermissionDenied);
        auto personal = asGuide.add(in, false);
        QVERIFY(personal.ok());
        QCOMPARE(personal->ownerId, f.guide.id);
        QVERIFY(asGuide.update(personal->id, patch).ok());
        // Another guide may not touch it.
        RuleRepository other(*f.store, Actor{QStringLiteral("00000000-0000-4000-8000-000000000009"), StaffRole::Guide});
        QCOMPARE(other.update(personal->id, patch).code(), ErrorCode::PermissionDenied);
    }

    void invalidRulesAreRejectedWithReasons()
    {
        Fixture f;
        RuleRepository rules(*f.store, f.managerActor());
        RuleInput in;
        in.name = QStringLiteral("x");
        in.kind = QStringLiteral("weather");
        QCOMPARE(rules.add(in, true).code(), ErrorCode::InvalidInput);
        in.kind = QStringLiteral("dormant");
        QCOMPARE(rules.add(in, true).code(), ErrorCode::InvalidInput); // no threshold
        in.kind = QStringLiteral("lead_sla");
        in.threshold = 10000;
        QCOMPARE(rules.add(in, true).code(), ErrorCode::InvalidInput);
        in.kind = QStringLiteral("custom_date");
        in.threshold.reset();
        QCOMPARE(rules.add(in, true).code(), ErrorCode::InvalidInput); // no date field
        in.kind = QStringLiteral("birthday");
        in.leadDays = -1;
        QCOMPARE(rules.add(in, true).code(), ErrorCode::InvalidInput);
        in.leadDays = 3;
        in.stages = QStringList{QStringLiteral("vip")};
        QCOMPARE(rules.add(in, true).code(), ErrorCode::InvalidInput);
        in.stages = QStringList{QStringLiteral("customer"), QStringLiteral("loyal")};
        in.tagIds = QStringList{QStringLiteral("不存在的标签")};
        QCOMPARE(rules.add(in, true).code(), ErrorCode::NotFound);
        in.tagIds.reset();
        auto ok = rules.add(in, true);
        QVERIFY2(ok.ok(), qPrintable(ok.message()));
        QCOMPARE(ok->stages, (QStringList{QStringLiteral("customer"), QStringLiteral("loyal")}));
        RuleInput changeKind;
        changeKind.kind = QStringLiteral("holiday");
        QCOMPARE(rules.update(ok->id, changeKind).code(), ErrorCode::InvalidInput);
    }

    void holidayListIsEditableAndDefaultsConverge()
    {
        Fixture f;
        HolidayCalendar asGuide(*f.store, f.guideActor());
        QCOMPARE(asGuide.add(QStringLiteral("店庆"), QDate(2026, 8, 8)).code(), ErrorCode::PermissionDenied);
        HolidayCalendar holidays(*f.store, f.managerActor());
        auto added = holidays.addDefaults(2026);
        QVERIFY(added.ok());
        QVERIFY(added.value() >= 14);
        QCOMPARE(holidays.addDefaults(2026).value(), 0); // idempotent
        auto own = holidays.add(QStringLiteral("店庆"), QDate(2026, 8, 8));
        QVERIFY(own.ok());
        auto august = holidays.list(QDate(2026, 8, 1), QDate(2026, 8, 31));
        QVERIFY(august.ok());
        QStringList names;
        for (const Holiday& h : august.value())
            names << h.name;
        QVERIFY(names.contains(QStringLiteral("店庆")));
        QVERIFY(names.contains(QStringLiteral("七夕")));
        // A deleted default stays deleted when the defaults are added again.
        const auto november11 = holidays.list(QDate(2026, 11, 11), QDate(2026, 11, 11));
        QVERIFY(november11.ok());
        QCOMPARE(november11.value().size(), 1);
        const Holiday singles = november11.value().constFirst();
        QCOMPARE(singles.name, QStringLiteral("双11"));
        QVERIFY(holidays.remove(singles.id).ok());
        QCOMPARE(holidays.addDefaults(2026).value(), 0);
        QVERIFY(holidays.list(QDate(2026, 11, 11), QDate(2026, 11, 11)).value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReminderRules)
#include "TestReminderRules.moc"

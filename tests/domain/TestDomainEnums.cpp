#include "domain/Enums.h"

#include <QTest>

using namespace ll;

class TestDomainEnums : public QObject
{
    Q_OBJECT

private slots:
    void everyCodeRoundTrips()
    {
        for (const QString& code : stageCodes())
            QCOMPARE(toCode(*stageFromCode(code)), code);
        for (const QString& code : followUpKindCodes())
            QCOMPARE(toCode(*followUpKindFromCode(code)), code);
        for (auto g : {Gender::Unknown, Gender::Female, Gender::Male, Gender::Other})
            QCOMPARE(*genderFromCode(toCode(g)), g);
        for (auto r : {StaffRole::Guide, StaffRole::Manager, StaffRole::Admin})
            QCOMPARE(*staffRoleFromCode(toCode(r)), r);
        for (auto st : {StaffStatus::Active, StaffStatus::Departed})
            QCOMPARE(*staffStatusFromCode(toCode(st)), st);
        QCOMPARE(stageCodes().size(), 6);
        QCOMPARE(stageCodes().first(), QStringLiteral("lead"));
    }

    void genderAcceptsWhatPeopleTypeAndCodesIgnoreCase()
    {
        QCOMPARE(*genderFromCode(QStringLiteral("女")), Gender::Female);
        QCOMPARE(*genderFromCode(QStringLiteral("M")), Gender::Male);
        QCOMPARE(*genderFromCode(QStringLiteral("unknown")), Gender::Unknown);
        QCOMPARE(*stageFromCode(QStringLiteral(" Customer ")), Stage::Customer);
        QVERIFY(!genderFromCode(QStringLiteral("robot")));
        QVERIFY(!stageFromCode(QStringLiteral("vip")));
        QVERIFY(!stageFromCode(QString()));
        QVERIFY(!followUpKindFromCode(QStringLiteral("fax")));
        QVERIFY(!staffRoleFromCode(QStringLiteral("boss")));
        QVERIFY(knownSourceChannels().contains(QStringLiteral("live_stream")));
    }
};

QTEST_GUILESS_MAIN(TestDomainEnums)
#include "TestDomainEnums.moc"

// The pieces around the window: one instance per user and profile, and the language choice.
#include "UiTestSupport.h"

#include "app/Language.h"
#include "app/SingleInstance.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ll::ui;

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { ll::uitest::isolateSettings(); }

    void secondLaunchActivatesTheFirstAndStops()
    {
        QTemporaryDir dir;
        SingleInstance first(dir.path());
        QVERIFY(first.claim());
        QSignalSpy activated(&first, &SingleInstance::activationRequested);
        SingleInstance second(dir.path());
        QVERIFY(!second.claim());
        QTRY_COMPARE(activated.size(), 1);
    }

    void anotherProfileIsAnotherInstance()
    {
        QTemporaryDir a, b;
        SingleInstance first(a.path());
        QVERIFY(first.claim());
        SingleInstance other(b.path());
        QVERIFY(other.claim());
        QVERIFY(first.serverName() != other.serverName());
    }

    void chineseCatalogueIsEmbeddedAndComplete()
    {
        Language::setPreference(QStringLiteral("zh_CN"));
        Language::apply();
        QCOMPARE(QCoreApplication::translate("ll::ui::MainWindow", "Contacts"), QStringLiteral("客户"));
        QCOMPARE(QCoreApplication::translate("ll::ui::UnlockDialog", "&Unlock"), QStringLiteral("解锁(&U)"));
        // Core messages reach the user translated as well.
        QCOMPARE(QCoreApplication::translate("ll::PhoneNumber", "The phone number is empty."),
                 QStringLiteral("号码为空。"));
        QCOMPARE(QCoreApplication::translate("ll::ui::ContactsPage", "%n contact(s)", nullptr, 3),
                 QStringLiteral("共 3 位客户"));
    }

    // The importer's helpers ask for "ll::LeadImporter" while lupdate filed these under the namespace ("ll")
    // or the class around the call ("ll::CsvReader", "ll::contact_rows"): they must still come out in
    // Chinese.
    void coreMessagesFiledUnderAnotherContextAreTranslated()
    {
        Language::setPreference(QStringLiteral("zh_CN"));
        Language::apply();
        QCOMPARE(QCoreApplication::translate("ll::LeadImporter", "Neither a mobile number nor a WeChat ID"),
                 QStringLiteral("既没有手机号也没有微信号"));
        QCOMPARE(QCoreApplication::translate("ll::ContactRepository", "No store with id %1"),
                 QStringLiteral("没有编号为 %1 的门店"));
        // UI contexts are never answered by source text alone, and unknown text stays as written.
        QCOMPARE(QCoreApplication::translate("ll::ui::NoSuchPage", "Neither a mobile number nor a WeChat ID"),
                 QStringLiteral("Neither a mobile number nor a WeChat ID"));
        QCOMPARE(QCoreApplication::translate("ll::LeadImporter", "not in any catalogue"),
                 QStringLiteral("not in any catalogue"));
        Language::setPreference(QStringLiteral("en"));
        Language::apply();
        QCOMPARE(QCoreApplication::translate("ll::LeadImporter", "Neither a mobile number nor a WeChat ID"),
                 QStringLiteral("Neither a mobile number nor a WeChat ID"));
        Language::setPreference(QString());
    }

    void englishUsesPluralForms()
    {
        Language::setPreference(QStringLiteral("en"));
        Language::apply();
        QCOMPARE(QCoreApplication::translate("ll::ui::MainWindow", "Contacts"), QStringLiteral("Contacts"));
        QCOMPARE(QCoreApplication::translate("ll::ui::ContactsPage", "%n contact(s)", nullptr, 1),
                 QStringLiteral("1 contact"));
        QCOMPARE(QCoreApplication::translate("ll::ui::ContactsPage", "%n contact(s)", nullptr, 2),
                 QStringLiteral("2 contacts"));
        Language::setPreference(QString());
    }
};

QTEST_MAIN(TestDesktopIntegration)
#include "TestDesktopIntegration.moc"

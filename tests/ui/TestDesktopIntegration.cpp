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

    // Core files file their messages under one context for lupdate and at run time alike (a
    // Q_DECLARE_TR_FUNCTIONS struct per file): free functions' messages too, which lupdate used to file under
    // the namespace while the code asked for the class's context, so they showed in English.
    void coreMessagesOfFreeFunctionsAreTranslated()
    {
        Language::setPreference(QStringLiteral("zh_CN"));
        Language::apply();
        QCOMPARE(QCoreApplication::translate("ll::LeadImporter", "Neither a mobile number nor a WeChat ID"),
                 QStringLiteral("既没有手机号也没有微信号"));
        QCOMPARE(QCoreApplication::translate("ll::ContactRepository", "No store with id %1"),
                 QStringLiteral("没有 ID 为 %1 的门店"));
        QCOMPARE(QCoreApplication::translate("ll::XlsxReader", "The first sheet of the workbook is empty"),
                 QStringLiteral("工作簿的第一个工作表为空"));
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

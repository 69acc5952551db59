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

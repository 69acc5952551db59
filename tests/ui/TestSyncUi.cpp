// The app's sync corner against the real server over real TLS on 127.0.0.1: sign in from the dialog, edit,
// Ctrl+S → "Synced"; the server goes away → "Offline" with the changes kept, not an error.
#include "UiTestSupport.h"

#include "ServerHarness.h"
#include "app/Session.h"
#include "crypto/KeyVault.h"
#include "engine/SyncEngine.h"
#include "library/MaterialLibrary.h"
#include "main/MainWindow.h"
#include "materials/MaterialsPage.h"
#include "profile/Profile.h"
#include "store/Store.h"
#include "sync/LoginDialog.h"
#include "sync/SyncController.h"
#include "sync/SyncStatusWidget.h"
#include "sync/SyncUi.h"

#include <QAction>
#include <QFile>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ll;
using namespace ll::ui;

class TestSyncUi : public QObject
{
    Q_OBJECT

private:
    ServerHarness m_server;
    ServerHarness::Staff m_guide;
    QString m_orgId;
    QTemporaryDir m_tmp;
    QString m_dir;
    std::unique_ptr<Session> m_session;

    SyncController::StoreOpener opener()
    {
        const QString dir = m_dir;
        return [dir]() -> Result<std::unique_ptr<Store>> {
            auto key = KeyVault(dir).unlockWithPassphrase(QString::fromUtf8(uitest::kPassphrase));
            if (!key.ok())
                return key.error();
            return Store::open(dir, key.value(), false);
        };
    }

    bool addContact(const QString& name)
    {
        ContactInput in;
        in.name = name;
        return m_session->contacts().add(in).ok();
    }

private slots:
    void initTestCase()
    {
        uitest::isolateSettings();
        QVERIFY(m_server.init());
        m_orgId = m_server.createOrg(QStringLiteral("留量测试"));
        QVERIFY(!m_orgId.isEmpty());
        const QString store = m_server.createStore(m_orgId, QStringLiteral("一店"));
        m_guide = m_server.createStaff(m_orgId, store, QStringLiteral("guide1"), QStringLiteral("guide"));
        QVERIFY(!m_guide.id.isEmpty());
        QVERIFY(m_server.start() >= 0);

        m_dir = m_tmp.filePath(QStringLiteral("p"));
        auto opened = uitest::openTestSession(m_dir);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        m_session = std::move(opened.value());
    }

    void cleanupTestCase()
    {
        m_session.reset();
        QVERIFY(m_server.stopAll());
    }

    void signInEditSyncThenOffline()
    {
        SyncController controller(m_session->store(), opener());
        QVERIFY(controller.start().ok());
        MainWindow window(*m_session);
        attachSyncUi(&window, controller, [] {});
        auto* corner = window.findChild<SyncStatusWidget*>();
        QVERIFY(corner);
        QTRY_COMPARE(controller.state().kind, SyncState::Kind::LoggedOut);
        QCOMPARE(corner->label()->text(), SyncStatusWidget::text(controller.state()));

        // A wrong password is shown in the dialog, which stays open.
        LoginDialog dialog(controller, &window);
        dialog.serverEdit()->setText(QStringLiteral("https://127.0.0.1:%1").arg(m_server.port()));
        dialog.orgEdit()->setText(m_orgId);
        dialog.userEdit()->setText(m_guide.username);
        dialog.passwordEdit()->setText(QStringLiteral("not the password"));
        dialog.findChild<QGroupBox*>()->setChecked(true);
        dialog.caFileEdit()->setText(m_server.caPath());
        QSignalSpy finished(&controller, &SyncController::loginFinished);
        dialog.signIn();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!dialog.errorLabel()->isHidden());
        QVERIFY(dialog.result() != QDialog::Accepted);

        dialog.passwordEdit()->setText(m_guide.password);
        dialog.signIn();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        QVERIFY2(finished.last().at(0).toBool(),
                 qPrintable(finished.last().at(1).toString() + QLatin1Char(' ') +
                            finished.last().at(2).toString()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isBusy() && controller.state().kind == SyncState::Kind::Synced,
                                 20000);

        // Edit, Ctrl+S → synced, nothing pending.
        QVERIFY(addContact(QStringLiteral("王芳")));
        controller.refreshStatus();
        QTRY_COMPARE(controller.state().kind, SyncState::Kind::Pending);
        QVERIFY(controller.state().pending > 0);
        QCOMPARE(corner->label()->text(), SyncStatusWidget::text(controller.state()));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isBusy() && controller.state().kind == SyncState::Kind::Synced,
                                 20000);
        QCOMPARE(controller.state().pending, 0);
        QVERIFY2(corner->label()->text().startsWith(QStringLiteral("Synced")),
                 qPrintable(corner->label()->text()));

        // The server goes away: offline, the new edit waits, and it is not shown as an error.
        QVERIFY(m_server.stopAll());
        QVERIFY(addContact(QStringLiteral("李娜")));
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isBusy() && controller.state().kind != SyncState::Kind::Syncing,
                                 60000);
        QCOMPARE(controller.state().kind, SyncState::Kind::Offline);
        QVERIFY(controller.state().pending > 0);
        QVERIFY2(corner->label()->text().startsWith(QStringLiteral("Offline")),
                 qPrintable(corner->label()->text()));
        QVERIFY(!corner->label()->toolTip().isEmpty());
    }

    // A departed guide's device: the engine wipes the store, the controller tells the app (which then shows
    // the "account disabled" notice and the first-run screen).
    void departedAccountIsWiped()
    {
        QVERIFY(m_server.start() >= 0);
        const QString store = m_server.createStore(m_orgId, QStringLiteral("二店"));
        const ServerHarness::Staff leaver =
            m_server.createStaff(m_orgId, store, QStringLiteral("leaver"), QStringLiteral("guide"));
        QVERIFY(!leaver.id.isEmpty());
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("leaver"));
        auto opened = uitest::openTestSession(dir);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        auto session = std::move(opened.value());
        SyncController controller(session->store(), [dir]() -> Result<std::unique_ptr<Store>> {
            auto key = KeyVault(dir).unlockWithPassphrase(QString::fromUtf8(uitest::kPassphrase));
            if (!key.ok())
                return key.error();
            return Store::open(dir, key.value(), false);
        });
        QVERIFY(controller.start().ok());
        QSignalSpy finished(&controller, &SyncController::loginFinished);
        QSignalSpy wiped(&controller, &SyncController::wiped);
        sync::ServerConfig server;
        server.url = QStringLiteral("https://127.0.0.1:%1").arg(m_server.port());
        server.caFile = m_server.caPath();
        controller.login(server, m_orgId, leaver.username, leaver.password);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isBusy() && controller.state().kind == SyncState::Kind::Synced,
                                 20000);
        QVERIFY(wiped.isEmpty());

        m_server.admin({QStringLiteral("staff-depart"), QStringLiteral("--username"), leaver.username});
        controller.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(wiped.count(), 1, 20000);
        session.reset();
        QVERIFY(Profile::wipe(dir).ok());
        QVERIFY(!Profile::exists(dir));
    }

    // A material added on one device reaches the other without its file; the Materials page downloads the
    // file from the server the first time it is used (here: Save as).
    void materialFileIsDownloadedOnFirstUse()
    {
        QVERIFY(m_server.start() >= 0);
        sync::ServerConfig server;
        server.url = QStringLiteral("https://127.0.0.1:%1").arg(m_server.port());
        server.caFile = m_server.caPath();
        auto device = [&](const QString& name) {
            auto opened = uitest::openTestSession(m_tmp.filePath(name));
            if (!opened.ok())
                qFatal("%s", qPrintable(opened.message()));
            auto session = std::move(opened.value());
            if (sync::SyncEngine(session->store()).login(server, m_orgId, m_guide.username, m_guide.password))
                qFatal("login failed");
            return session;
        };
        auto a = device(QStringLiteral("material-a"));
        auto b = device(QStringLiteral("material-b"));

        const QString file = m_tmp.filePath(QStringLiteral("poster.png"));
        QImage poster(64, 48, QImage::Format_RGB32);
        poster.fill(Qt::darkCyan);
        QVERIFY(poster.save(file));
        MaterialInput in;
        in.kind = QStringLiteral("poster");
        in.title = QStringLiteral("双11海报");
        in.filePath = file;
        auto added =
            MaterialLibrary(a->store(), Actor{a->store().actorId(), StaffRole::Guide}).add(in, false);
        QVERIFY2(added.ok(), qPrintable(added.message()));
        QVERIFY(std::holds_alternative<sync::SyncReport>(sync::SyncEngine(a->store()).syncOnce()));
        QVERIFY(std::holds_alternative<sync::SyncReport>(sync::SyncEngine(b->store()).syncOnce()));

        MaterialsPage page(*b);
        page.refresh();
        auto arrived = page.library().get(added.value().id);
        QVERIFY2(arrived.ok(), qPrintable(arrived.message()));
        QVERIFY(!page.library().hasLocalFile(arrived.value()));
        page.selectMaterial(added.value().id);
        const QString saved = m_tmp.filePath(QStringLiteral("saved.png"));
        QVERIFY(page.saveCurrentTo(saved));
        QVERIFY(page.library().hasLocalFile(arrived.value()));
        QFile original(file), copy(saved);
        QVERIFY(original.open(QIODevice::ReadOnly) && copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), original.readAll());
    }
};

QTEST_MAIN(TestSyncUi)
#include "TestSyncUi.moc"

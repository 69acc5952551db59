// The guide's first day, driven through the real widgets: create the profile, add and tag a customer,
// find her by pinyin initials, log a call in two keystrokes, quit, come back, and everything is there.
#include "UiTestSupport.h"

#include "app/AppController.h"
#include "app/Session.h"
#include "contacts/ContactDetailPane.h"
#include "contacts/ContactListModel.h"
#include "contacts/ContactsPage.h"
#include "contacts/FollowUpDialog.h"
#include "contacts/NewContactDialog.h"
#include "contacts/TagEditor.h"
#include "dialogs/CreateProfileDialog.h"
#include "dialogs/UnlockDialog.h"
#include "main/MainWindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ll;
using namespace ll::ui;

class TestGuiFlow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString profileDir() const { return m_tmp.filePath(QStringLiteral("profile")); }

    static void addContactThroughDialog(MainWindow* w, const QString& name, const QString& phone)
    {
        // A closed dialog hands activation back asynchronously; shortcuts only reach the active window.
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        uitest::whenModal<NewContactDialog>([name, phone](NewContactDialog* d) {
            uitest::typeText(d->nameEdit(), name);
            uitest::typeText(d->phoneEdit(), phone);
            d->submit();
        });
        QTest::keyClick(w, Qt::Key_N, Qt::ControlModifier);
    }

    static std::unique_ptr<AppController> unlock(const QString& dir, const QString& passphrase)
    {
        auto c = std::make_unique<AppController>(dir);
        c->setTryKeychainOnStart(false);
        c->start();
        UnlockDialog* d = c->unlockDialog();
        if (!d)
            return c;
        uitest::typeText(d->passphraseEdit(), passphrase);
        QTest::mouseClick(d->unlockButton(), Qt::LeftButton);
        return c;
    }

private slots:
    void initTestCase()
    {
        uitest::isolateSettings();
        QVERIFY(m_tmp.isValid());
    }

    void createProfileAddTagSearchFollowUpAndFindItAllAfterRelaunch()
    {
        {
            AppController c(profileDir());
            c.setKdfParams(uitest::fastKdf());
            c.setTryKeychainOnStart(false);
            c.start();
            CreateProfileDialog* create = c.createDialog();
            QVERIFY(create);
            QVERIFY(!create->createButton()->isEnabled()); // no passphrase yet
            uitest::typeText(create->passphraseEdit(), QString::fromUtf8(uitest::kPassphrase));
            uitest::typeText(create->confirmEdit(), QString::fromUtf8(uitest::kPassphrase));
            QVERIFY(create->createButton()->isEnabled());
            QTest::mouseClick(create->createButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(c.mainWindow(), 20000);

            MainWindow* w = c.mainWindow();
            w->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(w));
            w->showPage(MainWindow::Contacts);
            ContactsPage* page = w->contactsPage();
            QCOMPARE(page->model()->rowCount(), 0);

            addContactThroughDialog(w, QStringLiteral("张三"), QStringLiteral("13800138000"));
            addContactThroughDialog(w, QStringLiteral("李四"), QStringLiteral("13900139000"));
            QCOMPARE(page->model()->rowCount(), 2);
            QCOMPARE(page->detail()->contactId(),
                     page->model()->contactAt(page->view()->currentIndex().row()).id);

            // Phones are masked in the list until revealed.
            const int zhang = [&] {
                for (int r = 0; r < page->model()->rowCount(); ++r)
                    if (page->model()->contactAt(r).name == QStringLiteral("张三"))
                        return r;
                return -1;
            }();
            QVERIFY(zhang >= 0);
            QCOMPARE(page->model()->index(zhang, ContactListModel::Phone).data().toString(),
                     QStringLiteral("138****8000"));

            page->view()->setCurrentIndex(page->model()->index(zhang, 0));
            TagEditor* tags = page->detail()->tagEditor();
            QTest::keyClicks(tags->input(), QStringLiteral("VIP"));
            QTest::keyClick(tags->input(), Qt::Key_Return);
            QCOMPARE(tags->list()->count(), 1);
            QCOMPARE(tags->list()->item(0)->text(), QStringLiteral("VIP"));

            w->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(w));
            QTest::keyClick(w, Qt::Key_K, Qt::ControlModifier);
            QVERIFY(page->searchEdit()->hasFocus());
            QTest::keyClicks(page->searchEdit(), QStringLiteral("zs"));
            QTRY_COMPARE(page->model()->rowCount(), 1);
            QCOMPARE(page->model()->contactAt(0).name, QStringLiteral("张三"));
            QCOMPARE(page->model()->index(0, ContactListModel::Tags).data().toString(),
                     QStringLiteral("VIP"));
            page->view()->setCurrentIndex(page->model()->index(0, 0));

            // Two keystrokes: Ctrl+F opens the dialog with the cursor in the note, Enter saves.
            w->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(w));
            uitest::whenModal<FollowUpDialog>([](FollowUpDialog* d) {
                uitest::typeText(d->noteEdit(), QStringLiteral("想再看看玫瑰精油"));
                QTest::keyClick(d->noteEdit(), Qt::Key_Return);
            });
            QTest::keyClick(w, Qt::Key_F, Qt::ControlModifier);
            QListWidget* timeline = page->detail()->timeline();
            QCOMPARE(timeline->count(), 1);
            QVERIFY2(timeline->item(0)->text().contains(QStringLiteral("想再看看玫瑰精油")),
                     qPrintable(timeline->item(0)->text()));
            QVERIFY(!page->model()->index(0, ContactListModel::LastContacted).data().toString().isEmpty());
        } // the controller, window and store are gone: this is the relaunch

        auto c = unlock(profileDir(), QString::fromUtf8(uitest::kPassphrase));
        QTRY_VERIFY_WITH_TIMEOUT(c->mainWindow(), 20000);
        MainWindow* w = c->mainWindow();
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        w->showPage(MainWindow::Contacts);
        ContactsPage* page = w->contactsPage();
        QCOMPARE(page->model()->totalCount(), 2);
        QTest::keyClicks(page->searchEdit(), QStringLiteral("zhangsan"));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        page->view()->setCurrentIndex(page->model()->index(0, 0));
        QCOMPARE(page->detail()->tagEditor()->list()->count(), 1);
        QCOMPARE(page->detail()->timeline()->count(), 1);
        QVERIFY(page->detail()->timeline()->item(0)->text().contains(QStringLiteral("想再看看玫瑰精油")));
    }

    void wrongPassphraseShowsTheReasonAndNoData()
    {
        auto c = unlock(profileDir(), QStringLiteral("not the passphrase"));
        UnlockDialog* d = c->unlockDialog();
        QVERIFY(d);
        QTRY_VERIFY_WITH_TIMEOUT(
            d->isEnabled() && d->messageLabel()->text().contains(QStringLiteral("not right")), 20000);
        QVERIFY(!c->mainWindow());
        QVERIFY(c->isLocked());
        for (QWidget* top : QApplication::topLevelWidgets())
            QVERIFY2(!qobject_cast<MainWindow*>(top) || !top->isVisible(),
                     "a main window is visible while locked");
        // The right passphrase still works after a wrong one.
        d->passphraseEdit()->clear();
        uitest::typeText(d->passphraseEdit(), QString::fromUtf8(uitest::kPassphrase));
        QTest::mouseClick(d->unlockButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(c->mainWindow(), 20000);
    }

    void lockingDestroysTheWindowAndClosesTheStore()
    {
        auto c = unlock(profileDir(), QString::fromUtf8(uitest::kPassphrase));
        QTRY_VERIFY_WITH_TIMEOUT(c->mainWindow(), 20000);
        c->mainWindow()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(c->mainWindow()));
        QPointer<MainWindow> window = c->mainWindow();
        QTest::keyClick(c->mainWindow(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(!c->mainWindow());
        QVERIFY(!window || !window->isVisible());
        QTRY_VERIFY(window.isNull());
        QVERIFY(c->isLocked());
        QVERIFY(!c->session());
        QVERIFY(c->unlockDialog());
        QVERIFY(c->unlockDialog()->isVisible());
    }
};

QTEST_MAIN(TestGuiFlow)
#include "TestGuiFlow.moc"

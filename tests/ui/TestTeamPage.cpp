// The Team page offscreen against the real server over TLS: the review queue shows the server's
// items, the stuck filter, mark reviewed (selected / all) reaches the server, a guide sees the
// customers handed to them, and a profile without login explains the page and offers login.
#include "TeamFixture.h"
#include "app/Session.h"
#include "team/TeamPage.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <list>

using namespace ll;
using namespace ll::ui;

namespace {

bool settled(TeamPage& page)
{
    // Network calls run on worker threads: wait (bounded) until the page has its answers.
    const bool done = QTest::qWaitFor([&page] { return !page.isBusy(); }, 30000);
    if (!page.errorLabel()->text().isEmpty())
        qWarning("page error: %s (%s)", qPrintable(page.errorLabel()->text()),
                 qPrintable(page.errorLabel()->toolTip()));
    return done;
}

} // namespace

class TestTeamPage : public QObject
{
    Q_OBJECT

private:
    TeamFixture f;
    QString transferId;
    QStringList contacts;

    std::list<TeamDevice> devices; // their directories outlive the sessions opened on them

    std::unique_ptr<Session> sessionOf(const ServerHarness::Staff& who)
    {
        TeamDevice& device = devices.emplace_back();
        if (!device.loginAs(f, who))
            return nullptr;
        return std::make_unique<Session>(std::move(device.profile));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(f.init());
        contacts = f.contactsOf(f.guideA, 2);
        QCOMPARE(contacts.size(), 2);
        auto manager = sessionOf(f.manager);
        QVERIFY(manager);
        TransferRequest req;
        req.from = f.guideA.id;
        req.targets.to = f.guideB.id;
        req.targets.reason = QStringLiteral("调店");
        auto made = sync::TeamClient(manager->store()).createTransfer(req);
        QVERIFY(std::holds_alternative<Transfer>(made));
        transferId = std::get<Transfer>(made).id;
    }

    void queueShowsTheServersItemsAndFiltersStuck()
    {
        auto manager = sessionOf(f.manager);
        QVERIFY(manager);
        TeamPage page(*manager);
        page.refresh();
        QVERIFY(settled(page));
        QVERIFY(page.errorLabel()->text().isEmpty());
        QCOMPARE(page.queueTable()->rowCount(), 2);
        QCOMPARE(page.queueTable()->item(0, 2)->text(), QStringLiteral("guide.b")); // "to", by directory name
        QCOMPARE(page.queueTable()->item(0, 7)->text(), QStringLiteral("调店"));
        QVERIFY(page.overviewTable()->rowCount() >= 3);

        // Just moved, nobody followed up: stuck after 0 days, not yet after 3.
        page.stuckOnly()->setChecked(true);
        QCOMPARE(page.stuckDays()->value(), 3);
        QCOMPARE(page.queueTable()->rowCount(), 0);
        page.stuckDays()->setValue(0);
        QCOMPARE(page.queueTable()->rowCount(), 2);
    }

    void markReviewedReachesTheServer()
    {
        auto manager = sessionOf(f.manager);
        QVERIFY(manager);
        TeamPage page(*manager);
        page.refresh();
        QVERIFY(settled(page));
        QCOMPARE(page.queueTable()->rowCount(), 2);
        page.queueTable()->selectRow(0);
        page.reviewSelected();
        QVERIFY(settled(page));
        auto after = sync::TeamClient(manager->store()).transfer(transferId);
        QVERIFY(std::holds_alternative<Transfer>(after));
        int reviewed = 0;
        for (const TransferItem& item : std::get<Transfer>(after).items)
            reviewed += item.reviewed ? 1 : 0;
        QCOMPARE(reviewed, 1);
        QCOMPARE(page.queueTable()->item(0, 6)->text(), TeamPage::tr("yes"));

        page.reviewAll();
        QVERIFY(settled(page));
        after = sync::TeamClient(manager->store()).transfer(transferId);
        for (const TransferItem& item : std::get<Transfer>(after).items)
            QVERIFY(item.reviewed);
    }

    void guideSeesCustomersHandedToThem()
    {
        auto guide = sessionOf(f.guideB);
        QVERIFY(guide);
        TeamPage page(*guide);
        page.refresh();
        QVERIFY(settled(page));
        QCOMPARE(page.handedList()->count(), 2);
        QVERIFY(page.handedList()->item(0)->text().contains(QStringLiteral("guide.a")));
    }

    void withoutLoginTheIntroOffersLogin()
    {
        TeamDevice device;
        QVERIFY(device.create());
        Session session(std::move(device.profile));
        TeamPage page(session);
        page.show();
        QVERIFY(!page.isBusy()); // nothing to fetch
        QVERIFY(page.introLabel()->text().contains(QStringLiteral("log in")));
        QSignalSpy login(&page, &TeamPage::loginRequested);
        QPushButton* loginButton = nullptr;
        for (QPushButton* b : page.findChildren<QPushButton*>())
            if (b->isVisible() && b->text() == TeamPage::tr("Log in…"))
                loginButton = b;
        QVERIFY(loginButton);
        loginButton->click();
        QCOMPARE(login.count(), 1);
    }
};

QTEST_MAIN(TestTeamPage)
#include "TestTeamPage.moc"

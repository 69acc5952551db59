// The dashboards show the core's numbers, as a chart and as a table, and export both.
#include "UiTestSupport.h"

#include "app/Session.h"
#include "insight/ChartCard.h"
#include "insight/InsightPage.h"
#include "profile/Profile.h"

#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ll;
using namespace ll::ui;

namespace {

ChartCard* cardTitled(InsightPage& page, const QString& title)
{
    for (ChartCard* card : page.cards())
        if (card->title() == title)
            return card;
    return nullptr;
}

} // namespace

class TestInsightPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<Session> m_session;

private slots:
    void initTestCase()
    {
        uitest::isolateSettings();
        auto opened = uitest::openTestSession(m_tmp.filePath(QStringLiteral("p")));
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        m_session = std::move(opened.value());
        const QStringList stages{QStringLiteral("lead"), QStringLiteral("lead"), QStringLiteral("customer")};
        for (int i = 0; i < stages.size(); ++i) {
            ContactInput in;
            in.name = i == 0 ? QStringLiteral("=HYPERLINK(\"x\")") : QStringLiteral("客户%1").arg(i);
            in.stage = stages.at(i);
            QVERIFY(m_session->contacts().add(in).ok());
        }
    }

    void funnelTableMatchesTheStore()
    {
        InsightPage page(*m_session);
        page.scopeBox()->setCurrentIndex(1);
        page.refresh();
        ChartCard* funnel = cardTitled(page, QStringLiteral("Customers by stage"));
        QVERIFY(funnel);
        const QList<QStringList> rows = funnel->tableRows();
        QCOMPARE(rows.size(), 7);                        // header + six stages
        QCOMPARE(rows.at(1).at(1), QStringLiteral("2")); // leads
        QCOMPARE(rows.at(3).at(1), QStringLiteral("1")); // customers
        QCOMPARE(funnel->table()->rowCount(), 6);
        QVERIFY(funnel->chartView()->chart()->series().size() == 1);
    }

    void tableToggleShowsTheNumbers()
    {
        InsightPage page(*m_session);
        page.refresh();
        ChartCard* funnel = cardTitled(page, QStringLiteral("Customers by stage"));
        QVERIFY(!funnel->isShowingTable());
        funnel->showTable(true);
        QVERIFY(funnel->isShowingTable());
        funnel->showTable(false);
        QVERIFY(!funnel->isShowingTable());
    }

    void csvExportHasBomAndNeutralisedFormulas()
    {
        ChartCard card(QStringLiteral("Names"));
        card.setData(QStringLiteral("Who"), {QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("王芳")},
                     {{QStringLiteral("Count"), {3, 4}}});
        const QString path = m_tmp.filePath(QStringLiteral("names.csv"));
        QString error;
        QVERIFY2(card.exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("'=cmd"));
        QVERIFY(bytes.contains("王芳,4"));
    }

    void pngExportWritesAnImage()
    {
        InsightPage page(*m_session);
        page.resize(1200, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        ChartCard* funnel = cardTitled(page, QStringLiteral("Customers by stage"));
        const QString path = m_tmp.filePath(QStringLiteral("funnel.png"));
        QString error;
        QVERIFY2(funnel->exportPng(path, &error), qPrintable(error));
        QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 50);
    }

    void myScopeOnlyCountsMyCustomers()
    {
        OrgRepository& org = m_session->org();
        QVERIFY(org.setOrg(QStringLiteral("留量零售")).ok());
        auto shop = org.addStore(QStringLiteral("南京西路店"), QStringLiteral("上海"));
        QVERIFY2(shop.ok(), qPrintable(shop.message()));
        auto me = org.addStaff(QStringLiteral("我"), QStringLiteral("guide"), shop.value().id);
        auto colleague = org.addStaff(QStringLiteral("同事"), QStringLiteral("guide"), shop.value().id);
        QVERIFY(me.ok() && colleague.ok());
        QVERIFY(m_session->store().setActorId(me.value().id).ok());
        ContactInput mine;
        mine.name = QStringLiteral("我的客户");
        QVERIFY(m_session->contacts().add(mine).ok());
        ContactInput other;
        other.name = QStringLiteral("别人的客户");
        other.ownerId = colleague.value().id;
        auto added = m_session->contacts().add(other);
        QVERIFY2(added.ok(), qPrintable(added.message()));

        InsightPage page(*m_session);
        QVERIFY(page.scopeBox()->isEnabled());
        page.scopeBox()->setCurrentIndex(1);
        page.refresh();
        const QList<QStringList> all = cardTitled(page, QStringLiteral("Customers by stage"))->tableRows();
        page.scopeBox()->setCurrentIndex(0);
        page.refresh();
        const QList<QStringList> my = cardTitled(page, QStringLiteral("Customers by stage"))->tableRows();
        QCOMPARE(my.at(1).at(1), QStringLiteral("1"));  // only my new lead
        QCOMPARE(all.at(1).at(1), QStringLiteral("4")); // two earlier, mine, my colleague's
    }
};

QTEST_MAIN(TestInsightPage)
#include "TestInsightPage.moc"

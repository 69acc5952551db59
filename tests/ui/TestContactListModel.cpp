// The contact list must stay cheap with a region's worth of customers: it pages through the store as the
// view scrolls and never asks for everything at once.
#include "UiTestSupport.h"

#include "app/Session.h"
#include "contacts/ContactListModel.h"
#include "contacts/SavedSegments.h"
#include "profile/Profile.h"
#include "store/Transaction.h"

#include <QFile>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ll;
using namespace ll::ui;

class TestContactListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<Session> m_session;
    static constexpr int Contacts = 1000;

private slots:
    void initTestCase()
    {
        uitest::isolateSettings();
        auto opened = uitest::openTestSession(m_tmp.filePath(QStringLiteral("p")));
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        m_session = std::move(opened.value());
        // One outer transaction: a thousand separate commits would only slow the test down.
        Transaction tx(m_session->store().db());
        for (int i = 0; i < Contacts; ++i) {
            ContactInput in;
            in.name = QStringLiteral("客户%1").arg(i, 4, 10, QLatin1Char('0'));
            in.phones = QStringList{QStringLiteral("1380000%1").arg(i, 4, 10, QLatin1Char('0'))};
            in.stage = i % 10 == 0 ? QStringLiteral("lead") : QStringLiteral("customer");
            auto added = m_session->contacts().add(in);
            QVERIFY2(added.ok(), qPrintable(added.message()));
        }
        QVERIFY(tx.commit().ok());
    }

    void rowCountGrowsOnePageAtATime()
    {
        ContactListModel model(*m_session);
        model.setPageSize(100);
        model.setQuery(ContactQuery{});
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.totalCount(), Contacts);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 200);
        int fetches = 0;
        while (model.canFetchMore({})) {
            const int before = model.rowCount();
            model.fetchMore({});
            QVERIFY(model.rowCount() - before <= 100);
            ++fetches;
        }
        QCOMPARE(model.rowCount(), Contacts);
        QVERIFY(fetches >= 8);
    }

    void aViewLoadsOnlyWhatItShows()
    {
        ContactListModel model(*m_session);
        model.setPageSize(50);
        QTableView view;
        view.resize(600, 400);
        view.setModel(&model);
        model.setQuery(ContactQuery{});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::qWait(50);
        QVERIFY2(model.rowCount() < Contacts, qPrintable(QString::number(model.rowCount())));
        const int shown = model.rowCount();
        view.scrollToBottom();
        QTest::qWait(50);
        QVERIFY(model.rowCount() > shown);
        QVERIFY(model.rowCount() < Contacts);
    }

    void filtersAndSortReachTheStore()
    {
        ContactListModel model(*m_session);
        ContactQuery q;
        q.stage = QStringLiteral("lead");
        model.setQuery(q);
        QCOMPARE(model.totalCount(), Contacts / 10);
        model.sort(ContactListModel::Name, Qt::AscendingOrder);
        QCOMPARE(model.query().sort, ContactQuery::Sort::NameAsc);
        QCOMPARE(model.contactAt(0).name, QStringLiteral("客户0000"));
        QCOMPARE(model.query().stage, QStringLiteral("lead"));
    }

    void phonesAreMaskedUntilRevealed()
    {
        ContactListModel model(*m_session);
        ContactQuery q;
        q.search = QStringLiteral("客户0007");
        model.setQuery(q);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ContactListModel::Phone).data().toString(), QStringLiteral("138****0007"));
        model.setPhonesRevealed(true);
        QCOMPARE(model.index(0, ContactListModel::Phone).data().toString(), QStringLiteral("138 0000 0007"));
    }

    void savedSegmentsLiveInTheEncryptedStoreNotInSettings()
    {
        Segment s{QStringLiteral("秘密分组"), {}};
        s.query.search = QStringLiteral("客户");
        s.query.stage = QStringLiteral("lead");
        QVERIFY(SavedSegments::put(m_session->store(), s).ok());
        auto loaded = SavedSegments::load(m_session->store());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->size(), 1);
        QCOMPARE(loaded->first().name, s.name);
        QCOMPARE(loaded->first().query.stage, QStringLiteral("lead"));
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains(s.name.toUtf8()));
        QVERIFY(SavedSegments::remove(m_session->store(), s.name).ok());
        QVERIFY(SavedSegments::load(m_session->store())->isEmpty());
    }
};

QTEST_MAIN(TestContactListModel)
#include "TestContactListModel.moc"

// Issue #7 end to end: a manager's transfer leaves the take-over marker, the new owner's device pulls
// it through the normal sync into the contact, and the built-in welcome-back rule reminds them; the
// defaults then push without a rejection (the server knows the `takeover` rule kind).
#include "TeamFixture.h"
#include "domain/ContactRepository.h"
#include "library/Actor.h"
#include "reminders/ReminderEngine.h"
#include "reminders/TakeoverDefaults.h"
#include "store/Statement.h"
#include "team/TeamClient.h"

#include <QTest>

using namespace ll;
using namespace ll::sync;

namespace {

bool syncOk(Store& store, SyncReport* out = nullptr)
{
    auto r = SyncEngine(store).syncOnce();
    if (const auto* e = std::get_if<SyncError>(&r)) {
        qWarning("sync: %s", qPrintable(e->message));
        return false;
    }
    if (out)
        *out = std::get<SyncReport>(r);
    return true;
}

// What the server refused, for the failure message ("entity code summary" per row).
QByteArray rejections(Store& store)
{
    Statement st(store.db(), "SELECT entity, code, summary FROM sync_rejection ORDER BY rowid");
    QStringList out;
    for (auto row = st.step(); row.ok() && row.value(); row = st.step())
        out << st.text(0) + QLatin1Char(' ') + st.text(1) + QLatin1Char(' ') + st.text(2);
    return out.join(QStringLiteral("; ")).toUtf8();
}

} // namespace

class TestTakeoverSync : public QObject
{
    Q_OBJECT

private:
    TeamFixture f;
    TeamDevice managerDevice;

private slots:
    void initTestCase()
    {
        QVERIFY(f.init());
        QVERIFY(managerDevice.loginAs(f, f.manager));
    }

    void newOwnerPullsTheMarkerAndIsWelcomedBack()
    {
        const QStringList contacts = f.contactsOf(f.guideA, 2);
        QCOMPARE(contacts.size(), 2);
        TeamDevice guide;
        QVERIFY(guide.loginAs(f, f.guideB));
        QCOMPARE(takeover_defaults::ensure(guide.store(), Actor{f.guideB.id, StaffRole::Guide}).value(), 2);

        TransferRequest req;
        req.from = f.guideA.id;
        req.targets.to = f.guideB.id;
        req.contacts = {contacts.at(0)};
        auto made = TeamClient(managerDevice.store()).createTransfer(req);
        QVERIFY(std::holds_alternative<Transfer>(made));
        QCOMPARE(std::get<Transfer>(made).count(transferStatus::Done), 1);

        SyncReport report;
        QVERIFY(syncOk(guide.store(), &report));
        // The default script and takeover rule were accepted.
        QVERIFY2(report.rejected == 0, rejections(guide.store()).constData());
        auto c = ContactRepository(guide.store()).get(contacts.at(0));
        QVERIFY2(c.ok(), qPrintable(c.message()));
        QCOMPARE(c->ownerId, f.guideB.id);
        QCOMPARE(c->takenOverFrom, f.guideA.id);
        QCOMPARE(c->takenOverFromName, f.guideA.username); // the harness's display name is the username
        QVERIFY(c->takenOverAt.isValid());
        QVERIFY(qAbs(c->takenOverAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);

        ReminderEngine engine(guide.store());
        QVERIFY(engine.fullRecompute().ok());
        auto groups = engine.due(engine.today());
        QVERIFY2(groups.ok(), qPrintable(groups.message()));
        QStringList welcomed;
        for (const ReminderGroup& g : groups.value())
            for (const Reminder& r : g.reminders)
                if (r.kind == RuleKind::Takeover)
                    welcomed << r.contactId;
        QCOMPARE(welcomed, QStringList{contacts.at(0)});

        // Editing the contact on the device pushes fine and leaves the marker alone.
        ContactInput edit;
        edit.city = QStringLiteral("上海");
        QVERIFY(ContactRepository(guide.store()).update(contacts.at(0), edit).ok());
        QVERIFY(syncOk(guide.store(), &report));
        QVERIFY2(report.rejected == 0, rejections(guide.store()).constData());
        QCOMPARE(ContactRepository(guide.store()).get(contacts.at(0))->takenOverFrom, f.guideA.id);
    }
};

QTEST_GUILESS_MAIN(TestTakeoverSync)
#include "TestTakeoverSync.moc"

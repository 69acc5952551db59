// The Today page is driven by the reminder engine: reminders grouped by kind with counts, acted on with
// buttons and keys, the suggested script rendered for the right customer, updates when data changes
// elsewhere, and one desktop notification per reminder that becomes due while the app runs.
#include "UiTestSupport.h"

#include "app/Session.h"
#include "library/ScriptLibrary.h"
#include "profile/Profile.h"
#include "reminders/HolidayCalendar.h"
#include "reminders/ReminderEngine.h"
#include "reminders/RuleRepository.h"
#include "rules/HolidaysDialog.h"
#include "rules/RuleEditDialog.h"
#include "rules/RulesDialog.h"
#include "store/Store.h"
#include "today/ReminderNotifier.h"
#include "today/SuggestedScriptDialog.h"
#include "today/TodayPage.h"

#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ll;
using namespace ll::ui;

class TestTodayReminders : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<Session> m_session;
    Actor m_manager;
    QDate m_today;
    QString m_oil;    // product with a 90-day cycle
    QString m_script; // run-out script
    QString m_wang;   // bought oil 90 days ago: run-out due 5 days ago
    QString m_li;     // bought oil 86 days ago: due yesterday
    QString m_zhang;  // birthday in two days: due yesterday with 3 lead days

    QString addContact(const QString& name, const QString& stage = QStringLiteral("customer"),
                       const QString& birthday = {})
    {
        ContactInput in;
        in.name = name;
        in.stage = stage;
        if (!birthday.isEmpty())
            in.birthday = birthday;
        auto c = m_session->contacts().add(in);
        return c.ok() ? c->id : QString();
    }

    bool buy(const QString& contactId, const QDate& on)
    {
        PurchaseInput in;
        in.contactId = contactId;
        in.product = m_oil;
        in.purchasedOn = on.toString(Qt::ISODate);
        return m_session->purchases().add(in).ok();
    }

    QString addRule(const QString& name, const QString& kind, int leadDays, int threshold = 0,
                    const QString& scriptId = {})
    {
        RuleInput in;
        in.name = name;
        in.kind = kind;
        in.leadDays = leadDays;
        if (threshold > 0)
            in.threshold = threshold;
        if (!scriptId.isEmpty())
            in.scriptId = scriptId;
        auto rule = RuleRepository(m_session->store(), m_manager).add(in, true);
        return rule.ok() ? rule->id : QString();
    }

    // The reminder rows of one group, by customer name.
    static QStringList namesIn(QTreeWidget* tree, const QString& groupPrefix)
    {
        QStringList names;
        for (int g = 0; g < tree->topLevelItemCount(); ++g)
            if (tree->topLevelItem(g)->text(0).startsWith(groupPrefix))
                for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
                    names << tree->topLevelItem(g)->child(i)->text(0);
        return names;
    }

    static QStringList groupTitles(QTreeWidget* tree)
    {
        QStringList titles;
        for (int g = 0; g < tree->topLevelItemCount(); ++g)
            if (tree->topLevelItem(g)->childCount() > 0)
                titles << tree->topLevelItem(g)->text(0);
        return titles;
    }

    QString reminderOf(TodayPage& page, const QString& contactName)
    {
        QTreeWidget* tree = page.reminderTree();
        for (int g = 0; g < tree->topLevelItemCount(); ++g)
            for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
                if (tree->topLevelItem(g)->child(i)->text(0) == contactName) {
                    tree->setCurrentItem(tree->topLevelItem(g)->child(i));
                    return page.currentReminderId();
                }
        return {};
    }

private slots:
    void initTestCase() { uitest::isolateSettings(); }

    // A fresh profile per test: a manager (may edit team rules), a run-out rule with a script, a birthday
    // rule, two run-outs and one birthday due.
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        auto opened = uitest::openTestSession(m_tmp->filePath(QStringLiteral("p")));
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        m_session = std::move(opened.value());
        QVERIFY(m_session->org().setOrg(QStringLiteral("测试门店")).ok());
        auto staff = m_session->org().addStaff(QStringLiteral("陈店长"), QStringLiteral("manager"));
        QVERIFY2(staff.ok(), qPrintable(staff.message()));
        QVERIFY(m_session->store().setActorId(staff->id).ok());
        m_manager = Actor{staff->id, StaffRole::Manager};
        ReminderNotifier::setEnabled(true);

        m_today = ReminderEngine(m_session->store()).today();
        auto oil = ProductRepository(m_session->store())
                       .add(QStringLiteral("OIL-90"), QStringLiteral("香薰精油"), QStringLiteral("care"), 90);
        QVERIFY2(oil.ok(), qPrintable(oil.message()));
        m_oil = oil->id;
        ScriptInput script;
        script.category = QStringLiteral("runout");
        script.title = QStringLiteral("补货提醒");
        script.body = QStringLiteral("{name}您好，您的{product}快用完了，需要帮您留一瓶吗？");
        auto added = ScriptLibrary(m_session->store(), m_manager).add(script, true);
        QVERIFY2(added.ok(), qPrintable(added.message()));
        m_script = added->id;

        QVERIFY(!addRule(QStringLiteral("精油补货"), QStringLiteral("runout"), 5, 0, m_script).isEmpty());
        QVERIFY(!addRule(QStringLiteral("生日祝福"), QStringLiteral("birthday"), 3).isEmpty());
        m_wang = addContact(QStringLiteral("王芳"));
        m_li = addContact(QStringLiteral("李娜"));
        const QDate birthday = m_today.addDays(2);
        m_zhang =
            addContact(QStringLiteral("张伟"), QStringLiteral("customer"),
                       QDate(1992, birthday.month(), birthday.day()).toString(Qt::ISODate)); // leap year
        QVERIFY(buy(m_wang, m_today.addDays(-90)));
        QVERIFY(buy(m_li, m_today.addDays(-86)));
    }

    void cleanup()
    {
        m_session.reset();
        m_tmp.reset();
    }

    void remindersAreGroupedByKindWithCounts()
    {
        TodayPage page(*m_session);
        page.refresh();
        QTreeWidget* tree = page.reminderTree();
        const QStringList titles = groupTitles(tree);
        QCOMPARE(titles.size(), 2);
        QCOMPARE(titles.first(), QStringLiteral("Product run-out (2)"));
        QCOMPARE(namesIn(tree, QStringLiteral("Product run-out")),
                 (QStringList{QStringLiteral("王芳"), QStringLiteral("李娜")}));
        QCOMPARE(titles.at(1), QStringLiteral("Birthday (1)"));
        QCOMPARE(namesIn(tree, QStringLiteral("Birthday")), QStringList{QStringLiteral("张伟")});
        QCOMPARE(page.reminderCount(), 3);
        // Overdue rows say by how much; each row names what it is about and the rule.
        QTreeWidgetItem* wang = tree->topLevelItem(0)->child(0);
        QVERIFY2(wang->text(2).contains(QStringLiteral("5 day(s) overdue")), qPrintable(wang->text(2)));
        QCOMPARE(wang->text(1), QStringLiteral("香薰精油"));
        QCOMPARE(wang->text(3), QStringLiteral("精油补货"));
        // Without rules for them, the store's own lists stay: the never-contacted customers are "dormant"
        // only after 30 days, so the section is there and empty.
        QVERIFY(!page.leadsList()->parentWidget()->isHidden());
        QVERIFY(page.count() >= page.reminderCount());
    }

    void doneAndSnoozeRemoveTheRow()
    {
        TodayPage page(*m_session);
        page.refresh();
        const int before = page.reminderCount();
        const QString wangReminder = reminderOf(page, QStringLiteral("王芳"));
        QVERIFY(!wangReminder.isEmpty());
        QTest::keyClick(page.reminderTree(), Qt::Key_D);
        QCOMPARE(page.reminderCount(), before - 1);
        QVERIFY(!namesIn(page.reminderTree(), QStringLiteral("Product run-out"))
                     .contains(QStringLiteral("王芳")));
        QCOMPARE(ReminderEngine(m_session->store()).get(wangReminder)->state, ReminderState::Done);

        QVERIFY(!reminderOf(page, QStringLiteral("李娜")).isEmpty());
        page.snooze(m_today.addDays(3));
        QCOMPARE(page.reminderCount(), before - 2);
        QVERIFY(namesIn(page.reminderTree(), QStringLiteral("Product run-out")).isEmpty());

        // Three days later the snoozed reminder is back; the done one is not.
        const QDateTime later = QDateTime::currentDateTimeUtc().addDays(3);
        page.setClock([later] { return later; });
        page.refresh();
        QCOMPARE(namesIn(page.reminderTree(), QStringLiteral("Product run-out")),
                 QStringList{QStringLiteral("李娜")});

        // Dismiss removes it for good.
        QVERIFY(!reminderOf(page, QStringLiteral("李娜")).isEmpty());
        page.dismiss();
        QVERIFY(namesIn(page.reminderTree(), QStringLiteral("Product run-out")).isEmpty());
    }

    void keysMoveAndOpenTheCustomer()
    {
        TodayPage page(*m_session);
        page.refresh();
        QSignalSpy opened(&page, &TodayPage::openContact);
        QVERIFY(!reminderOf(page, QStringLiteral("王芳")).isEmpty());
        QTest::keyClick(page.reminderTree(), Qt::Key_Down);
        QVERIFY(page.currentReminderId() != QString());
        QCOMPARE(page.reminderTree()->currentItem()->text(0), QStringLiteral("李娜"));
        QTest::keyClick(page.reminderTree(), Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toString(), m_li);
    }

    void suggestedScriptRendersForTheRightCustomer()
    {
        TodayPage page(*m_session);
        page.refresh();
        QVERIFY(!reminderOf(page, QStringLiteral("李娜")).isEmpty());
        QString shown;
        uitest::whenModal<SuggestedScriptDialog>([&shown](SuggestedScriptDialog* dialog) {
            shown = dialog->textView()->toPlainText();
            dialog->copyButton()->click();
        });
        page.showScript();
        QCOMPARE(shown, QStringLiteral("李娜您好，您的香薰精油快用完了，需要帮您留一瓶吗？"));
        QCOMPARE(QGuiApplication::clipboard()->text(), shown);
        // The copy is a use of the script like on the Scripts page: counted, and a follow-up on 李娜 that
        // answers her run-out reminder.
        QCOMPARE(ScriptLibrary(m_session->store(), m_manager).get(m_script)->usageCount, 1);
        auto followUps = m_session->followUps().forContact(m_li, 10);
        QVERIFY(followUps.ok());
        QCOMPARE(followUps->size(), 1);
        QCOMPARE(followUps->first().scriptId, m_script);
        QCOMPARE(namesIn(page.reminderTree(), QStringLiteral("Product run-out")),
                 QStringList{QStringLiteral("王芳")});

        // C copies directly for the selected customer.
        QVERIFY(!reminderOf(page, QStringLiteral("王芳")).isEmpty());
        QTest::keyClick(page.reminderTree(), Qt::Key_C);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("王芳您好，您的香薰精油快用完了，需要帮您留一瓶吗？"));
        QCOMPARE(ScriptLibrary(m_session->store(), m_manager).get(m_script)->usageCount, 2);
    }

    void purchaseElsewhereClosesTheRunOutReminder()
    {
        TodayPage page(*m_session);
        page.refresh();
        QSignalSpy counted(&page, &TodayPage::countChanged);
        QVERIFY(
            namesIn(page.reminderTree(), QStringLiteral("Product run-out")).contains(QStringLiteral("王芳")));
        // Bought again (yesterday: the core checks purchase dates against the system's local date, which may
        // still be yesterday while it is already today in Asia/Shanghai).
        QVERIFY(buy(m_wang, m_today.addDays(-1)));
        page.contactDataChanged(m_wang);
        QCOMPARE(namesIn(page.reminderTree(), QStringLiteral("Product run-out")),
                 QStringList{QStringLiteral("李娜")});
        QCOMPARE(counted.count(), 1);
    }

    void aNewlyDueReminderNotifiesOnce()
    {
        QVERIFY(!addRule(QStringLiteral("新线索2小时"), QStringLiteral("lead_sla"), 0, 2).isEmpty());
        const QString lead = addContact(QStringLiteral("赵敏"), QStringLiteral("lead"));
        QVERIFY(!lead.isEmpty());
        TodayPage page(*m_session);
        QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime start = now;
        page.setClock([&now] { return now; });
        page.rulesChanged();
        QSignalSpy notified(&page, &TodayPage::notification);
        now = start.addSecs(60 * 60);
        page.tick();
        QCOMPARE(notified.count(), 0); // due after two hours, not yet
        now = start.addSecs(2 * 60 * 60 + 60);
        page.tick();
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("New lead waiting"));
        QVERIFY2(notified.first().at(1).toString().contains(QStringLiteral("赵敏")),
                 qPrintable(notified.first().at(1).toString()));
        now = start.addSecs(2 * 60 * 60 + 120);
        page.tick();
        now = start.addSecs(5 * 60 * 60);
        page.tick();
        QCOMPARE(notified.count(), 1); // once per reminder per run
        QCOMPARE(page.notifier()->notifiedCount(), 1);
        // The reminder is on the page, and the lead SLA rule now covers the "new leads" list.
        QVERIFY(namesIn(page.reminderTree(), QStringLiteral("New lead waiting"))
                    .contains(QStringLiteral("赵敏")));
        QVERIFY(page.leadsList()->parentWidget()->isHidden());
    }

    void notificationsCanBeTurnedOff()
    {
        QVERIFY(!addRule(QStringLiteral("新线索1小时"), QStringLiteral("lead_sla"), 0, 1).isEmpty());
        QVERIFY(!addContact(QStringLiteral("周芷若"), QStringLiteral("lead")).isEmpty());
        ReminderNotifier::setEnabled(false);
        TodayPage page(*m_session);
        QDateTime now = QDateTime::currentDateTimeUtc();
        page.setClock([&now] { return now; });
        page.rulesChanged();
        QSignalSpy notified(&page, &TodayPage::notification);
        now = now.addSecs(2 * 60 * 60);
        page.tick();
        QCOMPARE(notified.count(), 0);
        ReminderNotifier::setEnabled(true);
    }

    void rulesAndHolidaysAreEditedFromToday()
    {
        // A rule with no name is refused inline and the dialog stays open.
        RuleEditDialog empty(*m_session, m_manager, std::nullopt);
        QVERIFY(!empty.save());
        QVERIFY(!empty.errorLabel()->isHidden());
        QVERIFY(!empty.errorLabel()->text().isEmpty());

        HolidaysDialog holidays(*m_session, m_manager);
        QVERIFY(holidays.addHoliday(QStringLiteral("店庆"), m_today.addDays(2)));
        QVERIFY(holidays.changed());

        RuleEditDialog edit(*m_session, m_manager, std::nullopt);
        edit.nameEdit()->setText(QStringLiteral("节日问候"));
        edit.kindBox()->setCurrentIndex(edit.kindBox()->findData(QStringLiteral("holiday")));
        edit.leadDaysBox()->setValue(3);
        QVERIFY2(edit.save(), qPrintable(edit.errorLabel()->text()));
        QCOMPARE(edit.saved().kind, RuleKind::Holiday);
        QCOMPARE(edit.saved().leadDays, 3);

        RulesDialog rules(*m_session, m_manager);
        QCOMPARE(rules.rules().size(), 3);
        TodayPage page(*m_session);
        page.rulesChanged();
        QVERIFY(namesIn(page.reminderTree(), QStringLiteral("Holiday")).size() == 3); // every customer
        // Disabling the rule from the list takes its reminders away.
        int row = -1;
        for (int i = 0; i < rules.rules().size(); ++i)
            if (rules.rules().at(i).name == QStringLiteral("节日问候"))
                row = i;
        QVERIFY(row >= 0);
        QVERIFY(rules.setEnabled(row, false));
        QVERIFY(rules.changed());
        page.rulesChanged();
        QVERIFY(namesIn(page.reminderTree(), QStringLiteral("Holiday")).isEmpty());
        // Deleting a rule.
        rules.table()->selectRow(row);
        QVERIFY(rules.deleteRule(false));
        QCOMPARE(rules.rules().size(), 2);
    }
};

QTEST_MAIN(TestTodayReminders)
#include "TestTodayReminders.moc"

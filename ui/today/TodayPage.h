#pragma once

#include "library/Actor.h"
#include "reminders/Reminder.h"
#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QPushButton;
class QTimer;
class QToolButton;
class QTreeWidget;

namespace ll {
class ReminderEngine;
}

namespace ll::ui {

class ReminderNotifier;
class Session;

// The guide's work list for today: due and overdue reminders grouped by kind (run-out, lead SLA, dormant,
// birthday, holiday, custom date) with Done / Snooze / Dismiss / Open customer and the rule's suggested
// script one click away; below them the store's own lists of new leads nobody has contacted and customers
// not contacted for a long time, each hidden while an unscoped rule of that kind already covers it.
//
// Keys in the reminder list: arrows move, D done, S snooze, Enter opens the customer, C copies the
// suggested script. A minute timer announces reminders that become due (ReminderNotifier) and shows the
// new day's list after midnight.
class TodayPage : public QWidget
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit TodayPage(Session& session, QWidget* parent = nullptr);
    ~TodayPage() override;

    // How many days without contact make a customer "not contacted for a long time".
    static int dormantDays();
    static void setDormantDays(int days);
    // Lists are capped so the page stays instant; the count then shows "200+".
    static constexpr int MaxItems = 200;

    // Tests move time instead of waiting; also restarts the notifier from the new "now".
    void setClock(Clock clock);
    QDate today() const;

    void refresh();
    // A follow-up, purchase or edit of this contact happened elsewhere: update its reminders (then
    // refresh()).
    void recomputeContact(const QString& contactId);
    // recomputeContact() followed by refresh().
    void contactDataChanged(const QString& contactId);
    // Rules or holidays changed: regenerate every reminder and refresh.
    void rulesChanged();
    // The minute timer's work: notifications, and the new day's list after midnight.
    void tick();

    int count() const { return m_count; }
    int reminderCount() const { return int(m_reminders.size()); }
    QTreeWidget* reminderTree() const { return m_tree; }
    QListWidget* leadsList() const { return m_leads; }
    QListWidget* dormantList() const { return m_dormant; }
    QLabel* statusLabel() const { return m_status; }
    ReminderNotifier* notifier() const { return m_notifier; }
    ReminderEngine& engine() { return *m_engine; }

    QString currentReminderId() const;
    bool selectReminder(const QString& reminderId);
    void markDone();
    void snooze(const QDate& until);
    void dismiss();
    void openCurrent();
    void showScript();
    void copyScript();
    void editRules();

signals:
    void openContact(const QString& contactId);
    void countChanged(int count);
    // A reminder became due while the app runs (see ReminderNotifier).
    void notification(const QString& title, const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillReminders();
    void fillLeads(const QDateTime& now);
    void fillDormant(const QDateTime& now);
    bool coveredByRule(RuleKind kind);
    const Reminder* current() const;
    void afterAction(const Status& status, int row);
    int currentRow() const;
    void selectRow(int row);
    void updateActions();
    void showSnoozeMenu();
    void activatedLegacy(QListWidgetItem* item);

    Session& m_session;
    Actor m_actor;
    std::unique_ptr<ReminderEngine> m_engine;
    Clock m_clock;
    QDate m_shownDay;
    QHash<QString, Reminder> m_reminders; // the rows shown, by id
    ReminderNotifier* m_notifier;
    QTimer* m_minute;
    QLabel* m_dayTitle;
    QTreeWidget* m_tree;
    QPushButton* m_done;
    QToolButton* m_snooze;
    QMenu* m_snoozeMenu;
    QPushButton* m_dismiss;
    QPushButton* m_open;
    QPushButton* m_script;
    QLabel* m_status;
    QWidget* m_leadsBox;
    QWidget* m_dormantBox;
    QLabel* m_leadsTitle;
    QLabel* m_dormantTitle;
    QListWidget* m_leads;
    QListWidget* m_dormant;
    int m_count = 0;
};

} // namespace ll::ui

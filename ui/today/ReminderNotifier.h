#pragma once

#include <QDateTime>
#include <QObject>
#include <QSet>

#include <functional>

namespace ll {
class ReminderEngine;
}

namespace ll::ui {

// Announces reminders that become due while the app runs. check() (called each minute by the Today page)
// asks the engine what became due since the previous check and emits one notification for the new ones;
// each reminder is announced at most once per run. Reminders already due at start() are not announced one
// by one: the start-up summary covers them. The clock is injectable so tests never wait.
class ReminderNotifier : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit ReminderNotifier(ReminderEngine& engine, QObject* parent = nullptr);

    // Desktop notifications on/off (a preference, not customer data, so QSettings).
    static bool enabled();
    static void setEnabled(bool on);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void start();
    void check();
    int notifiedCount() const { return int(m_notified.size()); }

signals:
    // At most a few names in the message; reminderIds lists every reminder announced.
    void notification(const QString& title, const QString& message, const QStringList& reminderIds);

private:
    ReminderEngine& m_engine;
    Clock m_clock;
    qint64 m_checkedUpToMs = 0;
    QSet<QString> m_notified;
};

} // namespace ll::ui

#include "today/ReminderNotifier.h"

#include "reminders/ReminderEngine.h"
#include "today/ReminderTexts.h"

#include <QSettings>

namespace ll::ui {

namespace {
const QString kEnabledKey = QStringLiteral("today/notifyReminders");
constexpr int MaxNamesInMessage = 3;
} // namespace

ReminderNotifier::ReminderNotifier(ReminderEngine& engine, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

bool ReminderNotifier::enabled()
{
    return QSettings().value(kEnabledKey, true).toBool();
}

void ReminderNotifier::setEnabled(bool on)
{
    QSettings().setValue(kEnabledKey, on);
}

void ReminderNotifier::start()
{
    m_checkedUpToMs = m_clock().toMSecsSinceEpoch() + 1;
}

void ReminderNotifier::check()
{
    const qint64 nowMs = m_clock().toMSecsSinceEpoch();
    if (m_checkedUpToMs == 0 || nowMs < m_checkedUpToMs - 1)
        m_checkedUpToMs = nowMs; // first check, or the clock went back: start over from now
    // Reminders are materialised for a reference day; after midnight the new day's must exist first.
    const QDate day = m_engine.calendar().dateOf(nowMs);
    if (auto reference = m_engine.referenceDate(); reference.ok() && reference.value() != day)
        (void)m_engine.fullRecompute(day);
    auto due = m_engine.becameDue(m_checkedUpToMs, nowMs + 1);
    if (!due.ok())
        return; // tried again in a minute; a notification is not worth an error dialog
    m_checkedUpToMs = nowMs + 1;

    QList<Reminder> fresh;
    for (const Reminder& r : due.value()) {
        if (m_notified.contains(r.id))
            continue;
        m_notified.insert(r.id);
        fresh << r;
    }
    if (fresh.isEmpty() || !enabled())
        return;
    QStringList ids;
    QStringList lines;
    for (const Reminder& r : fresh) {
        ids << r.id;
        if (lines.size() < MaxNamesInMessage)
            lines << tr("%1 — %2").arg(r.contactName, ReminderTexts::about(r));
    }
    if (fresh.size() > MaxNamesInMessage)
        lines << tr("and %n more", nullptr, int(fresh.size()) - MaxNamesInMessage);
    const QString title = fresh.size() == 1 ? ReminderTexts::kind(fresh.first().kind)
                                            : tr("%n reminder(s) due", nullptr, int(fresh.size()));
    emit notification(title, lines.join(QLatin1Char('\n')), ids);
}

} // namespace ll::ui

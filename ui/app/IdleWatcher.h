#pragma once

#include <QObject>
#include <QTimer>

namespace ll::ui {

// Emits idle() after `minutes` without keyboard or mouse input anywhere in the application,
// so an unattended laptop on the shop counter locks itself. 0 minutes disables it.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject* parent = nullptr);

    void setMinutes(int minutes);
    int minutes() const { return m_minutes; }
    void setActive(bool active);

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    int m_minutes = 0;
    bool m_active = false;
};

} // namespace ll::ui

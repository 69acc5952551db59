#pragma once

#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace ll::ui {

// The tray icon: today's count drawn on the icon while unlocked, nothing but "locked" while locked,
// and desktop notifications through QSystemTrayIcon::showMessage.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(QObject* parent = nullptr);

    bool isAvailable() const { return m_tray != nullptr; }
    void setLocked(bool locked);
    void setCount(int count);
    void notify(const QString& title, const QString& message);

signals:
    void activateRequested();
    // The user clicked the last notification (they are all about Today's reminders).
    void notificationClicked();
    void lockRequested();
    void quitRequested();

private:
    void updateIcon();

    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_menu = nullptr;
    int m_count = 0;
    bool m_locked = true;
};

} // namespace ll::ui

#include "app/TrayIcon.h"

#include <QIcon>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace ll::ui {

TrayIcon::TrayIcon(QObject* parent)
    : QObject(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(this);
    m_menu = new QMenu;
    connect(this, &QObject::destroyed, m_menu, &QObject::deleteLater);
    connect(m_menu->addAction(tr("Open Liuliang")), &QAction::triggered, this, &TrayIcon::activateRequested);
    connect(m_menu->addAction(tr("Lock")), &QAction::triggered, this, &TrayIcon::lockRequested);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Quit")), &QAction::triggered, this, &TrayIcon::quitRequested);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit activateRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::notificationClicked);
    updateIcon();
    m_tray->show();
}

void TrayIcon::setLocked(bool locked)
{
    m_locked = locked;
    updateIcon();
}

void TrayIcon::setCount(int count)
{
    m_count = count;
    updateIcon();
}

void TrayIcon::notify(const QString& title, const QString& message)
{
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, message, QIcon(QStringLiteral(":/icons/liuliang.svg")));
}

void TrayIcon::updateIcon()
{
    if (!m_tray)
        return;
    QPixmap pm = QIcon(QStringLiteral(":/icons/liuliang.svg")).pixmap(64, 64);
    // While locked the count itself would be customer information; show nothing but the lock state.
    if (!m_locked && m_count > 0) {
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(QColor(0xe7, 0x4c, 0x3c));
        p.setPen(Qt::NoPen);
        const QRectF badge(28, 0, 36, 36);
        p.drawEllipse(badge);
        QFont f = p.font();
        f.setPixelSize(m_count > 99 ? 15 : 22);
        f.setBold(true);
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter, m_count > 99 ? QStringLiteral("99+") : QString::number(m_count));
    }
    m_tray->setIcon(QIcon(pm));
    m_tray->setToolTip(m_locked ? tr("Liuliang — locked")
                                : tr("Liuliang — %n contact(s) to follow up today", nullptr, m_count));
}

} // namespace ll::ui

#pragma once

#include "app/Session.h"
#include "crypto/KdfParams.h"
#include "crypto/KeyVault.h"
#include "profile/Profile.h"
#include "util/Result.h"

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QTimer>

#include <QKeyEvent>
#include <QStandardPaths>
#include <QWidget>
#include <functional>
#include <memory>

namespace ll::uitest {

// Argon2id at its floor: the GUI tests exercise the flow, not the KDF (tests/crypto does that).
inline KdfParams fastKdf()
{
    return KdfParams{1, 8u << 20};
}

inline const char* kPassphrase = "correct horse 马 battery";

// A new profile at `dir`, protected by kPassphrase with the fast KDF, opened as a session.
inline Result<std::unique_ptr<ui::Session>> openTestSession(const QString& dir)
{
    KeyProtection protection;
    protection.passphrase = QString::fromUtf8(kPassphrase);
    protection.kdf = fastKdf();
    auto profile = Profile::create(dir, protection);
    if (!profile.ok())
        return profile.error();
    return std::make_unique<ui::Session>(std::move(profile.value()));
}

// Tests must never read or write the developer's real settings (window geometry, language).
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("LiuliangTest"));
    QApplication::setApplicationName(QStringLiteral("LiuliangUiTest"));
}

// QTest::keyClicks only knows Latin-1 keys; Chinese arrives from an input method as committed text,
// which a key event carrying that text reproduces closely enough for line and text edits.
inline void typeText(QWidget* widget, const QString& text)
{
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &release);
    }
}

template <typename T> T* activeModal()
{
    return qobject_cast<T*>(QApplication::activeModalWidget());
}

// Runs `act` on the modal dialog of type T as soon as it is open (dialogs shown with exec() block the
// test). Gives up after 5 s by rejecting whatever modal is open, so a broken flow fails instead of hanging.
template <typename T> void whenModal(std::function<void(T*)> act)
{
    auto* timer = new QTimer;
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    QObject::connect(timer, &QTimer::timeout, [timer, started, act] {
        if (T* dialog = activeModal<T>()) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        } else if (started->elapsed() > 5000) {
            timer->stop();
            timer->deleteLater();
            if (auto* d = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
                d->reject();
        }
    });
    timer->start(10);
}

} // namespace ll::uitest

#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace ll::ui {

// One running app per user and profile: a second launch asks the first to come to the front and
// exits, so two processes never open the same store (SQLCipher would serialise them, but two windows
// editing one customer is a confusing way to lose an edit). The socket lives in the per-user runtime
// directory (0700 on Linux), so other users cannot talk to it.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString& profileDir, QObject* parent = nullptr);

    // True if this process is the first one; false after telling the running one to activate.
    bool claim();
    QString serverName() const { return m_name; }

signals:
    void activationRequested();

private:
    QString m_name;
    QLocalServer* m_server = nullptr;
};

} // namespace ll::ui

#pragma once

#include "Hlc.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>

#include <memory>

// Drives the real liuliang-server binary over real TLS on 127.0.0.1: a per-run dev CA, the
// admin CLI for accounts, `serve` processes on OS-chosen ports, and an HTTPS client that
// trusts only that CA (verification on). Uses PostgreSQL when LIULIANG_TEST_DATABASE_URL is
// set (scripts/with-postgres.sh), otherwise SQLite under the temp dir.
class ServerHarness
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonObject json;
        QList<QPair<QByteArray, QByteArray>> headers;
        QString networkError;

        QString code() const;
        QByteArray header(const QByteArray& name) const;
    };

    struct Staff
    {
        QString id;
        QString username;
        QString password;
    };

    ServerHarness();
    ~ServerHarness();

    bool init(); // temp dir + CA; false (with a qWarning) on failure
    bool usesPostgres() const { return !m_databaseUrl.isEmpty(); }
    QString dir() const { return m_dir.path(); }
    QString caPath() const;

    // Runs `liuliang-server args...` to completion (bounded), returns exit code and output.
    int run(const QStringList& args, const QByteArray& input, QByteArray* out, QByteArray* err = nullptr);
    // `admin <command> ...` with the harness's data dir/database; returns stdout trimmed or empty.
    QString admin(const QStringList& commandAndOptions, const QByteArray& input = {});
    QString createOrg(const QString& name);
    QString createStore(const QString& orgId, const QString& name);
    Staff createStaff(const QString& orgId, const QString& storeId, const QString& username,
                      const QString& role);

    // Starts another `serve` process; returns its index, or -1 if it did not come up in time.
    int start(const QStringList& extraArgs = {});
    // SIGTERM to every server, then waits; false if one did not exit 0 (it is also reported when the
    // harness is destroyed, so a test that ignores the result still fails).
    bool stopAll();
    // SIGKILL, no chance to finish a request or a transaction: a crash or a power cut.
    void killAll();
    quint16 port(int index = 0) const;
    QByteArray serverLog(int index = 0);

    Reply request(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {},
                  const QString& token = {}, const QList<QPair<QByteArray, QByteArray>>& headers = {},
                  int server = 0, const QList<QSslCertificate>& trust = {});
    Reply post(const QString& path, const QJsonObject& body, const QString& token = {}, int server = 0);
    Reply get(const QString& pathAndQuery, const QString& token = {}, int server = 0);
    // Logs in and returns the token, or empty on failure.
    QString login(const Staff& staff, const QString& deviceId, int server = 0);

    static QString hlc(const QString& deviceId, qint64 offsetMs = 0);
    static QString uuid();
    // A contact upsert mutation with the given fields (values), all stamped with one fresh clock.
    static QJsonObject contactUpsert(qint64 mutationId, const QString& recordId, const QString& deviceId,
                                     const QJsonObject& values);
    static QJsonObject pushBody(const QString& deviceId, const QJsonArray& mutations);

private:
    QStringList databaseArgs() const;

    QTemporaryDir m_dir;
    QString m_databaseUrl;
    QString m_binary;
    QList<QSslCertificate> m_ca;
    std::vector<std::unique_ptr<QProcess>> m_servers;
    QList<quint16> m_ports;
    QStringList m_uncleanStops;
    QNetworkAccessManager m_nam;
};

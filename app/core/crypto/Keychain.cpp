#include "crypto/Keychain.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>
#include <sodium.h>

#include <cstring>

namespace ll {

namespace {

KeychainStatus statusOf(QKeychain::Error e)
{
    switch (e) {
    case QKeychain::NoError:
        return KeychainStatus::Ok;
    case QKeychain::EntryNotFound:
        return KeychainStatus::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return KeychainStatus::Unavailable;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return KeychainStatus::Denied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return KeychainStatus::Failed;
}

// Runs the job to completion or timeout. On timeout the job is abandoned, not deleted: QtKeychain may
// still call back into it, so it deletes itself once it eventually finishes.
template <typename JobT, typename OnDone> KeychainReply runJob(JobT* job, OnDone onDone)
{
    auto* app = QCoreApplication::instance();
    if (!app || QThread::currentThread() != app->thread()) {
        delete job;
        return {KeychainStatus::Unavailable,
                QStringLiteral("the keychain is only reachable from the main thread of a Qt application")};
    }
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // the fallback would write the key in plaintext to QSettings

    QEventLoop loop;
    bool finished = false;
    KeychainReply reply;
    const auto connection = QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        reply.status = statusOf(job->error());
        reply.detail = job->errorString();
        if (reply.ok())
            onDone(*job);
        loop.quit();
    });
    QTimer::singleShot(KeychainTimeout, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    QObject::disconnect(connection);

    if (!finished) {
        QObject::connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
        return {KeychainStatus::Unavailable, QStringLiteral("the keychain did not answer in time")};
    }
    delete job;
    return reply;
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
}

} // namespace

KeychainReply keychainWrite(const QString& service, const QString& account, const SecretBytes& secret)
{
    auto* job = new QKeychain::WritePasswordJob(service);
    job->setKey(account);
    // QtKeychain only takes a QByteArray. Once the job is deleted our copy is unshared again, so the wipe
    // below clears the buffer the job used (copies made inside the backend are out of our reach).
    QByteArray bytes(reinterpret_cast<const char*>(secret.data()), qsizetype(secret.size()));
    job->setBinaryData(bytes);
    const auto reply = runJob(job, [](QKeychain::WritePasswordJob&) {});
    wipe(bytes);
    return reply;
}

KeychainReply keychainRead(const QString& service, const QString& account, SecretBytes& secret)
{
    auto* job = new QKeychain::ReadPasswordJob(service);
    job->setKey(account);
    return runJob(job, [&secret](QKeychain::ReadPasswordJob& j) {
        // Shared with the job, so wiping detaches and clears only our copy; the job's own buffer is freed
        // unwiped with it. Accepted: the OS keychain client libraries copy the secret anyway.
        QByteArray bytes = j.binaryData();
        secret = SecretBytes(size_t(bytes.size()));
        if (!bytes.isEmpty())
            std::memcpy(secret.data(), bytes.constData(), size_t(bytes.size()));
        wipe(bytes);
    });
}

KeychainReply keychainDelete(const QString& service, const QString& account)
{
    auto* job = new QKeychain::DeletePasswordJob(service);
    job->setKey(account);
    return runJob(job, [](QKeychain::DeletePasswordJob&) {});
}

} // namespace ll

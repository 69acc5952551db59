#pragma once

#include "crypto/DataKey.h"
#include "store/Database.h"
#include "store/HybridClock.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace ll {

class SearchWriter;

// The opened, migrated store of one profile: the single writer connection, this device's
// identity and clock, and the outbox every local edit writes to in its own transaction.
class Store
{
public:
    static constexpr const char* FileName = "store.db";

    static Result<std::unique_ptr<Store>> open(const QString& profileDir, const DataKey& key, bool create);

    Database& db() { return *m_db; }
    QString profileDir() const { return m_dir; }
    QString deviceId() const { return m_deviceId; }

    // The staff member acting on this device (owner of new contacts); empty until set.
    QString actorId() const { return m_actorId; }
    Status setActorId(const QString& staffId);

    QString tick() { return m_clock.tick(); }
    HybridClock& clock() { return m_clock; }

    // Records a local mutation for the sync client; call inside the edit's transaction.
    Status appendOutbox(const QString& entity, const QString& recordId, const QString& op,
                        const QJsonObject& payload);
    // The same row with the payload already in compact JSON, and without saving the clock: for bulk writers
    // that append many and call saveClock() once before their transaction commits.
    Status appendOutboxDeferringClock(const QString& entity, const QString& recordId, const QString& op,
                                      const QString& payloadJson);
    Status saveClock();
    Result<int> pendingOutboxCount();

    // A second connection to the store's search file, for a bulk writer (see search/SearchWriter.h).
    Result<std::unique_ptr<SearchWriter>> openSearchWriter();

    Result<QString> meta(const QString& key);
    Status setMeta(const QString& key, const QString& value);

private:
    Store(QString dir, std::unique_ptr<Database> db, const DataKey& key);
    Status loadIdentity();

    QString m_dir;
    std::unique_ptr<Database> m_db;
    DataKey m_key; // in locked memory, as the connection's own copy is; for openSearchWriter()
    QString m_deviceId;
    QString m_actorId;
    HybridClock m_clock{QString()};
};

} // namespace ll

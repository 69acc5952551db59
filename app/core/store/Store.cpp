#include "store/Store.h"

#include "crypto/DataKey.h"
#include "search/SearchFile.h"
#include "search/SearchWriter.h"
#include "store/Migrator.h"
#include "store/Statement.h"
#include "util/Ids.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace ll {

namespace {

void restrictToOwner(const QString& path)
{
    if (QFile::exists(path))
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace

Store::Store(QString dir, std::unique_ptr<Database> db, const DataKey& key)
    : m_dir(std::move(dir))
    , m_db(std::move(db))
    , m_key(key)
{}

Result<std::unique_ptr<Store>> Store::open(const QString& profileDir, const DataKey& key, bool create)
{
    const QString path = QDir(profileDir).filePath(QLatin1String(FileName));
    Database::Options options;
    options.create = create;
    options.searchPath = search_file::pathIn(profileDir);
    auto db = Database::open(path, key, options);
    if (!db.ok())
        return db.error();
    for (const QString& file : {path, options.searchPath})
        for (const char* suffix : {"", "-wal", "-shm"})
            restrictToOwner(file + QLatin1String(suffix));
    LL_TRY(Migrator::migrate(*db.value()));
    LL_TRY(search_file::reconcile(*db.value()));
    std::unique_ptr<Store> store(new Store(profileDir, std::move(db.value()), key));
    LL_TRY(store->loadIdentity());
    return store;
}

Result<std::unique_ptr<SearchWriter>> Store::openSearchWriter()
{
    return SearchWriter::open(search_file::pathIn(m_dir), m_key);
}

Status Store::loadIdentity()
{
    auto device = meta(QStringLiteral("device_id"));
    if (!device.ok())
        return device.error();
    m_deviceId = device.value();
    if (m_deviceId.isEmpty()) {
        m_deviceId = newId().left(8);
        LL_TRY(setMeta(QStringLiteral("device_id"), m_deviceId));
    }
    auto actor = meta(QStringLiteral("actor_id"));
    if (!actor.ok())
        return actor.error();
    m_actorId = actor.value();
    m_clock = HybridClock(m_deviceId);
    auto last = meta(QStringLiteral("clock_last"));
    if (last.ok() && !last.value().isEmpty())
        m_clock.observe(last.value());
    return {};
}

Status Store::setActorId(const QString& staffId)
{
    LL_TRY(setMeta(QStringLiteral("actor_id"), staffId));
    m_actorId = staffId;
    return {};
}

Status Store::appendOutbox(const QString& entity, const QString& recordId, const QString& op,
                           const QJsonObject& payload)
{
    LL_TRY(appendOutboxDeferringClock(
        entity, recordId, op, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))));
    return saveClock();
}

Status Store::appendOutboxDeferringClock(const QString& entity, const QString& recordId, const QString& op,
                                         const QString& payloadJson)
{
    Statement& st =
        m_db->cached("INSERT INTO outbox (entity, record_id, op, payload, created_at) VALUES (?,?,?,?,?)");
    st.bind(1, entity)
        .bind(2, recordId)
        .bind(3, op)
        .bind(4, payloadJson)
        .bind(5, QDateTime::currentMSecsSinceEpoch());
    return st.exec();
}

Status Store::saveClock()
{
    // Persisting the clock with the edit keeps it monotonic across restarts and wall-clock jumps.
    return setMeta(QStringLiteral("clock_last"), m_clock.last());
}

Result<int> Store::pendingOutboxCount()
{
    Statement& st = m_db->cached("SELECT count(*) FROM outbox");
    auto row = st.step();
    if (!row.ok())
        return row.error();
    const int count = st.integer(0);
    st.reset(); // an unfinished statement would pin a read snapshot and stop WAL checkpoints
    return count;
}

Result<QString> Store::meta(const QString& key)
{
    Statement& st = m_db->cached("SELECT value FROM meta WHERE key = ?");
    st.bind(1, key);
    auto row = st.step();
    if (!row.ok())
        return row.error();
    const QString value = row.value() ? st.text(0) : QString();
    st.reset(); // an unfinished statement would pin a read snapshot and stop WAL checkpoints
    return value;
}

Status Store::setMeta(const QString& key, const QString& value)
{
    Statement& st = m_db->cached("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)");
    st.bind(1, key).bind(2, value);
    return st.exec();
}

} // namespace ll

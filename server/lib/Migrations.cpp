#include "Migrations.h"

#include <QDateTime>

namespace ll::server {

namespace {

QStringList migration1(const SqlDialect& d)
{
    return {
        QStringLiteral(
            "CREATE TABLE orgs (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE stores (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES orgs(id), "
                       "name TEXT NOT NULL, manager_id TEXT, created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE staff (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES orgs(id), "
                       "store_id TEXT REFERENCES stores(id), username TEXT NOT NULL UNIQUE, "
                       "display_name TEXT NOT NULL, role TEXT NOT NULL, status TEXT NOT NULL, "
                       "password_hash TEXT NOT NULL, created_at BIGINT NOT NULL, departed_at BIGINT)"),
        QStringLiteral(
            "CREATE TABLE device_tokens (token_hash TEXT PRIMARY KEY, staff_id TEXT NOT NULL "
            "REFERENCES staff(id), device_id TEXT NOT NULL, device_name TEXT, created_at BIGINT NOT NULL, "
            "expires_at BIGINT NOT NULL, revoked_at BIGINT)"),
        QStringLiteral("CREATE INDEX device_tokens_staff ON device_tokens(staff_id)"),
        QStringLiteral(
            "CREATE TABLE login_failures (username TEXT NOT NULL, ip TEXT NOT NULL, at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX login_failures_key ON login_failures(username, ip, at)"),
        QStringLiteral(
            "CREATE TABLE audit_log (id TEXT PRIMARY KEY, at BIGINT NOT NULL, org_id TEXT, staff_id TEXT, "
            "event TEXT NOT NULL, target TEXT, ip TEXT, detail TEXT)"),
        QStringLiteral("CREATE INDEX audit_log_org_at ON audit_log(org_id, at)"),
        // Per-org change counter. Its row lock orders writers, so seq order equals commit order.
        QStringLiteral(
            "CREATE TABLE org_counters (org_id TEXT PRIMARY KEY REFERENCES orgs(id), seq BIGINT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE records (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES orgs(id), "
            "entity TEXT NOT NULL, owner_id TEXT, store_id TEXT, parent_id TEXT, deleted INTEGER NOT NULL, "
            "seq BIGINT NOT NULL, state TEXT NOT NULL, updated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX records_org_seq ON records(org_id, seq)"),
        QStringLiteral("CREATE INDEX records_parent ON records(parent_id)"),
        QStringLiteral(
            "CREATE TABLE revocations (org_id TEXT NOT NULL, seq BIGINT NOT NULL, record_id TEXT NOT NULL, "
            "prev_owner_id TEXT, prev_store_id TEXT, PRIMARY KEY (org_id, seq))"),
        QStringLiteral(
            "CREATE TABLE applied_mutations (staff_id TEXT NOT NULL, device_id TEXT NOT NULL, "
            "mutation_id BIGINT NOT NULL, status TEXT NOT NULL, code TEXT, payload TEXT, at BIGINT NOT NULL, "
            "PRIMARY KEY (staff_id, device_id, mutation_id))"),
        QStringLiteral(
            "CREATE TABLE blobs (org_id TEXT NOT NULL, sha256 TEXT NOT NULL, size BIGINT NOT NULL, "
            "content %1 NOT NULL, created_at BIGINT NOT NULL, PRIMARY KEY (org_id, sha256))")
            .arg(d.blobType()),
    };
}

// Resumable blob uploads: the bytes received so far, until the last chunk completes the blob.
QStringList migration2(const SqlDialect& d)
{
    return {
        QStringLiteral(
            "CREATE TABLE blob_uploads (org_id TEXT NOT NULL, sha256 TEXT NOT NULL, total BIGINT NOT NULL, "
            "received %1 NOT NULL, updated_at BIGINT NOT NULL, PRIMARY KEY (org_id, sha256))")
            .arg(d.blobType())};
}

// Transfers (reassignment): a transfer groups per-contact items that go waiting -> done/failed.
// move_seq is the contact's seq after the move, so follow-ups written later are told apart.
// IF NOT EXISTS and no foreign key to orgs: TestServerMigrations drops the older tables by name
// (not these) and re-runs every step, on PostgreSQL too, where a reference would block its DROP.
QStringList migration3(const SqlDialect&)
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS transfers (id TEXT PRIMARY KEY, org_id TEXT NOT NULL, "
                       "created_by TEXT NOT NULL, created_at BIGINT NOT NULL, from_staff_id TEXT NOT NULL, "
                       "strategy TEXT NOT NULL, capacity INTEGER, reason TEXT, status TEXT NOT NULL, "
                       "reviewed_by TEXT, reviewed_at BIGINT)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS transfers_org_at ON transfers(org_id, created_at)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS transfer_items (transfer_id TEXT NOT NULL REFERENCES transfers(id), "
            "contact_id TEXT NOT NULL, from_staff_id TEXT NOT NULL, to_staff_id TEXT, "
            "from_store_id TEXT, to_store_id TEXT, status TEXT NOT NULL, reason TEXT, done_at BIGINT, "
            "move_seq BIGINT, reviewed INTEGER NOT NULL, reviewed_by TEXT, reviewed_at BIGINT, "
            "PRIMARY KEY (transfer_id, contact_id))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS transfer_items_to ON transfer_items(to_staff_id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS transfer_items_contact ON transfer_items(contact_id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS records_owner ON records(org_id, owner_id, entity)"),
    };
}

using MigrationFn = QStringList (*)(const SqlDialect&);
const MigrationFn kMigrations[] = {migration1, migration2, migration3};

} // namespace

int latestSchemaVersion()
{
    return static_cast<int>(std::size(kMigrations));
}

Status migrate(SqlConnection& conn)
{
    return migrate(conn, latestSchemaVersion());
}

Result<int> schemaVersion(SqlConnection& conn)
{
    auto v = conn.scalar(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!v)
        return v.error();
    return v->isNull() ? 0 : v->toInt();
}

Status migrate(SqlConnection& conn, int targetVersion)
{
    LL_TRY(conn.run(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                                   "applied_at BIGINT NOT NULL)")));
    for (int version = 1; version <= std::min(targetVersion, latestSchemaVersion()); ++version) {
        auto tx = Transaction::begin(conn);
        if (!tx)
            return tx.error();
        if (const QString lock = conn.dialect().migrationLockSql(); !lock.isEmpty())
            LL_TRY(conn.run(lock));
        auto done =
            conn.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version WHERE version = ?"), {version});
        if (!done)
            return done.error();
        if (done->toInt() > 0)
            continue;
        for (const QString& sql : kMigrations[version - 1](conn.dialect()))
            LL_TRY(conn.run(sql));
        LL_TRY(conn.run(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"),
                        {version, QDateTime::currentMSecsSinceEpoch()}));
        LL_TRY(tx->commit());
    }
    return {};
}

} // namespace ll::server

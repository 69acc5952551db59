// Schema version 3: what the sync client keeps locally (owned by the sync work).
//  - record_conflict: the losing text of a concurrent keep-both edit (notes), shown to the user until seen.
//  - sync_rejection: mutations the server refused for good (a rejection is final: the row left the outbox).
//  - sync_parked: pulled changes that could not be applied yet (a child whose contact has not arrived);
//    retried after every page, each one carries the record's whole state so re-applying is a merge.
//  - The cursor, token and login identity live in `meta` (inside the encrypted file).
namespace ll {
extern const char kSchemaV3[];
const char kSchemaV3[] = R"SQL(
CREATE TABLE record_conflict (
    rowid     INTEGER PRIMARY KEY,
    entity    TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field     TEXT NOT NULL,
    value     TEXT NOT NULL DEFAULT '',
    hlc       TEXT NOT NULL,
    seen      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (entity, record_id, field, hlc)
);
CREATE INDEX record_conflict_unseen ON record_conflict (seen, record_id);

CREATE TABLE sync_rejection (
    rowid       INTEGER PRIMARY KEY,
    mutation_id INTEGER NOT NULL,
    entity      TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    op          TEXT NOT NULL,
    code        TEXT NOT NULL,
    summary     TEXT NOT NULL DEFAULT '',
    rejected_at INTEGER NOT NULL
);

CREATE TABLE sync_parked (
    entity    TEXT NOT NULL,
    record_id TEXT NOT NULL,
    parent_id TEXT NOT NULL DEFAULT '',
    change    TEXT NOT NULL,
    PRIMARY KEY (entity, record_id)
);
CREATE INDEX sync_parked_by_parent ON sync_parked (parent_id);
)SQL";
} // namespace ll

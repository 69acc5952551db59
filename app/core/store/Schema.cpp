#include "store/Schema.h"

namespace ll {

namespace {

// Version 1: the core domain. Conventions:
//  - every synced record has a UUID `id`, `deleted` (tombstone) and `clocks` (per-field HLCs, see FieldClocks);
//  - integer rowids are used only for local joins (tag links, FTS docids) and never leave the device;
//  - times are UTC milliseconds since the epoch, dates are ISO 'YYYY-MM-DD' strings.
const char kV1[] = R"SQL(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE org (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    clocks  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE store (
    id         TEXT PRIMARY KEY,
    org_id     TEXT NOT NULL,
    name       TEXT NOT NULL,
    city       TEXT NOT NULL DEFAULT '',
    manager_id TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0,
    clocks     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE staff (
    id       TEXT PRIMARY KEY,
    org_id   TEXT NOT NULL,
    store_id TEXT NOT NULL DEFAULT '',
    name     TEXT NOT NULL,
    role     TEXT NOT NULL CHECK (role IN ('guide', 'manager', 'admin')),
    status   TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'departed')),
    deleted  INTEGER NOT NULL DEFAULT 0,
    clocks   TEXT NOT NULL DEFAULT ''
);

CREATE TABLE contact (
    rowid             INTEGER PRIMARY KEY,
    id                TEXT NOT NULL UNIQUE,
    owner_id          TEXT NOT NULL DEFAULT '',
    store_id          TEXT NOT NULL DEFAULT '',
    name              TEXT NOT NULL DEFAULT '',
    nickname          TEXT NOT NULL DEFAULT '',
    wechat_id         TEXT NOT NULL DEFAULT '',
    gender            TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', 'female', 'male', 'other')),
    birthday          TEXT NOT NULL DEFAULT '',
    city              TEXT NOT NULL DEFAULT '',
    source            TEXT NOT NULL DEFAULT '',
    stage             TEXT NOT NULL DEFAULT 'lead'
                      CHECK (stage IN ('lead', 'prospect', 'customer', 'loyal', 'dormant', 'lost')),
    intent            INTEGER NOT NULL DEFAULT 0 CHECK (intent BETWEEN 0 AND 3),
    points            INTEGER NOT NULL DEFAULT 0,
    notes             TEXT NOT NULL DEFAULT '',
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    last_contacted_at INTEGER NOT NULL DEFAULT 0,
    merged_into       TEXT NOT NULL DEFAULT '',
    deleted           INTEGER NOT NULL DEFAULT 0,
    clocks            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contact_by_owner ON contact (owner_id, deleted);
CREATE INDEX contact_by_last_contacted ON contact (last_contacted_at);
CREATE INDEX contact_by_name ON contact (name);
CREATE INDEX contact_by_wechat ON contact (wechat_id);

-- Phones form an add-wins set per contact: an element is present while added_at > removed_at (HLC strings).
CREATE TABLE contact_phone (
    contact_rowid INTEGER NOT NULL REFERENCES contact (rowid) ON DELETE CASCADE,
    digits        TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('mobile', 'landline', 'other')),
    present       INTEGER NOT NULL DEFAULT 1,
    added_at      TEXT NOT NULL DEFAULT '',
    removed_at    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (contact_rowid, digits)
);
CREATE INDEX contact_phone_by_digits ON contact_phone (digits);

CREATE TABLE tag_group (
    rowid      INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    color      TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0,
    deleted    INTEGER NOT NULL DEFAULT 0,
    clocks     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE tag (
    rowid    INTEGER PRIMARY KEY,
    id       TEXT NOT NULL UNIQUE,
    group_id TEXT NOT NULL REFERENCES tag_group (id),
    name     TEXT NOT NULL,
    deleted  INTEGER NOT NULL DEFAULT 0,
    clocks   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX tag_by_group ON tag (group_id, name);

-- Tag links are also an add-wins set; `present` is the materialised answer used by filters.
CREATE TABLE contact_tag (
    tag_rowid     INTEGER NOT NULL REFERENCES tag (rowid) ON DELETE CASCADE,
    contact_rowid INTEGER NOT NULL REFERENCES contact (rowid) ON DELETE CASCADE,
    present       INTEGER NOT NULL DEFAULT 1,
    added_at      TEXT NOT NULL DEFAULT '',
    removed_at    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (tag_rowid, contact_rowid)
) WITHOUT ROWID;
CREATE INDEX contact_tag_by_contact ON contact_tag (contact_rowid, tag_rowid);

CREATE TABLE product (
    rowid      INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    sku        TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    category   TEXT NOT NULL DEFAULT '',
    cycle_days INTEGER NOT NULL DEFAULT 0 CHECK (cycle_days >= 0),
    deleted    INTEGER NOT NULL DEFAULT 0,
    clocks     TEXT NOT NULL DEFAULT ''
);

-- Follow-ups and purchases are append-only: written once, never edited, only tombstoned.
CREATE TABLE followup (
    rowid         INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    contact_rowid INTEGER NOT NULL REFERENCES contact (rowid) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('call', 'chat', 'visit', 'message')),
    outcome       TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    script_id     TEXT NOT NULL DEFAULT '',
    material_id   TEXT NOT NULL DEFAULT '',
    staff_id      TEXT NOT NULL DEFAULT '',
    happened_at   INTEGER NOT NULL,
    created_clock TEXT NOT NULL DEFAULT '',
    deleted       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX followup_by_contact ON followup (contact_rowid, happened_at);

CREATE TABLE purchase (
    rowid         INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    contact_rowid INTEGER NOT NULL REFERENCES contact (rowid) ON DELETE CASCADE,
    product_rowid INTEGER NOT NULL REFERENCES product (rowid),
    quantity      INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
    amount_cents  INTEGER NOT NULL DEFAULT 0 CHECK (amount_cents >= 0),
    purchased_on  TEXT NOT NULL,
    staff_id      TEXT NOT NULL DEFAULT '',
    created_clock TEXT NOT NULL DEFAULT '',
    deleted       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX purchase_by_contact ON purchase (contact_rowid, purchased_on);
CREATE INDEX purchase_by_product ON purchase (product_rowid);

-- Every local edit leaves a mutation here in the same transaction; the sync client pushes them in order.
CREATE TABLE outbox (
    mutation_id INTEGER PRIMARY KEY AUTOINCREMENT,
    entity      TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    op          TEXT NOT NULL,
    payload     TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX outbox_by_record ON outbox (entity, record_id);

-- Search tokens (CJK unigrams/bigrams, pinyin, initials, phone digits) per contact; docid = contact.rowid.
CREATE VIRTUAL TABLE contact_fts USING fts4(tokens, tokenize=simple, prefix="1,2,3");
)SQL";

} // namespace

const QList<SchemaStep>& schemaSteps()
{
    static const QList<SchemaStep> steps = {
        {1, kV1},
    };
    return steps;
}

int latestSchemaVersion() { return schemaSteps().constLast().version; }

} // namespace ll

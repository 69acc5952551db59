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
CREATE INDEX contact_by_created ON contact (created_at);
CREATE INDEX contact_by_updated ON contact (updated_at);
-- Counts of live contacts, in all or by stage, read this index alone (a few bytes an entry).
CREATE INDEX contact_by_stage ON contact (stage, deleted);

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
-- Tag filters read only present links; this index skips the clock strings of the primary key.
CREATE INDEX contact_tag_present ON contact_tag (tag_rowid, contact_rowid) WHERE present = 1;

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

// Version 2: reminder rules and reminders, holidays, custom contact fields, the script library with
// sensitive words, and the material library with its encrypted blobs.
//  - Rules, holidays, scripts, sensitive words and materials are synced records (UUID, tombstone, clocks);
//    `owner_id` = '' marks a team record (editable by managers/admins only), otherwise a guide's own.
//  - `reminder` is derived data: a deterministic function of the rules, the contacts' data and the reference
//    date, rebuilt by ReminderEngine and never synced. Its id is a name-based UUID of
//    (rule id, contact id, anchor date, subject), so every device derives the same id for the same reminder.
//  - What the guide did with a reminder (done/snoozed/dismissed) lives in `reminder_state`, keyed by that id,
//    synced last-writer-wins and kept across regenerations.
//  - Material files are kept inside this SQLCipher database as chunks (see MaterialLibrary for why), addressed
//    by the SHA-256 of their plaintext, which itself exists only inside the encrypted file.
const char kV2[] = R"SQL(
CREATE TABLE reminder_rule (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    owner_id     TEXT NOT NULL DEFAULT '',
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL
                 CHECK (kind IN ('runout', 'birthday', 'holiday', 'dormant', 'lead_sla', 'custom_date')),
    lead_days    INTEGER NOT NULL DEFAULT 0 CHECK (lead_days BETWEEN 0 AND 365),
    threshold    INTEGER NOT NULL DEFAULT 0 CHECK (threshold >= 0),
    product_id   TEXT NOT NULL DEFAULT '',
    holiday_name TEXT NOT NULL DEFAULT '',
    date_field   TEXT NOT NULL DEFAULT '',
    yearly       INTEGER NOT NULL DEFAULT 1,
    scope_tags   TEXT NOT NULL DEFAULT '',
    scope_stages TEXT NOT NULL DEFAULT '',
    scope_stores TEXT NOT NULL DEFAULT '',
    script_id    TEXT NOT NULL DEFAULT '',
    enabled      INTEGER NOT NULL DEFAULT 1,
    created_at   INTEGER NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0,
    clocks       TEXT NOT NULL DEFAULT ''
);

CREATE TABLE holiday (
    rowid   INTEGER PRIMARY KEY,
    id      TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL,
    day     TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    clocks  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX holiday_by_day ON holiday (day);

-- Custom per-contact fields ("结婚纪念日", "会员等级"): used by custom-date rules and script placeholders.
CREATE TABLE contact_field (
    contact_rowid INTEGER NOT NULL REFERENCES contact (rowid) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    value         TEXT NOT NULL DEFAULT '',
    clock         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (contact_rowid, name)
);
CREATE INDEX contact_field_by_name ON contact_field (name, contact_rowid);

CREATE TABLE reminder (
    rowid         INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    rule_rowid    INTEGER NOT NULL,
    contact_rowid INTEGER NOT NULL REFERENCES contact (rowid) ON DELETE CASCADE,
    kind          TEXT NOT NULL,
    subject       TEXT NOT NULL DEFAULT '',
    anchor        TEXT NOT NULL,
    due_on        TEXT NOT NULL,
    due_at        INTEGER NOT NULL,
    expires_on    TEXT NOT NULL DEFAULT '',
    closed_by     TEXT NOT NULL DEFAULT '',
    closed_at     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX reminder_by_contact ON reminder (contact_rowid);
CREATE INDEX reminder_by_due ON reminder (due_on);

CREATE TABLE reminder_state (
    id            TEXT PRIMARY KEY,
    state         TEXT NOT NULL CHECK (state IN ('open', 'done', 'snoozed', 'dismissed')),
    snoozed_until TEXT NOT NULL DEFAULT '',
    staff_id      TEXT NOT NULL DEFAULT '',
    updated_at    INTEGER NOT NULL,
    clocks        TEXT NOT NULL DEFAULT ''
);

CREATE TABLE script (
    rowid       INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    owner_id    TEXT NOT NULL DEFAULT '',
    category    TEXT NOT NULL
                CHECK (category IN ('welcome', 'product_intro', 'objection', 'holiday', 'birthday', 'runout',
                                    'custom')),
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    tags        TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    clocks      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX script_by_category ON script (category, deleted);

-- Usage of scripts and materials is append-only, like follow-ups; counts are aggregates over it.
CREATE TABLE script_usage (
    rowid         INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    script_rowid  INTEGER NOT NULL REFERENCES script (rowid) ON DELETE CASCADE,
    contact_rowid INTEGER NOT NULL DEFAULT 0,
    followup_id   TEXT NOT NULL DEFAULT '',
    staff_id      TEXT NOT NULL DEFAULT '',
    used_at       INTEGER NOT NULL
);
CREATE INDEX script_usage_by_script ON script_usage (script_rowid);

CREATE TABLE sensitive_word (
    rowid   INTEGER PRIMARY KEY,
    id      TEXT NOT NULL UNIQUE,
    word    TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    clocks  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sensitive_word_by_word ON sensitive_word (word);

CREATE TABLE material_blob (
    rowid       INTEGER PRIMARY KEY,
    sha256      TEXT NOT NULL UNIQUE,
    size        INTEGER NOT NULL,
    chunk_count INTEGER NOT NULL,
    created_at  INTEGER NOT NULL
);

CREATE TABLE material_chunk (
    blob_rowid INTEGER NOT NULL REFERENCES material_blob (rowid) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    data       BLOB NOT NULL,
    PRIMARY KEY (blob_rowid, seq)
);

CREATE TABLE material (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    owner_id     TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL
                 CHECK (kind IN ('image', 'video', 'link', 'mini_program', 'document', 'poster')),
    title        TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    category     TEXT NOT NULL DEFAULT '',
    tags         TEXT NOT NULL DEFAULT '',
    url          TEXT NOT NULL DEFAULT '',
    app_id       TEXT NOT NULL DEFAULT '',
    page_path    TEXT NOT NULL DEFAULT '',
    file_name    TEXT NOT NULL DEFAULT '',
    mime_type    TEXT NOT NULL DEFAULT '',
    blob_sha256  TEXT NOT NULL DEFAULT '',
    cover_sha256 TEXT NOT NULL DEFAULT '',
    size         INTEGER NOT NULL DEFAULT 0,
    search_text  TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0,
    clocks       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX material_by_blob ON material (blob_sha256);

CREATE TABLE material_usage (
    rowid          INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    material_rowid INTEGER NOT NULL REFERENCES material (rowid) ON DELETE CASCADE,
    contact_rowid  INTEGER NOT NULL DEFAULT 0,
    action         TEXT NOT NULL CHECK (action IN ('copy', 'save', 'open', 'send')),
    followup_id    TEXT NOT NULL DEFAULT '',
    staff_id       TEXT NOT NULL DEFAULT '',
    used_at        INTEGER NOT NULL
);
CREATE INDEX material_usage_by_material ON material_usage (material_rowid);
)SQL";

} // namespace

const QList<SchemaStep>& schemaSteps()
{
    static const QList<SchemaStep> steps = {
        {1, kV1},
        {2, kV2},
    };
    // Later steps live in their own files (SchemaV3.cpp, …) so each feature's schema stays beside its story.
    static const QList<SchemaStep> all = [] {
        QList<SchemaStep> s = steps;
        for (const SchemaStep& step : laterSchemaSteps())
            if (step.sql && *step.sql)
                s.append(step);
        return s;
    }();
    return all;
    return steps;
}

int latestSchemaVersion() { return schemaSteps().constLast().version; }

} // namespace ll

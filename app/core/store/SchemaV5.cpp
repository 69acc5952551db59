// Schema version 5: the "taken over from X" marker a transfer leaves on a contact (issue #7).
//  - taken_over_from / taken_over_from_name / taken_over_at: written only by pulled server changes
//    (synced fields takenOverFrom, takenOverFromName, takenOverAt); '' / 0 when never taken over.
//  - contact_by_taken_over: the welcome-back reminder reads the few taken-over contacts without
//    scanning the whole table.
//  - reminder_rule is rebuilt (SQLite cannot change a CHECK) to allow the rule kind 'takeover';
//    rowids are kept, since reminder.rule_rowid refers to them.
namespace ll {
extern const char kSchemaV5[];
const char kSchemaV5[] = R"SQL(
ALTER TABLE contact ADD COLUMN taken_over_from TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN taken_over_from_name TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN taken_over_at INTEGER NOT NULL DEFAULT 0;
CREATE INDEX contact_by_taken_over ON contact (taken_over_at) WHERE taken_over_at > 0;

CREATE TABLE reminder_rule_v5 (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    owner_id     TEXT NOT NULL DEFAULT '',
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL
                 CHECK (kind IN ('runout', 'birthday', 'holiday', 'dormant', 'lead_sla', 'custom_date',
                                 'takeover')),
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
INSERT INTO reminder_rule_v5 (rowid, id, owner_id, name, kind, lead_days, threshold, product_id, holiday_name,
                              date_field, yearly, scope_tags, scope_stages, scope_stores, script_id, enabled,
                              created_at, deleted, clocks)
    SELECT rowid, id, owner_id, name, kind, lead_days, threshold, product_id, holiday_name, date_field, yearly,
           scope_tags, scope_stages, scope_stores, script_id, enabled, created_at, deleted, clocks
    FROM reminder_rule;
DROP TABLE reminder_rule;
ALTER TABLE reminder_rule_v5 RENAME TO reminder_rule;
)SQL";
} // namespace ll

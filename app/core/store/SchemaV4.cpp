// Schema version 4: indexes for reminder recompute and bulk import speed.
//  - reminder_by_key: a full recompute compares the candidate reminders with the stored ones by
//    (rule, contact, subject, anchor) — the inputs of the reminder id — and writes only the difference.
namespace ll {
extern const char kSchemaV4[];
const char kSchemaV4[] = R"SQL(
CREATE UNIQUE INDEX reminder_by_key ON reminder (rule_rowid, contact_rowid, subject, anchor);
)SQL";
} // namespace ll

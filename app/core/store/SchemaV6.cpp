// Schema version 6: holiday and dormant reminders are computed when read (ReminderEngine), no longer
// stored once per contact and rewritten every day.
//  - The rows older versions stored for them go; what the guide did with them stays in reminder_state
//    under the same deterministic ids.
//  - contact_by_last_touch: a dormant reminder is due N days after a contact's last touch (last contact,
//    or creation if never contacted); notifications look up the few touched on given days by it.
//  - contact_reminder_scope: the contact columns reminder rules read (liveness, scope, birthday, last
//    touch), so counting computed reminders and finding birthdays reads a small index instead of the wide
//    contact rows (each page of which must be decrypted). Birthday leads: with `deleted` first, SQLite (no
//    statistics) took "deleted = 0" as selective and listed contacts through this index plus a sort
//    (first page of the list 20 ms -> 300 ms at size M) instead of walking contact_by_last_contacted.
//  - purchase_for_runout: the latest purchase day of each (contact, product) and the quantities bought that
//    day, read in that order from the index alone (a run-out recompute visits every purchase).
//  - followup_live_by_contact: the first follow-up at or after a moment (which answers a run-out or lead-SLA
//    reminder) is one seek, without reading follow-up rows to skip deleted ones.
namespace ll {
extern const char kSchemaV6[];
const char kSchemaV6[] = R"SQL(
DELETE FROM reminder WHERE kind IN ('holiday', 'dormant');
CREATE INDEX contact_by_last_touch ON contact
    ((CASE WHEN last_contacted_at > 0 THEN last_contacted_at ELSE created_at END)) WHERE deleted = 0;
CREATE INDEX contact_reminder_scope ON contact
    (birthday, deleted, merged_into, owner_id, stage, store_id, created_at, last_contacted_at);
CREATE INDEX purchase_for_runout ON purchase (contact_rowid, product_rowid, purchased_on, quantity)
    WHERE deleted = 0;
CREATE INDEX followup_live_by_contact ON followup (contact_rowid, happened_at) WHERE deleted = 0;
)SQL";
} // namespace ll

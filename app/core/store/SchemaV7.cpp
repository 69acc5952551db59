// Schema version 7: the follow-up and purchase indexes a full reminder recompute scans become covering.
//  - The partial indexes of version 6 (WHERE deleted = 0) held the right entries, but SQLite (3.15, in the
//    SQLCipher build) still reads each entry's table row to test `deleted` against the query's matching
//    term: a recompute at size L looked up 1M follow-up and 500k purchase rows (each page decrypted).
//    With `deleted` in the index, the scans read the indexes alone (full recompute at L 1.6 -> 0.8 s CPU).
//  - followup_by_contact_live: the live follow-ups of a contact by time (the first follow-up at or after a
//    moment answers a run-out or lead-SLA reminder), also for the one-contact recompute's seeks.
//  - purchase_by_contact_product: the latest purchase day of each (contact, product) and its quantities.
namespace ll {
extern const char kSchemaV7[];
const char kSchemaV7[] = R"SQL(
CREATE INDEX followup_by_contact_live ON followup (contact_rowid, happened_at, deleted);
CREATE INDEX purchase_by_contact_product ON purchase (contact_rowid, product_rowid, purchased_on, quantity, deleted);
DROP INDEX followup_live_by_contact;
DROP INDEX purchase_for_runout;
)SQL";
} // namespace ll

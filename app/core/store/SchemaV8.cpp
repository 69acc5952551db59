// Schema version 8: no table changes; what the rows may hold changes, and older builds must refuse it.
//  - The outbox may hold `create` rows: a new record's fields and set elements at one clock (see
//    docs/SYNC-MAPPING.md). A build before this one would take such a row for an unknown op and drop it
//    as a final local rejection, so the new contacts would never reach the server.
//  - A `clocks` column may use FieldClocks' compact form ("city=^": the previous entry's clock). A build
//    before this one would read "^" as a clock newer than any real one and ignore every pulled change to
//    those fields.
// Raising the version makes an older build refuse the store ("written by a newer Liuliang") instead.
namespace ll {
extern const char kSchemaV8[];
const char kSchemaV8[] = "-- no table changes (see above)\n";
} // namespace ll

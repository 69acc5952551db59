// Schema version 9: the search index leaves the store for a file of its own (search/SearchFile.h), which
// Store::open attaches and fills from the contacts after this step. Older builds, which look for the
// index in the store, refuse the store instead of searching an empty one.
namespace ll {
extern const char kSchemaV9[];
const char kSchemaV9[] = "DROP TABLE IF EXISTS main.contact_fts;\n";
} // namespace ll

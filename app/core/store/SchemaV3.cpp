// Schema version 3: what the sync client keeps locally (owned by the sync work).
namespace ll {
extern const char kSchemaV3[];
const char kSchemaV3[] = "";
} // namespace ll

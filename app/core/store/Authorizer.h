#pragma once

namespace ll {

class Database;

// Denies what an attacker-controlled string could use to reach native code or other files:
// virtual-table creation outside migrations, fts3_tokenizer(), ATTACH and load_extension.
void installAuthorizer(Database& db);

} // namespace ll

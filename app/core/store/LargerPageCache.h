#pragma once

#include "store/Database.h"
#include "store/Statement.h"

namespace ll {

// Raises the connection's page cache (of the store, not the attached search file) while it lives, never
// lowering it, then puts the old size back; only pages actually used take memory.
class LargerPageCache
{
public:
    LargerPageCache(Database& db, int kib)
        : m_db(db)
    {
        Statement& st = db.cached("PRAGMA cache_size");
        auto row = st.step();
        if (row.ok() && row.value())
            m_previous = st.int64(0);
        st.reset();
        // Negative sizes are KiB, positive ones pages (of 4 KiB in this store).
        const qint64 previousKiB = m_previous < 0 ? -m_previous : m_previous * 4;
        if (m_previous != 0 && previousKiB < kib &&
            db.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kib)).ok())
            m_raised = true;
    }
    ~LargerPageCache()
    {
        if (m_raised)
            (void)m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
    }
    LargerPageCache(const LargerPageCache&) = delete;
    LargerPageCache& operator=(const LargerPageCache&) = delete;

private:
    Database& m_db;
    qint64 m_previous = 0;
    bool m_raised = false;
};

} // namespace ll

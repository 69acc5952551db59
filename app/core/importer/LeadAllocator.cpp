#include "importer/LeadAllocator.h"

#include "domain/OrgRepository.h"
#include "store/Statement.h"
#include "store/Store.h"
#include "text/ChineseText.h"

#include <QCoreApplication>

namespace ll {

namespace {

// Messages of this file, filed under ll::LeadImporter for lupdate and at run time alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::LeadImporter)
};

} // namespace

QString toCode(AllocationStrategy strategy)
{
    switch (strategy) {
    case AllocationStrategy::None:
        return QStringLiteral("none");
    case AllocationStrategy::RoundRobin:
        return QStringLiteral("round-robin");
    case AllocationStrategy::City:
        return QStringLiteral("city");
    case AllocationStrategy::Load:
        return QStringLiteral("load");
    }
    return QStringLiteral("none");
}

std::optional<AllocationStrategy> allocationStrategyFromCode(const QString& code)
{
    for (AllocationStrategy s : {AllocationStrategy::None, AllocationStrategy::RoundRobin,
                                 AllocationStrategy::City, AllocationStrategy::Load})
        if (toCode(s) == code.trimmed().toLower())
            return s;
    return std::nullopt;
}

QString LeadAllocator::foldCity(const QString& city)
{
    QString c = foldForSearch(city);
    c.remove(QLatin1Char(' '));
    if (c.size() > 2 && c.endsWith(QStringLiteral("市")))
        c.chop(1);
    return c;
}

Result<LeadAllocator> LeadAllocator::create(Store& store, const AllocationOptions& options)
{
    LeadAllocator a;
    a.m_options = options;
    if (options.strategy == AllocationStrategy::None)
        return a;

    OrgRepository org(store);
    auto staff = org.staffList();
    if (!staff.ok())
        return staff.error();
    QHash<QString, Staff> byId;
    for (const Staff& s : staff.value())
        byId.insert(s.id, s);

    auto indexOf = [&a, &byId](const QString& rawId) -> Result<int> {
        const QString id = rawId.trimmed().toLower();
        for (int i = 0; i < a.m_guides.size(); ++i)
            if (a.m_guides[i].id == id)
                return i;
        const auto it = byId.constFind(id);
        if (it == byId.constEnd())
            return makeError(ErrorCode::NotFound, Text::tr("No staff member with id %1").arg(rawId));
        if (it->status != StaffStatus::Active)
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("Staff member %1 has left and cannot receive leads").arg(it->name));
        a.m_guides << Guide{it->id, it->storeId, 0};
        return int(a.m_guides.size() - 1);
    };

    if (!options.guideIds.isEmpty()) {
        for (const QString& id : options.guideIds) {
            auto i = indexOf(id);
            if (!i.ok())
                return i.error();
            if (!a.m_default.contains(i.value()))
                a.m_default << i.value();
        }
    } else {
        for (const Staff& s : staff.value())
            if (s.role == StaffRole::Guide && s.status == StaffStatus::Active)
                a.m_default << indexOf(s.id).value();
    }

    if (options.strategy == AllocationStrategy::City) {
        if (!options.cityGuides.isEmpty()) {
            for (auto it = options.cityGuides.constBegin(); it != options.cityGuides.constEnd(); ++it)
                for (const QString& id : it.value()) {
                    auto i = indexOf(id);
                    if (!i.ok())
                        return i.error();
                    a.m_byCity[foldCity(it.key())] << i.value();
                }
        } else {
            auto stores = org.stores();
            if (!stores.ok())
                return stores.error();
            for (const StoreInfo& shop : stores.value()) {
                if (shop.city.trimmed().isEmpty())
                    continue;
                for (const Staff& s : staff.value())
                    if (s.storeId == shop.id && s.role == StaffRole::Guide && s.status == StaffStatus::Active)
                        a.m_byCity[foldCity(shop.city)] << indexOf(s.id).value();
            }
        }
    }

    if (a.m_default.isEmpty() && a.m_byCity.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("There are no active guides to allocate leads to"));

    if (options.strategy == AllocationStrategy::Load) {
        Statement st(store.db(),
                     "SELECT owner_id, count(*) FROM contact WHERE deleted = 0 GROUP BY owner_id");
        while (true) {
            auto row = st.step();
            if (!row.ok())
                return row.error();
            if (!row.value())
                break;
            for (Guide& g : a.m_guides)
                if (g.id == st.text(0))
                    g.load = st.int64(1);
        }
    }
    return a;
}

Allocation LeadAllocator::pick(const QList<int>& candidates, int& cursor)
{
    if (candidates.isEmpty())
        return {};
    int chosen = candidates.first();
    if (m_options.strategy == AllocationStrategy::Load) {
        // Fewest live contacts; ties go to the earlier guide in the given order.
        for (int i : candidates)
            if (m_guides[i].load < m_guides[chosen].load)
                chosen = i;
    } else {
        chosen = candidates.at(cursor % candidates.size());
        cursor = (cursor + 1) % candidates.size();
    }
    Guide& g = m_guides[chosen];
    ++g.load;
    return {g.id, g.storeId};
}

Allocation LeadAllocator::next(const QString& city)
{
    switch (m_options.strategy) {
    case AllocationStrategy::None:
        return {};
    case AllocationStrategy::RoundRobin:
    case AllocationStrategy::Load:
        return pick(m_default, m_cursor);
    case AllocationStrategy::City: {
        const QString key = foldCity(city);
        const auto it = m_byCity.constFind(key);
        if (!key.isEmpty() && it != m_byCity.constEnd() && !it->isEmpty())
            return pick(*it, m_cityCursor[key]);
        return pick(m_default, m_cursor);
    }
    }
    return {};
}

void LeadAllocator::undo(const Allocation& allocation)
{
    for (Guide& g : m_guides)
        if (g.id == allocation.ownerId && g.load > 0)
            --g.load;
}

} // namespace ll

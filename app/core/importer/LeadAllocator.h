#pragma once

#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ll {

class Store;

// Who gets a new lead. Duplicates of an existing contact keep that contact's owner.
enum class AllocationStrategy
{
    None,       // this device's staff member (the contact repository's default owner)
    RoundRobin, // evenly over the given guides, in order
    City,       // the guides of the store(s) in the lead's city, round-robin within the city
    Load        // the guide with the fewest live contacts at that moment
};

QString toCode(AllocationStrategy strategy); // "none", "round-robin", "city", "load"
std::optional<AllocationStrategy> allocationStrategyFromCode(const QString& code);

struct AllocationOptions
{
    AllocationStrategy strategy = AllocationStrategy::None;
    // Candidate guides (staff ids). Empty: every active staff member with the guide role.
    // For City, the guides leads of an unmapped city go to (round-robin).
    QStringList guideIds;
    // City → staff ids. Cities are compared folded ("北京市" = "北京" = "北京 "). When empty for City,
    // the map is built from the stores' cities and the active guides of each store.
    QHash<QString, QStringList> cityGuides;
};

struct Allocation
{
    QString ownerId; // empty: the repository's default owner
    QString storeId; // the guide's store, or empty
};

// Stateful over one import: the round-robin position and the loads carry across batches.
class LeadAllocator
{
public:
    // Checks every named guide exists and is active; InvalidInput (naming the id) otherwise.
    static Result<LeadAllocator> create(Store& store, const AllocationOptions& options);

    Allocation next(const QString& city);
    // The lead was not created after all (its batch rolled back): give its load back.
    void undo(const Allocation& allocation);

    static QString foldCity(const QString& city);

private:
    struct Guide
    {
        QString id;
        QString storeId;
        qint64 load = 0;
    };
    Allocation pick(const QList<int>& candidates, int& cursor);

    AllocationOptions m_options;
    QList<Guide> m_guides;               // every guide that may receive a lead
    QList<int> m_default;                // indexes into m_guides
    QHash<QString, QList<int>> m_byCity; // folded city → indexes into m_guides
    QHash<QString, int> m_cityCursor;
    int m_cursor = 0;
};

} // namespace ll

#pragma once

#include "domain/ContactQuery.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace ll {
class Store;
}

namespace llbench {

struct NamedQuery
{
    QString name;
    ll::ContactQuery query;
    bool isSearch = false; // held to the search target and pooled into "search.all"
    bool isTagAnd = false; // held to the two-tag AND target
};

// The fixed query set. Phone digits and tags are read from the generated data (a phone of the
// contact in the middle of the table; the most used and two mid-popularity tags), so the set is the
// same for the same seed and always hits real rows.
ll::Result<QList<NamedQuery>> buildQuerySet(ll::Store& store);

// A description of each query's input, for the report.
QString describe(const NamedQuery& q);

} // namespace llbench

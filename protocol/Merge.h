#pragma once

#include "Mutation.h"

namespace ll {

// Merge rules shared by client and server so both sides resolve the same edits the same way.
// All functions are pure: they only touch the state passed in.

struct MergeOutcome
{
    bool changed = false;
    QList<Conflict> newConflicts; // keep-both losers recorded by this merge
};

// Last-writer-wins by HLC: true when `incoming` should replace `current`.
inline bool lwwWins(const Hlc& incoming, const Hlc& current)
{
    return incoming > current;
}

// Union of add and remove clocks, keeping the later of each; presence is then add-wins.
bool mergeSetElement(SetElement& into, const SetElement& incoming);

// Applies a pushed upsert to the stored state. Keep-both fields (notes) use the mutation's
// base clock: an edit made without having seen the current value is concurrent, so the
// value that loses LWW is kept in `conflicts` instead of being lost.
MergeOutcome applyUpsert(RecordState& state, const Mutation& mutation);

// State-based merge (a change pulled from the server into a local copy): LWW per field,
// set elements merged, conflict lists united. Commutative, associative and idempotent.
bool mergeState(RecordState& into, const RecordState& incoming);

// The stored state of a freshly inserted append-only record.
RecordState stateFromInsert(const Mutation& mutation);

} // namespace ll

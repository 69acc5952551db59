#include "Merge.h"

namespace ll {

namespace {

std::optional<Hlc> later(const std::optional<Hlc>& a, const std::optional<Hlc>& b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return *a >= *b ? a : b;
}

bool addConflict(QList<Conflict>& list, const Conflict& c)
{
    for (const auto& existing : list)
        if (existing.field == c.field && existing.hlc == c.hlc)
            return false;
    list.append(c);
    return true;
}

bool mergeSets(QMap<QString, SetElements>& into, const QMap<QString, SetElements>& incoming)
{
    bool changed = false;
    for (auto it = incoming.constBegin(); it != incoming.constEnd(); ++it) {
        SetElements& target = into[it.key()];
        for (auto e = it->constBegin(); e != it->constEnd(); ++e)
            changed |= mergeSetElement(target[e.key()], e.value());
    }
    return changed;
}

} // namespace

bool mergeSetElement(SetElement& into, const SetElement& incoming)
{
    const SetElement merged{later(into.added, incoming.added), later(into.removed, incoming.removed)};
    if (merged == into)
        return false;
    into = merged;
    return true;
}

MergeOutcome applyUpsert(RecordState& state, const Mutation& mutation)
{
    MergeOutcome out;
    const EntitySpec& spec = mutation.spec();
    for (auto it = mutation.fields.constBegin(); it != mutation.fields.constEnd(); ++it) {
        const FieldValue& incoming = it.value();
        auto current = state.fields.find(it.key());
        if (current == state.fields.end()) {
            state.fields.insert(it.key(), incoming);
            out.changed = true;
            continue;
        }
        if (current->hlc == incoming.hlc)
            continue; // the same write seen twice
        const FieldSpec* fs = spec.field(it.key());
        const bool keepBoth = fs && fs->rule == MergeRule::KeepBoth;
        const auto base = mutation.bases.constFind(it.key());
        const bool sawCurrent = base != mutation.bases.constEnd() && *base == current->hlc;
        const bool concurrent = keepBoth && !sawCurrent && current->value != incoming.value;
        if (lwwWins(incoming.hlc, current->hlc)) {
            if (concurrent) {
                const Conflict loser{it.key(), current->value, current->hlc};
                if (addConflict(state.conflicts, loser))
                    out.newConflicts.append(loser);
            }
            *current = incoming;
            out.changed = true;
        } else if (concurrent) {
            const Conflict loser{it.key(), incoming.value, incoming.hlc};
            if (addConflict(state.conflicts, loser)) {
                out.newConflicts.append(loser);
                out.changed = true;
            }
        }
    }
    out.changed |= mergeSets(state.sets, mutation.sets);
    return out;
}

bool mergeState(RecordState& into, const RecordState& incoming)
{
    bool changed = false;
    for (auto it = incoming.fields.constBegin(); it != incoming.fields.constEnd(); ++it) {
        auto current = into.fields.find(it.key());
        if (current == into.fields.end()) {
            into.fields.insert(it.key(), it.value());
            changed = true;
        } else if (lwwWins(it->hlc, current->hlc)) {
            *current = it.value();
            changed = true;
        }
    }
    changed |= mergeSets(into.sets, incoming.sets);
    for (const auto& c : incoming.conflicts)
        changed |= addConflict(into.conflicts, c);
    return changed;
}

RecordState stateFromInsert(const Mutation& mutation)
{
    RecordState s;
    s.fields = mutation.fields;
    s.sets = mutation.sets;
    return s;
}

} // namespace ll

import { type Allocation, allocationTotals } from "../allocation-entry.js";
import type { InventoryState } from "../state.js";
import { slotKey } from "./store.js";

/**
 * Stores an allocation (or deletes it when `allocation` is undefined) and keeps the pending index
 * in step: an allocation with pending units is listed under its (upc, location), ordered by `seq`.
 * `old` is what `state.allocations` holds under `key`; callers that have looked it up pass it.
 */
export function putAllocation(
  state: InventoryState,
  key: string,
  allocation: Allocation | undefined,
  old: Allocation | undefined = state.allocations.get(key),
): InventoryState {
  const allocations = allocation === undefined ? state.allocations.delete(key) : state.allocations.set(key, allocation);
  let pendingIndex = state.pendingIndex;
  if (old !== undefined) {
    const sk = slotKey(old.upc, old.locationCode);
    const list = pendingIndex.get(sk);
    if (list?.includes(key)) {
      const rest = list.filter((k) => k !== key);
      pendingIndex = rest.length === 0 ? pendingIndex.delete(sk) : pendingIndex.set(sk, rest);
    }
  }
  if (allocation !== undefined && allocationTotals(allocation).pending > 0) {
    const sk = slotKey(allocation.upc, allocation.locationCode);
    const list = [...(pendingIndex.get(sk) ?? []), key];
    list.sort((a, b) => (allocations.get(a)?.seq ?? 0) - (allocations.get(b)?.seq ?? 0));
    pendingIndex = pendingIndex.set(sk, list);
  }
  return { ...state, allocations, pendingIndex };
}

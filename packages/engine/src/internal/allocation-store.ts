import type { Allocation } from "../allocation-entry.js";
import type { InventoryState } from "../state.js";
import { StoreDraft } from "./store.js";

/**
 * Stores an allocation (or deletes it when `allocation` is undefined) and keeps the pending index
 * in step, as one command: see {@link StoreDraft.putAllocation}. `old` is what `state.allocations`
 * holds under `key`; callers that have looked it up pass it.
 */
export function putAllocation(
  state: InventoryState,
  key: string,
  allocation: Allocation | undefined,
  old: Allocation | undefined = state.allocations.get(key),
): InventoryState {
  const draft = new StoreDraft(state);
  draft.putAllocation(key, allocation, old);
  return draft.finish();
}

import type { Allocation } from "../../allocation-entry.js";
import type { InventoryState } from "../../state.js";
import { StoreDraft } from "./store.js";

/**
 * Stores an allocation (or deletes it when `allocation` is undefined) and keeps the pending index
 * in step, as one command: see {@link StoreDraft.putAllocation}.
 */
export function putAllocation(state: InventoryState, key: string, allocation: Allocation | undefined): InventoryState {
  const draft = new StoreDraft(state);
  draft.putAllocation(key, allocation, state.allocations.get(key));
  return draft.finish();
}

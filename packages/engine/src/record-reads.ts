/**
 * Reading records by product or location, for callers outside the engine: they never decode how
 * records are stored (see internal/stored-slot.ts).
 */
import { getSlot, slotRecords } from "./internal/stored-slot.js";
import type { PersistentMap } from "./internal/trie/persistent-map.js";
import type { InventoryRecord } from "./records.js";
import type { InventoryState, StoredSlot } from "./state.js";

/** The records of one product at one location (granular variants and implicit pending holders included). Cost: O(result). */
export function recordsAt(state: InventoryState, upc: string, locationCode: string): readonly InventoryRecord[] {
  return getSlot(state, upc, locationCode);
}

/** The inventory ids of every record of a product, at every location. Cost: O(result). */
export function inventoryIdsOfUpc(state: InventoryState, upc: string): number[] {
  const ids: number[] = [];
  state.records.get(upc)?.forEach((stored) => {
    for (const r of slotRecords(stored)) ids.push(r.inventoryId);
  });
  return ids;
}

/** Every product with records at some location, in no particular order. Cost: O(products). */
export function stockedUpcs(state: InventoryState): string[] {
  return state.records.keyArray();
}

/** One product at one location that has records: the unit a browsing screen pages over. */
export interface StockedSlot {
  readonly upc: string;
  readonly locationCode: string;
  readonly records: readonly InventoryRecord[];
}

/** Every (product, location) with records, in no particular order. Cost: O(records). */
export function stockedSlots(state: InventoryState): StockedSlot[] {
  const out: StockedSlot[] = [];
  state.records.forEach((byLocation, upc) => {
    pushSlots(out, upc, byLocation);
  });
  return out;
}

/**
 * The locations where one product has records, as {@link StockedSlot}s in no particular order.
 * Cost: O(its records).
 *
 * @example
 * stockedSlotsOf(state, "U").map((slot) => slot.locationCode); // ["L1", "L2"], in any order
 */
export function stockedSlotsOf(state: InventoryState, upc: string): StockedSlot[] {
  const out: StockedSlot[] = [];
  const byLocation = state.records.get(upc);
  if (byLocation !== undefined) pushSlots(out, upc, byLocation);
  return out;
}

function pushSlots(out: StockedSlot[], upc: string, byLocation: PersistentMap<string, StoredSlot>): void {
  byLocation.forEach((stored, locationCode) => {
    const records = slotRecords(stored);
    if (records.length > 0) out.push({ upc, locationCode, records });
  });
}

/**
 * The products whose records differ between two states, at any location: added, removed or
 * changed. A reader that keeps something derived from `before` (a sorted index) updates it for
 * these products only. Records are compared by identity, so it never misses a change; for states
 * built apart it lists every product, equal or not. Cost: the changed products when `after` was
 * made from `before` by commands (states share what they did not change), up to O(products) for
 * unrelated states.
 *
 * @example
 * const result = refresh(before, { locationCode: "L1", items: [{ upc: "U", quantity: 3 }] }, now);
 * if (result.ok) changedUpcs(before, result.state); // ["U"]
 */
export function changedUpcs(before: InventoryState, after: InventoryState): string[] {
  return before.records.changedKeys(after.records);
}

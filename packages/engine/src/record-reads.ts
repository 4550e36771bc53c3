/**
 * Reading records by product or location, for callers outside the engine: they never decode how
 * records are stored (see internal/stored-slot.ts).
 */
import { getSlot, slotRecords } from "./internal/stored-slot.js";
import type { InventoryRecord } from "./records.js";
import type { InventoryState } from "./state.js";

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
    byLocation.forEach((stored, locationCode) => {
      const records = slotRecords(stored);
      if (records.length > 0) out.push({ upc, locationCode, records });
    });
  });
  return out;
}

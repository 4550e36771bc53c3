/**
 * How the records of one (upc, location) are stored (see `StoredSlot` in state.ts) and read back.
 * Only the engine reads storage: outside it, `recordsAt` and the other public reads answer.
 */
import type { InventoryRecord } from "../records.js";
import type { InventoryState, StoredSlot } from "../state.js";

const NO_RECORDS: readonly InventoryRecord[] = [];

/** A stored slot as an array. */
export function slotRecords(stored: StoredSlot | undefined): readonly InventoryRecord[] {
  if (stored === undefined) return NO_RECORDS;
  return Array.isArray(stored) ? (stored as readonly InventoryRecord[]) : [stored as InventoryRecord];
}

/** The records of one (upc, location): O(1) in store size. */
export function getSlot(state: InventoryState, upc: string, locationCode: string): readonly InventoryRecord[] {
  return slotRecords(state.records.get(upc)?.get(locationCode));
}

/** The `upc \u0000 locationCode` key used by the pending index. */
export function slotKey(upc: string, locationCode: string): string {
  return `${upc}\u0000${locationCode}`;
}

/** The (upc, locationCode) of a {@link slotKey}. */
export function slotOfKey(key: string): [upc: string, locationCode: string] {
  const [upc = "", locationCode = ""] = key.split("\u0000");
  return [upc, locationCode];
}

import { PersistentMap } from "../persistent-map.js";
import { type InventoryRecord, isSpentImplicit } from "../records.js";
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

/**
 * Replaces the records of one (upc, location), keeping the location index in step. Implicit records
 * that hold nothing any more are dropped here, on every write path, so that an implicit pending
 * holder (D12) lives exactly as long as it holds units.
 */
export function putSlot(
  state: InventoryState,
  upc: string,
  locationCode: string,
  given: readonly InventoryRecord[],
): InventoryState {
  return putSlotIn(state, upc, locationCode, given, state.records.get(upc));
}

/**
 * {@link putSlot} for a caller that has already looked up `current = state.records.get(upc)`
 * (saves the lookup on hot paths).
 */
export function putSlotIn(
  state: InventoryState,
  upc: string,
  locationCode: string,
  given: readonly InventoryRecord[],
  current: PersistentMap<string, StoredSlot> | undefined,
): InventoryState {
  const slot = given.some(isSpentImplicit) ? given.filter((r) => !isSpentImplicit(r)) : given;
  const byLocation = current ?? PersistentMap.empty<string, StoredSlot>();
  if (slot.length === 0) {
    if (!byLocation.has(locationCode)) return state;
    const rest = byLocation.delete(locationCode);
    const upcs = state.upcsByLocation.get(locationCode)?.delete(upc);
    return {
      ...state,
      records: rest.size === 0 ? state.records.delete(upc) : state.records.set(upc, rest),
      upcsByLocation:
        upcs === undefined || upcs.size === 0
          ? state.upcsByLocation.delete(locationCode)
          : state.upcsByLocation.set(locationCode, upcs),
    };
  }
  const isNew = !byLocation.has(locationCode);
  // One record is stored bare; several as an exact-size copy (no spare capacity from push or spread).
  const stored: StoredSlot = slot.length === 1 ? (slot[0] as InventoryRecord) : slot.slice();
  const records = state.records.set(upc, byLocation.set(locationCode, stored));
  if (!isNew) return { ...state, records };
  const upcs = (state.upcsByLocation.get(locationCode) ?? PersistentMap.empty<string, true>()).set(upc, true);
  return { ...state, records, upcsByLocation: state.upcsByLocation.set(locationCode, upcs) };
}

/**
 * Replaces the records of several (upc, location) slots of one location at once: the same result as
 * calling {@link putSlot} for each entry in iteration order, but with one state copy in all.
 */
export function putSlots(
  state: InventoryState,
  locationCode: string,
  slots: ReadonlyMap<string, readonly InventoryRecord[]>,
): InventoryState {
  if (slots.size === 0) return state;
  let records = state.records;
  let upcsByLocation = state.upcsByLocation;
  let upcs = upcsByLocation.get(locationCode);
  let upcsChanged = false;
  for (const [upc, given] of slots) {
    const slot = given.some(isSpentImplicit) ? given.filter((r) => !isSpentImplicit(r)) : given;
    const byLocation = records.get(upc) ?? PersistentMap.empty<string, StoredSlot>();
    if (slot.length === 0) {
      if (!byLocation.has(locationCode)) continue;
      const rest = byLocation.delete(locationCode);
      records = rest.size === 0 ? records.delete(upc) : records.set(upc, rest);
      upcs = upcs?.delete(upc);
      upcsChanged = true;
      continue;
    }
    const isNew = !byLocation.has(locationCode);
    const stored: StoredSlot = slot.length === 1 ? (slot[0] as InventoryRecord) : slot.slice();
    records = records.set(upc, byLocation.set(locationCode, stored));
    if (isNew) {
      upcs = (upcs ?? PersistentMap.empty<string, true>()).set(upc, true);
      upcsChanged = true;
    }
  }
  if (upcsChanged)
    upcsByLocation =
      upcs === undefined || upcs.size === 0 ? upcsByLocation.delete(locationCode) : upcsByLocation.set(locationCode, upcs);
  return { ...state, records, upcsByLocation };
}

/** Replaces one record (matched by inventoryId) in a slot. */
export function replaceRecord(
  slot: readonly InventoryRecord[],
  record: InventoryRecord,
): readonly InventoryRecord[] {
  return slot.map((r) => (r.inventoryId === record.inventoryId ? record : r));
}

/** The `upc \u0000 locationCode` key used by the pending index. */
export function slotKey(upc: string, locationCode: string): string {
  return `${upc}\u0000${locationCode}`;
}

/**
 * Release of pending units (D12). A shortfall on allocate becomes `pending` on the segment; whenever
 * stock rises there (refresh, adjust, deallocate, future arrival, rule changes) pending units are
 * turned into allocated units, oldest allocation first — Kibo does this in a 30-minute job, we do it
 * at once. Release never changes a segment's `available` on the record that holds the pending units;
 * when another record of the segment has the stock, the units move there.
 */
import type { Allocation, AllocationLine } from "./allocation-entry.js";
import { allocationCandidates } from "./allocation-strategy.js";
import { isExpired } from "./expiration.js";
import { SlotEdit } from "./internal/draft/slot-edit.js";
import { StoreDraft } from "./internal/draft/store.js";
import { slotOfKey } from "./internal/stored-slot.js";
import { getSegment, segmentAvailable } from "./records.js";
import type { InventoryState } from "./state.js";

function addLine(lines: AllocationLine[], inventoryId: number, allocated: number, pending: number): void {
  const i = lines.findIndex((l) => l.inventoryId === inventoryId);
  const cur = lines[i];
  if (cur === undefined) {
    lines.push({ inventoryId, allocated, pending });
    return;
  }
  lines[i] = { inventoryId, allocated: cur.allocated + allocated, pending: cur.pending + pending };
}

/** Releases what can be released for one (upc, location), as one command. */
export function releasePending(state: InventoryState, upc: string, locationCode: string, now: number): InventoryState {
  const draft = new StoreDraft(state);
  releasePendingIn(draft, upc, locationCode, now);
  return draft.finish();
}

/** Releases pending units everywhere they exist (after tag or rule changes). */
export function releaseAllPending(state: InventoryState, now: number): InventoryState {
  const draft = new StoreDraft(state);
  for (const key of state.pendingIndex.keyArray()) {
    const [upc, locationCode] = slotOfKey(key);
    releasePendingIn(draft, upc, locationCode, now);
  }
  return draft.finish();
}

/**
 * Releases what can be released for one (upc, location), writing to `draft`. Cost: O(pending
 * allocations × records there).
 */
export function releasePendingIn(draft: StoreDraft, upc: string, locationCode: string, now: number): void {
  const keys = draft.pendingKeys(upc, locationCode);
  if (keys === undefined) return;
  const state = draft.base;
  const slot = new SlotEdit(draft, upc, locationCode);
  let changed = false;
  for (const key of keys) {
    const a = draft.getAllocation(key);
    if (a === undefined) continue;
    const lines = a.lines.map((l) => ({ ...l }));
    let touched = false;
    for (const line of [...lines]) {
      let pending = line.pending;
      if (pending <= 0) continue;
      // 1. The record holding the pending units, if it has unclaimed physical units.
      const own = slot.get(line.inventoryId);
      if (own && !isExpired(own, state.settings, now)) {
        const seg = getSegment(own, a.segmentKey);
        const free = own.details.hasInfiniteInventory ? pending : Math.max(0, seg.onHand - seg.allocated);
        const k = Math.min(pending, free);
        if (k > 0) {
          slot.changeSegment(own.inventoryId, a.segmentKey, (x) => ({ ...x, allocated: x.allocated + k, pending: x.pending - k }));
          addLine(lines, line.inventoryId, k, -k);
          pending -= k;
        }
      }
      // 2. Other candidate records of the segment with available stock.
      if (pending > 0) {
        const candidates = allocationCandidates(state, slot.records(), a.criteria, now);
        for (const c of candidates) {
          if (pending <= 0) break;
          if (c.inventoryId === line.inventoryId) continue;
          const cur = slot.get(c.inventoryId) ?? c;
          const avail = cur.details.hasInfiniteInventory ? pending : segmentAvailable(getSegment(cur, a.segmentKey));
          const k = Math.min(pending, avail);
          if (k <= 0) continue;
          slot.changeSegment(line.inventoryId, a.segmentKey, (x) => ({ ...x, pending: x.pending - k }));
          slot.changeSegment(c.inventoryId, a.segmentKey, (x) => ({ ...x, allocated: x.allocated + k }));
          addLine(lines, line.inventoryId, 0, -k);
          addLine(lines, c.inventoryId, k, 0);
          pending -= k;
        }
      }
      if (pending !== line.pending) touched = true;
    }
    if (touched) {
      changed = true;
      const next: Allocation = { ...a, lines: lines.filter((l) => l.allocated !== 0 || l.pending !== 0) };
      draft.putAllocation(key, next, a);
    }
  }
  if (changed) slot.store();
}

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
import { putAllocation } from "./internal/draft/allocation-store.js";
import { putSlot } from "./internal/draft/store.js";
import { getSlot } from "./internal/stored-slot.js";
import { getSegment, type InventoryRecord, type Segment, segmentAvailable, withSegment } from "./records.js";
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

/** Releases what can be released for one (upc, location). Cost: O(pending allocations × records there). */
export function releasePending(state: InventoryState, upc: string, locationCode: string, now: number): InventoryState {
  const keys = state.pendingIndex.get(`${upc}\u0000${locationCode}`);
  if (keys === undefined) return state;
  const records = new Map<number, InventoryRecord>(getSlot(state, upc, locationCode).map((r) => [r.inventoryId, r]));
  const update = (id: number, segKey: string, fn: (s: Segment) => Segment) => {
    const r = records.get(id);
    if (r) records.set(id, withSegment(r, fn(getSegment(r, segKey))));
  };
  let s = state;
  let changed = false;
  for (const key of keys) {
    const a = s.allocations.get(key);
    if (a === undefined) continue;
    const lines = a.lines.map((l) => ({ ...l }));
    let touched = false;
    for (const line of [...lines]) {
      let pending = line.pending;
      if (pending <= 0) continue;
      // 1. The record holding the pending units, if it has unclaimed physical units.
      const own = records.get(line.inventoryId);
      if (own && !isExpired(own, s.settings, now)) {
        const seg = getSegment(own, a.segmentKey);
        const free = own.details.hasInfiniteInventory ? pending : Math.max(0, seg.onHand - seg.allocated);
        const k = Math.min(pending, free);
        if (k > 0) {
          update(own.inventoryId, a.segmentKey, (x) => ({ ...x, allocated: x.allocated + k, pending: x.pending - k }));
          addLine(lines, line.inventoryId, k, -k);
          pending -= k;
        }
      }
      // 2. Other candidate records of the segment with available stock.
      if (pending > 0) {
        const candidates = allocationCandidates(s, [...records.values()], a.criteria, now);
        for (const c of candidates) {
          if (pending <= 0) break;
          if (c.inventoryId === line.inventoryId) continue;
          const cur = records.get(c.inventoryId) ?? c;
          const avail = cur.details.hasInfiniteInventory ? pending : segmentAvailable(getSegment(cur, a.segmentKey));
          const k = Math.min(pending, avail);
          if (k <= 0) continue;
          update(line.inventoryId, a.segmentKey, (x) => ({ ...x, pending: x.pending - k }));
          update(c.inventoryId, a.segmentKey, (x) => ({ ...x, allocated: x.allocated + k }));
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
      s = putAllocation(s, key, next);
    }
  }
  if (!changed) return state;
  return putSlot(s, upc, locationCode, [...records.values()]);
}

/** Releases pending units everywhere they exist (after tag or rule changes). */
export function releaseAllPending(state: InventoryState, now: number): InventoryState {
  let s = state;
  for (const key of [...state.pendingIndex.keys()]) {
    const [upc = "", locationCode = ""] = key.split("\u0000");
    s = releasePending(s, upc, locationCode, now);
  }
  return s;
}

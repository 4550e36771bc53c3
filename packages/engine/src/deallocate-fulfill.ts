/**
 * Deallocate and fulfill (D13). Both act on the allocation of an owner (order item + shipment, or
 * cart item), optionally only on the units held on one record (`inventoryId`). Deallocate gives
 * units back to the segments they came from (pending units first, then the latest allocated ones);
 * with `decrementOnHandOnDeallocate` the allocated units also leave onHand. Fulfill turns allocated
 * units into an onHand deduction. Asking for more than the owner holds is refused, except that a
 * location with `allowFulfillmentWithNoStock` may fulfill beyond it (onHand may go negative).
 */
import { type Allocation, type AllocationLine, allocationKey } from "./allocation-entry.js";
import { allocationCandidates } from "./allocation-strategy.js";
import { readOwner, type OwnerFields } from "./allocation.js";
import { detail, domainError, type ErrorDetail, type InventoryErrorCode } from "./errors.js";
import { SlotEdit } from "./internal/draft/slot-edit.js";
import { StoreDraft } from "./internal/draft/store.js";
import { checkInteger } from "./internal/validate.js";
import { releasePendingIn } from "./pending.js";
import { DEFAULT_DETAILS, granularOrNull } from "./records.js";
import { fail, ok, type Result } from "./result.js";
import { resolveSegment } from "./segment.js";
import type { InventoryState } from "./state.js";
import type { TagInput } from "./tags.js";

/** One deallocate or fulfill item. */
export interface ReleaseItem extends OwnerFields {
  /** Integer ≥ 1. */
  readonly quantity: number;
  /** Act only on the units held on this record. */
  readonly inventoryId?: number;
}

export interface DeallocateRequest {
  readonly items: readonly ReleaseItem[];
  /** Also remove the deallocated units from onHand. @default false */
  readonly decrementOnHandOnDeallocate?: boolean;
}

/** A fulfill item; `upc`, `locationCode` and `tags` are used only to fulfill without any allocation at a location allowing it. */
export interface FulfillItem extends ReleaseItem {
  readonly upc?: string;
  readonly locationCode?: string;
  readonly tags?: TagInput;
}

export interface FulfillRequest {
  readonly items: readonly FulfillItem[];
}

/** Per item: units taken from allocated, from pending, and beyond what was held. */
export interface ReleaseReport {
  readonly index: number;
  readonly allocationKey: string;
  readonly fromAllocated: number;
  readonly fromPending: number;
  readonly beyondAllocation: number;
}

/** Stores what is left of an allocation: its lines still holding units; deleted once it holds nothing and fulfilled nothing. */
function storeAllocation(draft: StoreDraft, a: Allocation, lines: AllocationLine[], fulfilled: number): void {
  const live = lines.filter((l) => l.allocated !== 0 || l.pending !== 0);
  const keep = live.length > 0 || fulfilled > 0;
  draft.putAllocation(a.key, keep ? { ...a, lines: live, fulfilled } : undefined, draft.getAllocation(a.key));
}

function validateBasics(item: ReleaseItem, details: ErrorDetail[], index: number) {
  const owner = readOwner(item, details, index);
  checkInteger(item.quantity, "quantity", details, index, 1);
  if (item.inventoryId !== undefined) checkInteger(item.inventoryId, "inventoryId", details, index, 1);
  return owner;
}

/** Deallocates every item atomically; pending units elsewhere are released afterwards. */
export function deallocate(
  state: InventoryState,
  request: DeallocateRequest,
  now: number,
): Result<InventoryState, { readonly items: readonly ReleaseReport[] }> {
  const details: ErrorDetail[] = [];
  let code: InventoryErrorCode = "validation_failed";
  const reports: ReleaseReport[] = [];
  const touched = new Map<string, [string, string]>();
  const draft = new StoreDraft(state);
  (request.items ?? []).forEach((item, index) => {
    const before = details.length;
    const owner = validateBasics(item, details, index);
    if (details.length > before || owner === undefined) return;
    const key = allocationKey(owner);
    const a = draft.getAllocation(key);
    if (a === undefined) {
      details.push(detail("orderItemId", "allocation_not_found", `No allocation for ${key}`, index));
      code = "not_found";
      return;
    }
    const lines = a.lines.map((l) => ({ ...l }));
    const eligible = lines.filter((l) => item.inventoryId === undefined || l.inventoryId === item.inventoryId);
    const held = eligible.reduce((n, l) => n + l.allocated + l.pending, 0);
    if (item.quantity > held) {
      details.push(detail("quantity", "exceeds_allocated", `Deallocating ${item.quantity} but ${held} are allocated`, index));
      return;
    }
    const slot = new SlotEdit(draft, a.upc, a.locationCode);
    let rest = item.quantity;
    let fromPending = 0;
    let fromAllocated = 0;
    for (const l of [...eligible].reverse()) {
      const k = Math.min(rest, l.pending);
      if (k === 0) continue;
      l.pending -= k;
      rest -= k;
      fromPending += k;
      slot.changeSegment(l.inventoryId, a.segmentKey, (x) => ({ ...x, pending: x.pending - k }));
    }
    for (const l of [...eligible].reverse()) {
      const k = Math.min(rest, l.allocated);
      if (k === 0) continue;
      l.allocated -= k;
      rest -= k;
      fromAllocated += k;
      const dec = request.decrementOnHandOnDeallocate === true ? k : 0;
      slot.changeSegment(l.inventoryId, a.segmentKey, (x) => ({ ...x, allocated: x.allocated - k, onHand: x.onHand - dec }));
    }
    slot.store();
    storeAllocation(draft, a, lines, a.fulfilled);
    touched.set(`${a.upc}\u0000${a.locationCode}`, [a.upc, a.locationCode]);
    reports.push({ index, allocationKey: key, fromAllocated, fromPending, beyondAllocation: 0 });
  });
  if (!Array.isArray(request.items) || request.items.length === 0)
    details.push(detail("items", "required", "items are required"));
  if (details.length > 0) return fail(domainError(code, `deallocate request has ${details.length} problem(s)`, details));
  for (const [upc, loc] of touched.values()) releasePendingIn(draft, upc, loc, now);
  return ok(draft.finish(), { items: reports });
}

/** Fulfills every item atomically: allocated units leave onHand. */
export function fulfill(
  state: InventoryState,
  request: FulfillRequest,
  now: number,
): Result<InventoryState, { readonly items: readonly ReleaseReport[] }> {
  const details: ErrorDetail[] = [];
  let code: InventoryErrorCode = "validation_failed";
  const reports: ReleaseReport[] = [];
  const draft = new StoreDraft(state);
  (request.items ?? []).forEach((item, index) => {
    const before = details.length;
    const owner = validateBasics(item, details, index);
    if (details.length > before || owner === undefined) return;
    const key = allocationKey(owner);
    let a = draft.getAllocation(key);
    if (a === undefined) {
      // Fulfilling with nothing allocated: only where the location allows it, and the item names the segment.
      const loc = item.locationCode === undefined ? undefined : state.locations.get(item.locationCode);
      const seg = resolveSegment(state.tagIndex, item.tags, index);
      if (!loc?.allowFulfillmentWithNoStock || item.upc === undefined || !seg.ok || !loc.supportsInventory) {
        details.push(detail("orderItemId", "allocation_not_found", `No allocation for ${key}`, index));
        code = "not_found";
        return;
      }
      const seq = draft.nextAllocationSeq++;
      a = { key, owner, seq, upc: item.upc, locationCode: loc.code, segmentKey: seg.value, criteria: {}, lines: [], fulfilled: 0 };
    }
    const allocation = a;
    const location = state.locations.get(allocation.locationCode);
    const lines = allocation.lines.map((l) => ({ ...l }));
    const eligible = lines.filter((l) => item.inventoryId === undefined || l.inventoryId === item.inventoryId);
    const allocatedUnits = eligible.reduce((n, l) => n + l.allocated, 0);
    const allowBeyond = location?.allowFulfillmentWithNoStock === true;
    if (item.quantity > allocatedUnits && !allowBeyond) {
      details.push(
        detail("quantity", "exceeds_allocated", `Fulfilling ${item.quantity} but ${allocatedUnits} are allocated`, index),
      );
      return;
    }
    const slot = new SlotEdit(draft, allocation.upc, allocation.locationCode);
    let rest = item.quantity;
    let fromAllocated = 0;
    let fromPending = 0;
    for (const l of eligible) {
      const k = Math.min(rest, l.allocated);
      if (k === 0) continue;
      l.allocated -= k;
      rest -= k;
      fromAllocated += k;
      slot.changeSegment(l.inventoryId, allocation.segmentKey, (x) => ({ ...x, allocated: x.allocated - k, onHand: x.onHand - k }));
    }
    for (const l of eligible) {
      const k = Math.min(rest, l.pending);
      if (k === 0) continue;
      l.pending -= k;
      rest -= k;
      fromPending += k;
      slot.changeSegment(l.inventoryId, allocation.segmentKey, (x) => ({ ...x, pending: x.pending - k, onHand: x.onHand - k }));
    }
    const beyond = rest;
    if (beyond > 0) {
      // Fulfillment debt: take it from the record the units were held on, else the best candidate, else a new record.
      let target = eligible[0] ? slot.get(eligible[0].inventoryId) : undefined;
      target ??= allocationCandidates(state, slot.records(), allocation.criteria, now)[0];
      if (target === undefined) {
        const id = draft.nextInventoryId++;
        target = { inventoryId: id, granular: granularOrNull(allocation.criteria), details: DEFAULT_DETAILS, segments: [] };
        slot.put(target);
      }
      const t = target;
      if (t.details.implicit) slot.put({ ...t, details: { ...t.details, implicit: false } });
      slot.changeSegment(t.inventoryId, allocation.segmentKey, (x) => ({ ...x, onHand: x.onHand - beyond }));
    }
    slot.store();
    storeAllocation(draft, allocation, lines, allocation.fulfilled + item.quantity);
    reports.push({ index, allocationKey: key, fromAllocated, fromPending, beyondAllocation: beyond });
  });
  if (!Array.isArray(request.items) || request.items.length === 0)
    details.push(detail("items", "required", "items are required"));
  if (details.length > 0) return fail(domainError(code, `fulfill request has ${details.length} problem(s)`, details));
  return ok(draft.finish(), { items: reports });
}

/**
 * Allocate (D11, D12). Units come only from the item's segment at the item's location, never from
 * the default or another segment. Candidates and their order: see allocation-strategy.ts. A shortfall
 * becomes `pending` on the best candidate record (with `pendingOnShortfall`, the default) or stays
 * unallocated. Infinite-inventory records always allocate in full. At most `ALLOCATE_ITEM_LIMIT` items
 * per call. Cost per item: O(records of the (location, upc)); per call, linear in the items (the
 * pending index is written once per call: internal/draft/pending-draft.ts).
 */
import {
  type Allocation,
  type AllocationLine,
  type AllocationOwner,
  allocationKey,
} from "./allocation-entry.js";
import { allocationLimitError } from "./allocation-limit.js";
import { candidateRecords } from "./allocation-strategy.js";
import { detail, domainError, type ErrorDetail, type InventoryErrorCode } from "./errors.js";
import { StoreDraft } from "./internal/draft/store.js";
import { slotRecords } from "./internal/stored-slot.js";
import { checkInteger, readGranular, requireString } from "./internal/validate.js";
import { checkItemFeatures } from "./feature-switches.js";
import { writableLocation } from "./locations.js";
import {
  DEFAULT_DETAILS,
  getSegment,
  type GranularKey,
  granularOrNull,
  NO_GRANULAR,
  type RecordDetails,
  sameGranularKey,
  SERIAL_MAX_UNITS,
  type SegmentKey,
  segmentAvailable,
  withSegmentOf,
} from "./records.js";
import { fail, ok, type Result } from "./result.js";
import { resolveSegment } from "./segment.js";
import type { InventoryState } from "./state.js";
import type { TagInput } from "./tags.js";
import type { GranularFields } from "./write-request.js";

/** Identifies the owner of allocated units: an order item in a shipment, or a cart item. */
export interface OwnerFields {
  readonly orderId?: number;
  readonly orderItemId?: number;
  readonly shipmentId?: number;
  readonly cartId?: string;
  readonly cartItemId?: string;
}

/** One allocate item. `condition`, `serialNumber`, `lotCode`, `sku`, `date` narrow the candidates (D11). */
export interface AllocateItem extends OwnerFields, GranularFields {
  readonly upc: string;
  readonly locationCode: string;
  /** Integer ≥ 1. */
  readonly quantity: number;
  readonly tags?: TagInput;
}

export interface AllocateRequest {
  readonly items: readonly AllocateItem[];
}

/** Per item: how many units were allocated, became pending, or stayed unallocated (D12). */
export interface AllocationReport {
  readonly index: number;
  readonly allocationKey: string;
  readonly allocated: number;
  readonly pending: number;
  readonly unallocated: number;
}

const IMPLICIT_DETAILS: RecordDetails = Object.freeze({ ...DEFAULT_DETAILS, implicit: true });
const NO_LINES: readonly AllocationLine[] = [];

/** Reads the owner of an item: order ids win when all three are given; else cart ids. */
export function readOwner(item: OwnerFields, details: ErrorDetail[], index?: number): AllocationOwner | undefined {
  if (item.orderId !== undefined || item.orderItemId !== undefined || item.shipmentId !== undefined) {
    const before = details.length;
    checkInteger(item.orderId, "orderId", details, index, 0);
    checkInteger(item.orderItemId, "orderItemId", details, index, 0);
    checkInteger(item.shipmentId, "shipmentId", details, index, 0);
    if (details.length > before) return undefined;
    return {
      kind: "order",
      orderId: item.orderId as number,
      orderItemId: item.orderItemId as number,
      shipmentId: item.shipmentId as number,
    };
  }
  if (item.cartId !== undefined || item.cartItemId !== undefined) {
    const before = details.length;
    requireString(item.cartId, "cartId", details, index);
    requireString(item.cartItemId, "cartItemId", details, index);
    if (details.length > before) return undefined;
    return { kind: "cart", cartId: item.cartId as string, cartItemId: item.cartItemId as string };
  }
  details.push(detail("orderId", "required", "orderId, orderItemId and shipmentId (or cartId and cartItemId) are required", index));
  return undefined;
}

function sameTarget(a: Allocation, upc: string, locationCode: string, segmentKey: SegmentKey, criteria: GranularKey) {
  return (
    a.upc === upc && a.locationCode === locationCode && a.segmentKey === segmentKey && sameGranularKey(a.criteria, criteria)
  );
}

/** `lines` with units added to the line of `inventoryId` (appended when new); an exact-size copy. */
function addToLines(
  lines: readonly AllocationLine[],
  inventoryId: number,
  allocated: number,
  pending: number,
): AllocationLine[] {
  const n = lines.length;
  let at = n;
  for (let i = 0; i < n; i++) {
    if ((lines[i] as AllocationLine).inventoryId === inventoryId) {
      at = i;
      break;
    }
  }
  const out = new Array<AllocationLine>(at === n ? n + 1 : n);
  for (let i = 0; i < n; i++) out[i] = lines[i] as AllocationLine;
  const cur = lines[at];
  out[at] =
    cur === undefined
      ? { inventoryId, allocated, pending }
      : { inventoryId, allocated: cur.allocated + allocated, pending: cur.pending + pending };
  return out;
}

/**
 * Allocates every item, atomically: if any item is invalid nothing is allocated and every bad item
 * is listed. Allocating again for the same owner adds to its allocation (same upc, location,
 * segment and criteria; otherwise 409 `conflict`). More than `ALLOCATE_ITEM_LIMIT` items:
 * `limit_exceeded`, and nothing else is checked.
 */
export function allocate(
  state: InventoryState,
  request: AllocateRequest,
  now: number,
): Result<InventoryState, { readonly items: readonly AllocationReport[] }> {
  const tooMany = Array.isArray(request.items) ? allocationLimitError(request.items.length) : undefined;
  return tooMany === undefined ? allocateAll(state, request, now) : fail(tooMany);
}

/**
 * {@link allocate} without the item limit, for the engine's own callers whose item count is
 * bounded elsewhere (an order's lines on submit).
 */
export function allocateAll(
  state: InventoryState,
  request: AllocateRequest,
  now: number,
): Result<InventoryState, { readonly items: readonly AllocationReport[] }> {
  if (!Array.isArray(request.items) || request.items.length === 0)
    return fail(domainError("validation_failed", "items are required", [detail("items", "required", "items are required")]));
  const details: ErrorDetail[] = [];
  let code: InventoryErrorCode = "validation_failed";
  // Every item reports once when the request succeeds (a failed request returns no reports).
  const reports = new Array<AllocationReport>(request.items.length);
  // Writes go to a draft (one state copy at the end); ids come from its local counters.
  const draft = new StoreDraft(state);
  const tags = state.tagIndex;
  const items = request.items;
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as AllocateItem;
    const before = details.length;
    const owner = readOwner(item, details, index);
    requireString(item.upc, "upc", details, index);
    checkInteger(item.quantity, "quantity", details, index, 1);
    const criteria = readGranular(item, details, index) ?? NO_GRANULAR;
    checkItemFeatures(state.settings, item, details, index);
    const location = typeof item.locationCode === "string" ? writableLocation(state, item.locationCode, index) : undefined;
    if (location === undefined) details.push(detail("locationCode", "required", "locationCode is required", index));
    else if ("details" in location) {
      details.push(...location.details);
      if (code === "validation_failed" || location.code === "location_not_found") code = location.code;
    }
    const seg = resolveSegment(tags, item.tags, index);
    if (!seg.ok) details.push(...seg.details);
    if (criteria.serialNumber !== undefined && item.quantity !== SERIAL_MAX_UNITS)
      details.push(detail("quantity", "serial_quantity", "A serial number allocates exactly 1 unit", index));
    if (details.length > before || owner === undefined || !seg.ok) continue;
    const upc = item.upc;
    const locationCode = item.locationCode;
    const key = allocationKey(owner);
    const existing = draft.getAllocation(key);
    if (existing && !sameTarget(existing, upc, locationCode, seg.value, criteria)) {
      details.push(detail("orderItemId", "allocation_conflict", `${key} already holds units of another item or segment`, index));
      if (code === "validation_failed") code = "conflict";
      continue;
    }
    const byLocation = draft.byLocation(upc);
    const slot = slotRecords(byLocation?.get(locationCode));
    if (criteria.serialNumber !== undefined && !slot.some((r) => r.granular?.serialNumber === criteria.serialNumber)) {
      details.push(detail("serialNumber", "serial_not_found", `No record with serial number ${criteria.serialNumber}`, index));
      continue;
    }
    // The slot's records as changed so far (same order; a new pending holder goes last).
    const records = slot.slice();
    let lines: readonly AllocationLine[] = existing ? existing.lines : NO_LINES;
    let remaining = item.quantity;
    let allocated = 0;
    const candidates = candidateRecords(state, slot, criteria, now);
    for (const c of candidates) {
      if (remaining === 0) break;
      const at = slot.indexOf(c);
      const sg = getSegment(c, seg.value);
      const k = c.details.hasInfiniteInventory ? remaining : Math.min(remaining, Math.max(0, segmentAvailable(sg)));
      if (k === 0) continue;
      records[at] = withSegmentOf(c, sg.key, sg.onHand, sg.allocated + k, sg.pending);
      lines = addToLines(lines, c.inventoryId, k, 0);
      remaining -= k;
      allocated += k;
    }
    let pending = 0;
    if (remaining > 0 && state.settings.pendingOnShortfall) {
      let holder = candidates[0] ?? slot.find((r) => sameGranularKey(r.granular, criteria));
      let at = holder === undefined ? -1 : slot.indexOf(holder);
      if (holder === undefined) {
        holder = {
          inventoryId: draft.nextInventoryId++,
          granular: granularOrNull(criteria),
          details: IMPLICIT_DETAILS,
          segments: [],
        };
        at = records.length;
      }
      const current = records[at] ?? holder;
      const sg = getSegment(current, seg.value);
      records[at] = withSegmentOf(current, sg.key, sg.onHand, sg.allocated, sg.pending + remaining);
      lines = addToLines(lines, holder.inventoryId, 0, remaining);
      pending = remaining;
      remaining = 0;
    }
    if (allocated + pending > 0) {
      draft.putSlot(upc, locationCode, records, byLocation, slot.length > 0);
      const seq = existing?.seq ?? draft.nextAllocationSeq++;
      const allocation: Allocation = {
        key,
        owner,
        seq,
        upc,
        locationCode,
        segmentKey: seg.value,
        criteria,
        lines,
        fulfilled: existing?.fulfilled ?? 0,
      };
      draft.putAllocation(key, allocation, existing);
    }
    reports[index] = { index, allocationKey: key, allocated, pending, unallocated: remaining };
  }
  if (details.length > 0) return fail(domainError(code, `allocate request has ${details.length} problem(s)`, details));
  return ok(draft.finish(), { items: reports });
}

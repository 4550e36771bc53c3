/**
 * Refresh and adjust (D7, D8, D9, D18). Refresh sets onHand of the addressed (record, segment);
 * adjust adds a signed delta. The request is validated whole: every bad item is listed and nothing
 * is applied. Items are applied in order, so two items for the same segment: the last refresh wins,
 * adjusts add up. Allocated and pending units are never touched; pending units are released after.
 */
import { detail, domainError, type ErrorDetail } from "./errors.js";
import { writeFuture, applyDueFutureInventory } from "./future-inventory.js";
import { normalizeDate } from "./internal/dates.js";
import { getSlot, putSlots } from "./internal/store.js";
import { checkInteger, readGranular, requireString } from "./internal/validate.js";
import { writableLocation } from "./locations.js";
import { splitPool } from "./percentage-split.js";
import { releasePending } from "./pending.js";
import {
  DEFAULT_DETAILS,
  getSegment,
  type GranularKey,
  type InventoryRecord,
  isSpentImplicit,
  type RecordDetails,
  recordTotals,
  sameGranularKey,
  withSegment,
} from "./records.js";
import { fail, ok, type Result } from "./result.js";
import { resolveSegment, resolveWriteTarget, type WriteTarget } from "./segment.js";
import type { InventoryState } from "./state.js";
import {
  ADJUST_ITEM_LIMIT,
  type AdjustItem,
  type AdjustRequest,
  REFRESH_ITEM_LIMIT,
  type RefreshItem,
  type RefreshRequest,
} from "./write-request.js";

/** What a successful refresh/adjust reports. */
export interface WriteSummary {
  readonly locationCode: string;
  readonly itemCount: number;
  /** Ids of the records written, in item order (future items excluded). */
  readonly inventoryIds: readonly number[];
  /** Ids of the future records written. */
  readonly futureInventoryIds: readonly number[];
}

type Mode = "refresh" | "adjust";
type AnyItem = RefreshItem | AdjustItem;

function isRefreshItem(mode: Mode, _item: AnyItem): _item is RefreshItem {
  return mode === "refresh";
}

function checkOptionalNumber(v: unknown, field: string, details: ErrorDetail[], index: number, integer: boolean) {
  if (v === undefined) return;
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || (integer && !Number.isInteger(v)))
    details.push(detail(field, "invalid", `${field} must be a ${integer ? "non-negative integer" : "non-negative number"}`, index));
}

/** Static checks of one item; returns its granular key and target, or pushes details. */
function checkItem(state: InventoryState, mode: Mode, item: AnyItem, index: number, details: ErrorDetail[]) {
  const before = details.length;
  requireString(item.upc, "upc", details, index);
  if (mode === "refresh") {
    if (item.quantity !== undefined) checkInteger(item.quantity, "quantity", details, index, 0);
  } else checkInteger(item.quantity, "quantity", details, index);
  const granular = readGranular(item, details, index);
  if (isRefreshItem(mode, item)) {
    checkOptionalNumber(item.safetyStock, "safetyStock", details, index, true);
    checkOptionalNumber(item.floor, "floor", details, index, true);
    checkOptionalNumber(item.retailPrice, "retailPrice", details, index, false);
    if (item.ltd !== undefined && (typeof item.ltd !== "number" || !Number.isFinite(item.ltd)))
      details.push(detail("ltd", "invalid", "ltd must be a number", index));
    if (granular?.serialNumber !== undefined && item.quantity !== undefined && item.quantity > 1)
      details.push(detail("quantity", "serial_quantity", "A serial-numbered record holds 0 or 1 unit", index));
  }
  let deliveryDate: string | undefined;
  if (item.deliveryDate !== undefined) {
    deliveryDate = typeof item.deliveryDate === "string" ? normalizeDate(item.deliveryDate) : undefined;
    if (deliveryDate === undefined)
      details.push(detail("deliveryDate", "invalid_date", "deliveryDate must be an ISO-8601 date-time", index));
    if (granular !== null)
      details.push(detail("deliveryDate", "granular_future", "Future inventory cannot carry granular fields", index));
    if (item.quantity === undefined)
      details.push(detail("quantity", "required", "Future inventory needs a quantity", index));
  }
  let target: WriteTarget | undefined;
  if (deliveryDate !== undefined) {
    const r = resolveSegment(state.tagCategories, item.tags, index);
    if (r.ok) target = { kind: "direct", key: r.value };
    else details.push(...r.details);
  } else {
    const r = resolveWriteTarget(state.tagCategories, item.tags, index);
    if (r.ok) target = r.value;
    else details.push(...r.details);
  }
  if (details.length > before || target === undefined) return undefined;
  return { granular, target, deliveryDate };
}

function withMetadata(details: RecordDetails, item: RefreshItem): RecordDetails {
  const d: { -readonly [K in keyof RecordDetails]: RecordDetails[K] } = { ...details, implicit: false };
  if (item.safetyStock !== undefined) d.safetyStock = item.safetyStock;
  if (item.floor !== undefined) d.floor = item.floor;
  if (item.ltd !== undefined) d.ltd = item.ltd;
  if (item.retailPrice !== undefined) d.retailPrice = item.retailPrice;
  if (item.currencyId !== undefined) d.currencyId = item.currencyId;
  if (item.inventoryLocatorName !== undefined) d.inventoryLocatorName = item.inventoryLocatorName;
  if (item.attributes !== undefined) d.attributes = [...item.attributes];
  if (item.partNumber !== undefined) d.partNumber = item.partNumber;
  if (item.hasInfiniteInventory !== undefined) d.hasInfiniteInventory = item.hasInfiniteInventory;
  return d;
}

/**
 * Whether two field values serialise alike. Equal values do; two distinct strings never do; anything
 * else (numbers such as NaN vs null, arrays, unvalidated input) falls back to JSON.
 */
function sameValue(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x === "string" && typeof y === "string") return false;
  return JSON.stringify(x) === JSON.stringify(y);
}

function sameAttributes(x: readonly string[] | undefined, y: readonly string[] | undefined): boolean {
  if (x === y) return true;
  if (!Array.isArray(x) || !Array.isArray(y)) return sameValue(x, y);
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (!sameValue(x[i], y[i])) return sameValue(x, y);
  return true;
}

/** Field-by-field equality of record details (what a JSON comparison of the two would say). */
function sameDetails(a: RecordDetails, b: RecordDetails): boolean {
  return (
    a === b ||
    (sameValue(a.safetyStock, b.safetyStock) &&
      sameValue(a.floor, b.floor) &&
      sameValue(a.ltd, b.ltd) &&
      sameValue(a.retailPrice, b.retailPrice) &&
      sameValue(a.currencyId, b.currencyId) &&
      sameValue(a.inventoryLocatorName, b.inventoryLocatorName) &&
      sameAttributes(a.attributes, b.attributes) &&
      sameValue(a.partNumber, b.partNumber) &&
      sameValue(a.hasInfiniteInventory, b.hasInfiniteInventory) &&
      sameValue(a.implicit, b.implicit))
  );
}

/**
 * Whether `withMetadata(details, item)` would equal `details` (see {@link sameDetails}), answered
 * without building it. False when unsure (then the caller builds and compares).
 */
function metadataUnchanged(details: RecordDetails, item: RefreshItem): boolean {
  return (
    sameValue(details.implicit, false) &&
    (item.safetyStock === undefined || sameValue(item.safetyStock, details.safetyStock)) &&
    (item.floor === undefined || sameValue(item.floor, details.floor)) &&
    (item.ltd === undefined || sameValue(item.ltd, details.ltd)) &&
    (item.retailPrice === undefined || sameValue(item.retailPrice, details.retailPrice)) &&
    (item.currencyId === undefined || sameValue(item.currencyId, details.currencyId)) &&
    (item.inventoryLocatorName === undefined || sameValue(item.inventoryLocatorName, details.inventoryLocatorName)) &&
    (item.attributes === undefined ||
      (Array.isArray(item.attributes) && sameAttributes(item.attributes, details.attributes))) &&
    (item.partNumber === undefined || sameValue(item.partNumber, details.partNumber)) &&
    (item.hasInfiniteInventory === undefined || sameValue(item.hasInfiniteInventory, details.hasInfiniteInventory))
  );
}

/** Applies the quantity of one item to one record; returns the record or an error detail. */
function applyQuantity(
  record: InventoryRecord,
  mode: Mode,
  quantity: number | undefined,
  target: WriteTarget,
  index: number,
): InventoryRecord | ErrorDetail {
  if (quantity === undefined) return record;
  if (target.kind === "direct") {
    const seg = getSegment(record, target.key);
    const onHand = mode === "refresh" ? quantity : seg.onHand + quantity;
    if (onHand < 0) return detail("quantity", "negative_on_hand", `onHand would become ${onHand}`, index);
    return withSegment(record, { ...seg, onHand });
  }
  const segs = target.keys.map((k) => getSegment(record, k));
  const current = segs.reduce((a, s) => a + s.onHand, 0);
  const total = mode === "refresh" ? quantity : current + quantity;
  if (total < 0) return detail("quantity", "negative_on_hand", `onHand would become ${total}`, index);
  const onHand = splitPool(
    total,
    segs.map((s) => s.allocated + s.pending),
    target.weights,
  );
  let r = record;
  segs.forEach((s, i) => {
    r = withSegment(r, { ...s, onHand: onHand[i] ?? 0 });
  });
  return r;
}

function write(
  state: InventoryState,
  mode: Mode,
  request: RefreshRequest | AdjustRequest,
  now: number,
): Result<InventoryState, WriteSummary> {
  const limit = mode === "refresh" ? REFRESH_ITEM_LIMIT : ADJUST_ITEM_LIMIT;
  if (!Array.isArray(request.items) || request.items.length === 0)
    return fail(domainError("validation_failed", "items are required", [detail("items", "required", "items are required")]));
  if (request.items.length > limit)
    return fail(
      domainError("limit_exceeded", `A ${mode} takes at most ${limit} items`, [
        detail("items", "too_many_items", `${request.items.length} items exceed the limit of ${limit}`),
      ]),
    );
  const location = writableLocation(state, request.locationCode);
  if ("code" in location && "details" in location) return fail(location);
  const locationCode = request.locationCode;
  const details: ErrorDetail[] = [];
  let s = state;
  const inventoryIds: number[] = [];
  const futureInventoryIds: number[] = [];
  const touched = new Set<string>();
  // Slots written so far (upc → records, in first-write order), stored once at the end; ids come
  // from a local counter written back once.
  const slots = new Map<string, readonly InventoryRecord[]>();
  let nextInventoryId = s.counters.inventoryId;
  (request.items as readonly AnyItem[]).forEach((item, index) => {
    const checked = checkItem(state, mode, item, index, details);
    if (checked === undefined) return;
    const { granular, target, deliveryDate } = checked;
    if (deliveryDate !== undefined && target.kind === "direct") {
      const written = writeFuture(
        s,
        {
          locationCode,
          upc: item.upc,
          segmentKey: target.key,
          ...(item.externalId === undefined ? {} : { externalId: item.externalId }),
          deliveryDate,
          quantity: item.quantity ?? 0,
          type: mode === "refresh" ? "REFRESH" : "ADJUST",
        },
        now,
        index,
      );
      if ("detail" in written) details.push(written.detail);
      else {
        s = written.state;
        futureInventoryIds.push(written.futureInventoryId);
      }
      return;
    }
    const slot = slots.get(item.upc) ?? getSlot(s, item.upc, locationCode);
    let record = slot.find((r) => sameGranularKey(r.granular, granular));
    if (record === undefined) {
      const id = nextInventoryId++;
      record = { inventoryId: id, granular: granular as GranularKey | null, details: DEFAULT_DETAILS, segments: [] };
    }
    const next = applyQuantity(record, mode, item.quantity, target, index);
    if ("code" in next) {
      details.push(next);
      return;
    }
    let updated = next;
    if (isRefreshItem(mode, item)) {
      // metadataUnchanged: withMetadata would build an equal copy, so the details stay as they are.
      if (!metadataUnchanged(updated.details, item)) {
        const d = withMetadata(updated.details, item);
        if (!sameDetails(d, updated.details))
          updated = { ...updated, details: sameDetails(d, DEFAULT_DETAILS) ? DEFAULT_DETAILS : d };
      }
    } else if (updated.details.implicit) updated = { ...updated, details: { ...updated.details, implicit: false } };
    if (updated.granular?.serialNumber !== undefined && recordTotals(updated).onHand > 1) {
      details.push(detail("quantity", "serial_quantity", "A serial-numbered record holds 0 or 1 unit", index));
      return;
    }
    let nextSlot: readonly InventoryRecord[] = slot.some((r) => r.inventoryId === updated.inventoryId)
      ? slot.map((r) => (r.inventoryId === updated.inventoryId ? updated : r))
      : [...slot, updated];
    // D3: safety stock of granular records applies to every record of the (location, upc).
    const safety = isRefreshItem(mode, item) ? item.safetyStock : undefined;
    if (safety !== undefined && granular !== null)
      nextSlot = nextSlot.map((r) => (r.details.safetyStock === safety ? r : { ...r, details: { ...r.details, safetyStock: safety } }));
    // putSlots drops spent implicit records on store; drop them here too, as later items read this slot.
    slots.set(item.upc, nextSlot.some(isSpentImplicit) ? nextSlot.filter((r) => !isSpentImplicit(r)) : nextSlot);
    inventoryIds.push(updated.inventoryId);
    touched.add(item.upc);
  });
  if (details.length > 0)
    return fail(domainError("validation_failed", `${mode} request has ${details.length} invalid item field(s)`, details));
  s = putSlots(s, locationCode, slots);
  if (nextInventoryId !== s.counters.inventoryId) s = { ...s, counters: { ...s.counters, inventoryId: nextInventoryId } };
  for (const upc of touched) s = releasePending(s, upc, locationCode, now);
  if (futureInventoryIds.length > 0) {
    const due = applyDueFutureInventory(s, now);
    if (due.ok) s = due.state;
  }
  return ok(s, { locationCode, itemCount: request.items.length, inventoryIds, futureInventoryIds });
}

/** Refresh: sets onHand absolutely per item (D8). Limit 12,000 items. */
export function refresh(state: InventoryState, request: RefreshRequest, now: number): Result<InventoryState, WriteSummary> {
  return write(state, "refresh", request, now);
}

/** Adjust: adds a signed delta per item (D8); a result below 0 is refused. Limit 1,000 items. */
export function adjust(state: InventoryState, request: AdjustRequest, now: number): Result<InventoryState, WriteSummary> {
  return write(state, "adjust", request, now);
}

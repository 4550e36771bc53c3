/**
 * Refresh and adjust (D7, D8, D9, D18). Refresh sets onHand of the addressed (record, segment);
 * adjust adds a signed delta. The request is validated whole: every bad item is listed and nothing
 * is applied. Items are applied in order, so two items for the same segment: the last refresh wins,
 * adjusts add up. Allocated and pending units are never touched; pending units are released after.
 */
import { detail, domainError, type ErrorDetail, type InventoryDomainError } from "./errors.js";
import { writeFuture, applyDueFutureInventory } from "./future-inventory.js";
import { normalizeDate } from "./internal/dates.js";
import { type RecordEdit, WriteDraft } from "./internal/draft/write-draft.js";
import { checkInteger, readGranular, requireString } from "./internal/validate.js";
import { checkItemFeatures } from "./feature-switches.js";
import { writableLocation } from "./locations.js";
import { splitPool } from "./percentage-split.js";
import { releasePendingIn } from "./pending.js";
import {
  DEFAULT_DETAILS,
  getSegment,
  type GranularKey,
  type InventoryRecord,
  QUANTITY_MAX,
  quantitiesInRange,
  recordTotals,
  SERIAL_MAX_UNITS,
  type Segment,
  type SegmentKey,
} from "./records.js";
import { metadataUnchanged, sameDetails, withMetadata } from "./record-metadata.js";
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

/** What {@link checkItem} found: where the quantity goes, the granular key, the normalised delivery date. */
interface CheckedItem {
  readonly target: WriteTarget;
  readonly granular: GranularKey | null;
  readonly deliveryDate: string | undefined;
}

/** Static checks of one item; returns what it addresses, or pushes details and returns undefined. */
function checkItem(state: InventoryState, mode: Mode, item: AnyItem, index: number, details: ErrorDetail[]): CheckedItem | undefined {
  const before = details.length;
  requireString(item.upc, "upc", details, index);
  if (mode === "refresh") {
    if (item.quantity !== undefined) checkInteger(item.quantity, "quantity", details, index, 0);
  } else checkInteger(item.quantity, "quantity", details, index);
  const granular = readGranular(item, details, index);
  checkItemFeatures(state.settings, item, details, index);
  if (isRefreshItem(mode, item)) {
    checkOptionalNumber(item.safetyStock, "safetyStock", details, index, true);
    checkOptionalNumber(item.floor, "floor", details, index, true);
    checkOptionalNumber(item.retailPrice, "retailPrice", details, index, false);
    if (item.ltd !== undefined && (typeof item.ltd !== "number" || !Number.isFinite(item.ltd)))
      details.push(detail("ltd", "invalid", "ltd must be a number", index));
    if (granular?.serialNumber !== undefined && item.quantity !== undefined && item.quantity > SERIAL_MAX_UNITS)
      details.push(serialDetail(index));
  }
  let deliveryDate: string | undefined;
  if (item.deliveryDate !== undefined) {
    deliveryDate = typeof item.deliveryDate === "string" ? normalizeDate(item.deliveryDate) : undefined;
    if (deliveryDate === undefined)
      details.push(detail("deliveryDate", "invalid_date", "deliveryDate must be an ISO-8601 date-time", index));
    if (item.quantity === undefined)
      details.push(detail("quantity", "required", "Future inventory needs a quantity", index));
  }
  let target: WriteTarget | undefined;
  if (deliveryDate !== undefined) {
    const r = resolveSegment(state.tagIndex, item.tags, index);
    if (r.ok) target = { kind: "direct", key: r.value };
    else details.push(...r.details);
  } else {
    const r = resolveWriteTarget(state.tagIndex, item.tags, index);
    if (r.ok) target = r.value;
    else details.push(...r.details);
  }
  if (details.length > before || target === undefined) return undefined;
  return { target, granular, deliveryDate };
}

/** The refusal of a serial-numbered record holding more than one unit (D9). */
function serialDetail(index: number): ErrorDetail {
  return detail("quantity", "serial_quantity", "A serial-numbered record holds 0 or 1 unit", index);
}

/** The segment of `record` with `key`, if stored. */
function findSegment(record: InventoryRecord, key: SegmentKey): Segment | undefined {
  for (const s of record.segments) if (s.key === key) return s;
  return undefined;
}

/** An onHand past the 32-bit range (`QUANTITY_MAX`). */
function outOfRange(onHand: number, index: number): ErrorDetail {
  return detail("quantity", "quantity_out_of_range", `onHand would become ${onHand}, past the largest quantity ${QUANTITY_MAX}`, index);
}

/**
 * D7, D8: applies the quantity of one item to the edited record — refresh sets onHand, adjust adds
 * to it, a pool splits it over its segments. Returns an error detail (then nothing was changed).
 * Allocated and pending units are never touched.
 */
function applyQuantity(
  edit: RecordEdit,
  mode: Mode,
  quantity: number | undefined,
  target: WriteTarget,
  index: number,
  setsAvailable: boolean,
): ErrorDetail | undefined {
  if (quantity === undefined) return undefined;
  const record = edit.record;
  if (target.kind === "direct") {
    const seg = findSegment(record, target.key);
    // Setting `quantitySetsAvailable`: a refresh sets available, so onHand also covers what is committed.
    const committed = setsAvailable ? (seg?.allocated ?? 0) + (seg?.pending ?? 0) : 0;
    const onHand = mode === "refresh" ? quantity + committed : (seg?.onHand ?? 0) + quantity;
    if (onHand < 0) return detail("quantity", "negative_on_hand", `onHand would become ${onHand}`, index);
    if (onHand > QUANTITY_MAX) return outOfRange(onHand, index);
    if (seg?.onHand !== onHand) edit.setSegment(target.key, onHand, seg?.allocated ?? 0, seg?.pending ?? 0);
    return undefined;
  }
  const segs = target.keys.map((k) => getSegment(record, k));
  const current = segs.reduce((a, s) => a + s.onHand, 0);
  const committed = setsAvailable ? segs.reduce((a, s) => a + s.allocated + s.pending, 0) : 0;
  const total = mode === "refresh" ? quantity + committed : current + quantity;
  if (total < 0) return detail("quantity", "negative_on_hand", `onHand would become ${total}`, index);
  if (total > QUANTITY_MAX) return outOfRange(total, index);
  const onHand = splitPool(
    total,
    segs.map((s) => s.allocated + s.pending),
    target.weights,
  );
  segs.forEach((s, i) => {
    edit.setSegment(s.key, onHand[i] ?? 0, s.allocated, s.pending);
  });
  return undefined;
}

/**
 * A refresh item's metadata fields go to the record's details; an adjust sets only the infinite-
 * inventory mark (when given) and makes an implicit record explicit.
 */
function applyMetadata(edit: RecordEdit, mode: Mode, item: AnyItem): void {
  const current = edit.record.details;
  if (isRefreshItem(mode, item)) {
    // metadataUnchanged: withMetadata would build an equal copy, so the details stay as they are.
    if (metadataUnchanged(current, item)) return;
    const d = withMetadata(current, item);
    if (!sameDetails(d, current)) edit.setDetails(sameDetails(d, DEFAULT_DETAILS) ? DEFAULT_DETAILS : d);
  } else if (item.hasInfiniteInventory !== undefined && item.hasInfiniteInventory !== current.hasInfiniteInventory)
    edit.setDetails({ ...current, implicit: false, hasInfiniteInventory: item.hasInfiniteInventory });
  else if (current.implicit) edit.setDetails({ ...current, implicit: false });
}

/** D3: the safety stock of a granular record applies to every record of the (location, upc). */
function withSafetyStock(safetyStock: number): (r: InventoryRecord) => InventoryRecord {
  return (r) => (r.details.safetyStock === safetyStock ? r : { ...r, details: { ...r.details, safetyStock } });
}

/** The request as a whole: items present and within the limit, the location writable. */
function checkRequest(state: InventoryState, mode: Mode, request: RefreshRequest | AdjustRequest): InventoryDomainError | undefined {
  const limit = mode === "refresh" ? REFRESH_ITEM_LIMIT : ADJUST_ITEM_LIMIT;
  if (!Array.isArray(request.items) || request.items.length === 0)
    return domainError("validation_failed", "items are required", [detail("items", "required", "items are required")]);
  if (request.items.length > limit)
    return domainError("limit_exceeded", `A ${mode} takes at most ${limit} items`, [
      detail("items", "too_many_items", `${request.items.length} items exceed the limit of ${limit}`),
    ]);
  const location = writableLocation(state, request.locationCode);
  if ("code" in location && "details" in location) return location;
  return undefined;
}

function write(
  state: InventoryState,
  mode: Mode,
  request: RefreshRequest | AdjustRequest,
  now: number,
): Result<InventoryState, WriteSummary> {
  const refused = checkRequest(state, mode, request);
  if (refused !== undefined) return fail(refused);
  const locationCode = request.locationCode;
  const details: ErrorDetail[] = [];
  const inventoryIds: number[] = [];
  const futureInventoryIds: number[] = [];
  const draft = new WriteDraft(state, locationCode);
  // Future records are written beside the draft (it stages current stock only).
  let withFutures = state;
  const items = request.items as readonly AnyItem[];
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as AnyItem;
    const checked = checkItem(state, mode, item, index, details);
    if (checked === undefined) continue;
    const { target, granular, deliveryDate } = checked;
    // D18: an item with a delivery date writes a future record of its segment.
    if (deliveryDate !== undefined && target.kind === "direct") {
      const written = writeFuture(
        withFutures,
        {
          locationCode,
          upc: item.upc,
          segmentKey: target.key,
          granular,
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
        withFutures = written.state;
        futureInventoryIds.push(written.futureInventoryId);
      }
      continue;
    }
    const edit = draft.open(item.upc, granular);
    const refusedQuantity = applyQuantity(edit, mode, item.quantity, target, index, state.settings.quantitySetsAvailable);
    if (refusedQuantity !== undefined) {
      details.push(refusedQuantity);
      continue;
    }
    // Quantities stay 32-bit: the record's totals and available too (its other segments, allocated and pending units).
    if (!quantitiesInRange(edit.record)) {
      details.push(outOfRange(recordTotals(edit.record).onHand, index));
      continue;
    }
    applyMetadata(edit, mode, item);
    // D9: a serial-numbered record holds 0 or 1 unit.
    if (edit.record.granular?.serialNumber !== undefined && recordTotals(edit.record).onHand > SERIAL_MAX_UNITS) {
      details.push(serialDetail(index));
      continue;
    }
    draft.commit(edit);
    const safetyStock = isRefreshItem(mode, item) ? item.safetyStock : undefined;
    if (safetyStock !== undefined && granular !== null) draft.mapSlot(withSafetyStock(safetyStock));
    inventoryIds.push(edit.record.inventoryId);
  }
  if (details.length > 0)
    return fail(domainError("validation_failed", `${mode} request has ${details.length} invalid item field(s)`, details));
  const store = draft.flush();
  // D12: pending units where stock was written are released, once per upc, in first-write order.
  for (const upc of draft.writtenUpcs()) releasePendingIn(store, upc, locationCode, now);
  let s = store.finish(withFutures);
  // D18: a future record already due arrives at once.
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

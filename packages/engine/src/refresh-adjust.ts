/**
 * Refresh and adjust (D7, D8, D9, D18). Refresh sets onHand of the addressed (record, segment);
 * adjust adds a signed delta. The request is validated whole: every bad item is listed and nothing
 * is applied. Items are applied in order, so two items for the same segment: the last refresh wins,
 * adjusts add up. Allocated and pending units are never touched; pending units are released after.
 */
import { detail, domainError, type ErrorDetail } from "./errors.js";
import { writeFuture, applyDueFutureInventory } from "./future-inventory.js";
import { normalizeDate } from "./internal/dates.js";
import { StoreDraft, slotRecords } from "./internal/store.js";
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
  type Segment,
  type SegmentKey,
  withSegment,
} from "./records.js";
import { metadataUnchanged, sameDetails, withMetadata } from "./record-metadata.js";
import { fail, ok, type Result } from "./result.js";
import { resolveSegment, resolveWriteTarget, type WriteTarget } from "./segment.js";
import type { PersistentMap } from "./persistent-map.js";
import type { InventoryState, StoredSlot } from "./state.js";
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

/** The segment of `record` with `key`, if stored. */
function findSegment(record: InventoryRecord, key: SegmentKey): Segment | undefined {
  for (const s of record.segments) if (s.key === key) return s;
  return undefined;
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
    const seg = findSegment(record, target.key);
    const onHand = mode === "refresh" ? quantity : (seg?.onHand ?? 0) + quantity;
    if (onHand < 0) return detail("quantity", "negative_on_hand", `onHand would become ${onHand}`, index);
    if (seg?.onHand === onHand) return record;
    return withSegment(record, { key: target.key, onHand, allocated: seg?.allocated ?? 0, pending: seg?.pending ?? 0 });
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

/** One (upc, location) slot of the request's location while the request is applied. */
interface WrittenSlot {
  /** `state.records.get(upc)`, looked up once. */
  readonly byLocation: PersistentMap<string, StoredSlot> | undefined;
  records: readonly InventoryRecord[];
  /** Whether the slot held no records before this request. */
  readonly wasEmpty: boolean;
  changed?: true;
}

/** A record with other details (a literal: every record keeps one object shape). */
function withDetails(r: InventoryRecord, details: RecordDetails): InventoryRecord {
  return { inventoryId: r.inventoryId, granular: r.granular, details, segments: r.segments };
}

/** The slot with `record` replacing the record of the same id, or appended. */
function replaceOrAppend(slot: readonly InventoryRecord[], record: InventoryRecord): readonly InventoryRecord[] {
  const n = slot.length;
  for (let i = 0; i < n; i++) {
    if ((slot[i] as InventoryRecord).inventoryId === record.inventoryId) {
      const out = slot.slice();
      out[i] = record;
      return out;
    }
  }
  const out = new Array<InventoryRecord>(n + 1);
  for (let i = 0; i < n; i++) out[i] = slot[i] as InventoryRecord;
  out[n] = record;
  return out;
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
  // Slots written so far (upc → records, in first-write order), stored once at the end; ids come
  // from a local counter written back once.
  const slots = new Map<string, WrittenSlot>();
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
    let written = slots.get(item.upc);
    if (written === undefined) {
      const byLocation = state.records.get(item.upc);
      const records = slotRecords(byLocation?.get(locationCode));
      written = { byLocation, records, wasEmpty: records.length === 0 };
      slots.set(item.upc, written);
    }
    const slot = written.records;
    let record: InventoryRecord | undefined;
    for (const r of slot) {
      if (sameGranularKey(r.granular, granular)) {
        record = r;
        break;
      }
    }
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
          updated = withDetails(updated, sameDetails(d, DEFAULT_DETAILS) ? DEFAULT_DETAILS : d);
      }
    } else if (updated.details.implicit) updated = withDetails(updated, { ...updated.details, implicit: false });
    if (updated.granular?.serialNumber !== undefined && recordTotals(updated).onHand > 1) {
      details.push(detail("quantity", "serial_quantity", "A serial-numbered record holds 0 or 1 unit", index));
      return;
    }
    let nextSlot = replaceOrAppend(slot, updated);
    // D3: safety stock of granular records applies to every record of the (location, upc).
    const safety = isRefreshItem(mode, item) ? item.safetyStock : undefined;
    if (safety !== undefined && granular !== null)
      nextSlot = nextSlot.map((r) => (r.details.safetyStock === safety ? r : { ...r, details: { ...r.details, safetyStock: safety } }));
    // putSlots drops spent implicit records on store; drop them here too, as later items read this slot.
    written.records = nextSlot.some(isSpentImplicit) ? nextSlot.filter((r) => !isSpentImplicit(r)) : nextSlot;
    written.changed = true;
    inventoryIds.push(updated.inventoryId);
  });
  if (details.length > 0)
    return fail(domainError("validation_failed", `${mode} request has ${details.length} invalid item field(s)`, details));
  const draft = new StoreDraft(s);
  for (const [upc, w] of slots) if (w.changed) draft.putSlot(upc, locationCode, w.records, w.byLocation, !w.wasEmpty);
  draft.nextInventoryId = nextInventoryId;
  s = draft.finish();
  if (s.pendingIndex.size > 0)
    for (const [upc, w] of slots) if (w.changed) s = releasePending(s, upc, locationCode, now);
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

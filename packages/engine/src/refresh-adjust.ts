/**
 * Refresh and adjust (D7, D8, D9, D18). Refresh sets onHand of the addressed (record, segment);
 * adjust adds a signed delta. The request is validated whole: every bad item is listed and nothing
 * is applied. Items are applied in order, so two items for the same segment: the last refresh wins,
 * adjusts add up. Allocated and pending units are never touched; pending units are released after.
 */
import { detail, domainError, type ErrorDetail } from "./errors.js";
import { writeFuture, applyDueFutureInventory } from "./future-inventory.js";
import { normalizeDate } from "./internal/dates.js";
import { setDetailsInPlace, setSegmentInPlace, SlotDraft } from "./internal/draft/slot-draft.js";
import { StoreDraft } from "./internal/draft/store.js";
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
  type Segment,
  type SegmentKey,
  withSegmentOf,
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

/** What {@link checkItem} found besides the target (one scratch object per command, refilled per item). */
interface Checked {
  granular: GranularKey | null;
  deliveryDate: string | undefined;
}

/** Static checks of one item; returns its target and fills `out`, or pushes details and returns undefined. */
function checkItem(
  state: InventoryState,
  mode: Mode,
  item: AnyItem,
  index: number,
  details: ErrorDetail[],
  out: Checked,
): WriteTarget | undefined {
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
  out.granular = granular;
  out.deliveryDate = deliveryDate;
  return target;
}

/** The segment of `record` with `key`, if stored. */
function findSegment(record: InventoryRecord, key: SegmentKey): Segment | undefined {
  for (const s of record.segments) if (s.key === key) return s;
  return undefined;
}

/**
 * `record` with one segment set: edited in place when `fresh` (see internal/slot-draft.ts), else a
 * new record (which is then fresh).
 */
function putSegment(
  record: InventoryRecord,
  fresh: boolean,
  key: SegmentKey,
  onHand: number,
  allocated: number,
  pending: number,
): InventoryRecord {
  if (!fresh) return withSegmentOf(record, key, onHand, allocated, pending);
  setSegmentInPlace(record, key, onHand, allocated, pending);
  return record;
}

/**
 * Applies the quantity of one item to one record; returns the record (the same object when nothing
 * changed or when `fresh` and edited in place) or an error detail (then nothing was edited).
 */
function applyQuantity(
  record: InventoryRecord,
  fresh: boolean,
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
    return putSegment(record, fresh, target.key, onHand, seg?.allocated ?? 0, seg?.pending ?? 0);
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
    r = putSegment(r, fresh || r !== record, s.key, onHand[i] ?? 0, s.allocated, s.pending);
  });
  return r;
}

/** A record with other details (a literal: every record keeps one object shape); in place when `fresh`. */
function withDetails(r: InventoryRecord, fresh: boolean, details: RecordDetails): InventoryRecord {
  if (!fresh) return { inventoryId: r.inventoryId, granular: r.granular, details, segments: r.segments };
  setDetailsInPlace(r, details);
  return r;
}

/** Hands the open slot's records to the store draft (if written); `stored` collects its upc. */
function storeSlot(draft: StoreDraft, slot: SlotDraft, locationCode: string, stored: string[] | undefined): void {
  if (!slot.unflushed) return;
  draft.putSlot(slot.upc, locationCode, slot.records, slot.byLocation, slot.existed);
  slot.unflushed = false;
  stored?.push(slot.upc);
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
  // The slot being written; it goes into the store draft as soon as the items move on to another
  // upc (a slot written again later is opened again from the draft). A failed command drops the
  // draft, so nothing of this is ever seen.
  const draft = new StoreDraft(state);
  const slot = new SlotDraft();
  // The upcs stored, when pending units may need releasing afterwards.
  const stored: string[] | undefined = state.pendingIndex.size > 0 ? [] : undefined;
  // Ids come from a local counter written back once.
  let nextInventoryId = s.counters.inventoryId;
  const checked: Checked = { granular: null, deliveryDate: undefined };
  const items = request.items as readonly AnyItem[];
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as AnyItem;
    const target = checkItem(state, mode, item, index, details, checked);
    if (target === undefined) continue;
    const { granular, deliveryDate } = checked;
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
      continue;
    }
    if (!slot.isOpen(item.upc)) {
      storeSlot(draft, slot, locationCode, stored);
      slot.open(item.upc, draft.byLocation(item.upc), locationCode);
    }
    const at = slot.find(granular);
    let record: InventoryRecord;
    // A serial-numbered record is checked after the change and may be refused then, so it is never
    // edited in place (a refused item must leave the slot as it was for the items after it).
    const inPlace = granular?.serialNumber === undefined;
    let fresh: boolean;
    if (at < 0) {
      record = { inventoryId: nextInventoryId++, granular, details: DEFAULT_DETAILS, segments: [] };
      fresh = inPlace;
    } else {
      record = slot.records[at] as InventoryRecord;
      fresh = inPlace && slot.isFresh(at);
    }
    const next = applyQuantity(record, fresh, mode, item.quantity, target, index);
    if ("code" in next) {
      details.push(next);
      continue;
    }
    let updated = next;
    // Fresh from here on: edited in place, or a copy whose segment array is its own.
    const isFresh = inPlace && (fresh || updated.segments !== record.segments);
    if (isRefreshItem(mode, item)) {
      // metadataUnchanged: withMetadata would build an equal copy, so the details stay as they are.
      if (!metadataUnchanged(updated.details, item)) {
        const d = withMetadata(updated.details, item);
        if (!sameDetails(d, updated.details))
          updated = withDetails(updated, isFresh, sameDetails(d, DEFAULT_DETAILS) ? DEFAULT_DETAILS : d);
      }
    } else if (updated.details.implicit) updated = withDetails(updated, isFresh, { ...updated.details, implicit: false });
    if (updated.granular?.serialNumber !== undefined && recordTotals(updated).onHand > 1) {
      details.push(detail("quantity", "serial_quantity", "A serial-numbered record holds 0 or 1 unit", index));
      continue;
    }
    slot.put(at, updated, isFresh);
    // D3: safety stock of granular records applies to every record of the (location, upc).
    const safety = isRefreshItem(mode, item) ? item.safetyStock : undefined;
    let records: readonly InventoryRecord[] = slot.records;
    if (safety !== undefined && granular !== null) {
      records = records.map((r) => (r.details.safetyStock === safety ? r : { ...r, details: { ...r.details, safetyStock: safety } }));
      slot.replaceAll(records);
    }
    // putSlot drops spent implicit records on store; drop them here too, as later items read this slot.
    if (records.some(isSpentImplicit)) slot.replaceAll(records.filter((r) => !isSpentImplicit(r)));
    inventoryIds.push(updated.inventoryId);
  }
  if (details.length > 0)
    return fail(domainError("validation_failed", `${mode} request has ${details.length} invalid item field(s)`, details));
  storeSlot(draft, slot, locationCode, stored);
  if (s !== state) draft.rebase(s);
  draft.nextInventoryId = nextInventoryId;
  s = draft.finish();
  // Once per upc, in first-write order.
  if (stored !== undefined) for (const upc of new Set(stored)) s = releasePending(s, upc, locationCode, now);
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

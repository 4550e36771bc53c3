/**
 * Future inventory (D18). Refresh/adjust items with a `deliveryDate` write future records (named by
 * `externalId`, else by their date): a refresh sets the expected units, an adjust changes them.
 * When the clock reaches the delivery date the units are added to onHand of the record in that
 * segment with the future record's granular fields (the plain record when it has none; made when
 * missing), and pending units there are released.
 */
import { detail, domainError, type ErrorDetail, QuantityRangeError } from "./errors.js";
import type { FutureRecord, FutureType } from "./future-record.js";
import { inDateWindow, normalizeDate, parseDate, toIso } from "./internal/dates.js";
import { SlotEdit } from "./internal/draft/slot-edit.js";
import { StoreDraft } from "./internal/draft/store.js";
import { releasePendingIn } from "./pending.js";
import {
  DEFAULT_DETAILS,
  getSegment,
  type GranularKey,
  type InventoryRecord,
  QUANTITY_MAX,
  type SegmentKey,
  sameGranularKey,
  withSegment,
} from "./records.js";
import { slotSafetyStock } from "./safety-stock.js";
import { fail, ok, type Result } from "./result.js";
import { type InventoryState, nextId } from "./state.js";

/** A future write from a refresh (`set`) or adjust (`add`) item. */
export interface FutureWrite {
  readonly locationCode: string;
  readonly upc: string;
  readonly segmentKey: SegmentKey;
  /** The granular record the units will join; null: the plain record. */
  readonly granular: GranularKey | null;
  readonly externalId?: string;
  /** Normalised ISO-8601 UTC. */
  readonly deliveryDate: string;
  readonly quantity: number;
  readonly type: FutureType;
}

function findFuture(state: InventoryState, w: FutureWrite): FutureRecord | undefined {
  for (const id of state.futureIdsByUpc.get(w.upc) ?? []) {
    const f = state.futures.get(id);
    if (!f || f.locationCode !== w.locationCode || f.segmentKey !== w.segmentKey) continue;
    if (!sameGranularKey(f.granular ?? null, w.granular)) continue;
    if (w.externalId !== undefined ? f.externalId === w.externalId : f.externalId === undefined && f.deliveryDate === w.deliveryDate)
      return f;
  }
  return undefined;
}

function putFuture(state: InventoryState, f: FutureRecord): InventoryState {
  const ids = state.futureIdsByUpc.get(f.upc) ?? [];
  return {
    ...state,
    futures: state.futures.set(f.futureInventoryId, f),
    futureIdsByUpc: ids.includes(f.futureInventoryId)
      ? state.futureIdsByUpc
      : state.futureIdsByUpc.set(f.upc, [...ids, f.futureInventoryId]),
  };
}

function removeFuture(state: InventoryState, f: FutureRecord): InventoryState {
  const ids = (state.futureIdsByUpc.get(f.upc) ?? []).filter((id) => id !== f.futureInventoryId);
  return {
    ...state,
    futures: state.futures.delete(f.futureInventoryId),
    futureIdsByUpc: ids.length === 0 ? state.futureIdsByUpc.delete(f.upc) : state.futureIdsByUpc.set(f.upc, ids),
  };
}

/** Applies one future write; an adjust taking the expected units below 0 is reported as a detail. */
export function writeFuture(
  state: InventoryState,
  w: FutureWrite,
  now: number,
  index?: number,
): { state: InventoryState; futureInventoryId: number } | { detail: ErrorDetail } {
  const existing = findFuture(state, w);
  const onHand = w.type === "REFRESH" ? w.quantity : (existing?.onHand ?? 0) + w.quantity;
  if (onHand < 0)
    return { detail: detail("quantity", "negative_future", "Future quantity would go below 0", index) };
  if (onHand > QUANTITY_MAX)
    return { detail: detail("quantity", "quantity_out_of_range", `Future quantity would become ${onHand}, past the largest quantity ${QUANTITY_MAX}`, index) };
  let s = state;
  let id = existing?.futureInventoryId;
  if (id === undefined) [id, s] = nextId(s, "futureId");
  const record: FutureRecord = {
    futureInventoryId: id,
    ...(w.externalId === undefined ? {} : { externalId: w.externalId }),
    upc: w.upc,
    locationCode: w.locationCode,
    segmentKey: w.segmentKey,
    ...(w.granular === null ? {} : { granular: w.granular }),
    deliveryDate: w.deliveryDate,
    onHand,
    type: w.type,
    createDate: existing?.createDate ?? toIso(now),
  };
  return { state: putFuture(s, record), futureInventoryId: id };
}

/** Future records of a upc (optionally at one location), by id. Cost: O(futures of that upc). */
export function futureRecordsFor(state: InventoryState, upc: string, locationCode?: string): FutureRecord[] {
  const out: FutureRecord[] = [];
  for (const id of state.futureIdsByUpc.get(upc) ?? []) {
    const f = state.futures.get(id);
    if (f && (locationCode === undefined || f.locationCode === locationCode)) out.push(f);
  }
  return out;
}

/** One future record by id. */
export function getFutureRecord(state: InventoryState, futureInventoryId: number): FutureRecord | undefined {
  return state.futures.get(futureInventoryId);
}

/**
 * A due future record's units join onHand of the record of its segment with its granular fields
 * (the plain record without them; made when missing, a granular one inheriting the safety stock of
 * its UPC-location, D3); pending units there are released.
 */
function arrive(draft: StoreDraft, f: FutureRecord, now: number): void {
  const slot = new SlotEdit(draft, f.upc, f.locationCode);
  const granular = f.granular ?? null;
  const records = slot.records();
  let record: InventoryRecord | undefined = records.find((r) => sameGranularKey(r.granular, granular));
  if (record === undefined) {
    const inherited = granular === null ? 0 : slotSafetyStock(records);
    const details = inherited === 0 ? DEFAULT_DETAILS : { ...DEFAULT_DETAILS, safetyStock: inherited };
    record = { inventoryId: draft.nextInventoryId++, granular, details, segments: [] };
  }
  const seg = getSegment(record, f.segmentKey);
  const details = record.details.implicit ? { ...record.details, implicit: false } : record.details;
  slot.put(withSegment({ ...record, details }, { ...seg, onHand: seg.onHand + f.onHand }));
  slot.store();
  releasePendingIn(draft, f.upc, f.locationCode, now);
}

/**
 * Moves the clock: every future record whose delivery date is at or before `now` becomes current
 * stock. Cost: O(future records). Returns the records that arrived.
 */
export function applyDueFutureInventory(state: InventoryState, now: number): Result<InventoryState, FutureRecord[]> {
  const due: FutureRecord[] = [];
  state.futures.forEach((f) => {
    const at = parseDate(f.deliveryDate);
    if (at !== undefined && at <= now) due.push(f);
  });
  due.sort((a, b) => (a.deliveryDate < b.deliveryDate ? -1 : a.deliveryDate > b.deliveryDate ? 1 : a.futureInventoryId - b.futureInventoryId));
  if (due.length === 0) return ok(state, due);
  let s = state;
  for (const f of due) s = removeFuture(s, f);
  const draft = new StoreDraft(s);
  for (const f of due) arrive(draft, f, now);
  try {
    return ok(draft.finish(), due);
  } catch (error) {
    // Arrivals that would take a quantity past the 32-bit range stay future records (the state is unchanged).
    if (error instanceof QuantityRangeError) return fail(domainError(error.code, error.message, error.details));
    throw error;
  }
}

/** Moves a future record to a new delivery date (404 when missing); arrives at once if already due. */
export function moveFutureDate(
  state: InventoryState,
  futureInventoryId: number,
  deliveryDate: string,
  now: number,
): Result<InventoryState, FutureRecord> {
  const f = state.futures.get(futureInventoryId);
  if (!f) return fail(domainError("not_found", `Future inventory ${futureInventoryId} not found`));
  const date = normalizeDate(deliveryDate);
  if (date === undefined)
    return fail(
      domainError("validation_failed", "Invalid delivery date", [detail("futureDate", "invalid_date", "Not an ISO-8601 date")]),
    );
  const moved: FutureRecord = { ...f, deliveryDate: date };
  const due = applyDueFutureInventory(putFuture(state, moved), now);
  return ok(due.ok ? due.state : state, moved);
}

/** Which future records {@link deleteFutureInventory} removes. Dates are inclusive. */
export interface DeleteFutureRequest {
  readonly futureStartDate: string;
  readonly futureEndDate: string;
  readonly externalIds?: readonly string[];
  /** Omitted: every location. */
  readonly locationCodes?: readonly string[];
  readonly upc?: string;
  readonly dryRun?: boolean;
}

/** Deletes future records with a delivery date in the window; answers the records removed. */
export function deleteFutureInventory(
  state: InventoryState,
  request: DeleteFutureRequest,
): Result<InventoryState, FutureRecord[]> {
  const start = parseDate(request.futureStartDate);
  const end = parseDate(request.futureEndDate);
  const details: ErrorDetail[] = [];
  if (start === undefined) details.push(detail("futureStartDate", "invalid_date", "futureStartDate is required"));
  if (end === undefined) details.push(detail("futureEndDate", "invalid_date", "futureEndDate is required"));
  if (start === undefined || end === undefined)
    return fail(domainError("validation_failed", "Invalid future delete request", details));
  const matches: FutureRecord[] = [];
  state.futures.forEach((f) => {
    if (!inDateWindow(f.deliveryDate, start, end)) return;
    if (request.externalIds && (f.externalId === undefined || !request.externalIds.includes(f.externalId))) return;
    if (request.locationCodes && !request.locationCodes.includes(f.locationCode)) return;
    if (request.upc !== undefined && f.upc !== request.upc) return;
    matches.push(f);
  });
  matches.sort((a, b) => a.futureInventoryId - b.futureInventoryId);
  if (request.dryRun) return ok(state, matches);
  let s = state;
  for (const f of matches) s = removeFuture(s, f);
  return ok(s, matches);
}

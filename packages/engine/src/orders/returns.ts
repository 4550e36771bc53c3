/**
 * Returns (D19). A return lists units of a submitted order's items; nothing moves until restock.
 * Restocking puts units back into onHand in the segment they were allocated from, at the location
 * they were fulfilled from, on the records they came from (most recently fulfilled first); units
 * whose origin was not recorded go into the default segment of the location the request names
 * (`locationCode`, required then). Pending units there are released into the new stock (D12).
 */
import { detail, domainError, type ErrorDetail, type InventoryErrorCode } from "../errors.js";
import { SlotEdit } from "../internal/draft/slot-edit.js";
import { StoreDraft } from "../internal/draft/store.js";
import { checkInteger } from "../internal/validate.js";
import { writableLocation } from "../locations.js";
import { releasePendingIn } from "../pending.js";
import { DEFAULT_DETAILS, type InventoryRecord, type SegmentKey } from "../records.js";
import { type Answer, answer, fail, ok, type Result } from "../result.js";
import { defaultSegmentKey } from "../segment.js";
import type { InventoryState } from "../state.js";
import { CommerceDraft, commerceId } from "./commerce-state.js";
import { withCommerce } from "./with-commerce.js";
import { conflict, invalid, notFound } from "./errors.js";
import { isoOf } from "./items.js";
import { readOrderLine } from "./orders.js";
import type { Extra, Order, RestockedLine, Return, ReturnItem, ReturnStatus } from "./types.js";

export interface ReturnItemInput {
  /** The order item, by id (string) or line number. */
  readonly orderItemId: string | number;
  /** Integer ≥ 1. */
  readonly quantity: number;
  readonly extra?: Extra;
}

export interface CreateReturnInput {
  readonly orderId: string;
  readonly items: readonly ReturnItemInput[];
  readonly extra?: Extra;
}

/** Units of one return item to restock. */
export interface RestockEntry {
  readonly returnItemId: string;
  /** Integer ≥ 1, at most the item's `quantity` minus what was restocked. */
  readonly quantity: number;
  /** Where units without a recorded origin go (its default segment). */
  readonly locationCode?: string | null;
}

export type ReturnActionName = "Authorize" | "Receive" | "Cancel" | "Close";

/** One return. */
export function getReturn(state: InventoryState, returnId: string): Answer<Return> {
  const r = state.commerce.returns.get(returnId);
  return r === undefined ? notFound("Return", returnId, "returnId") : answer(r);
}

/** Every return, by number. */
export function listReturns(state: InventoryState): Return[] {
  return [...state.commerce.returns.values()].sort((a, b) => a.returnNumber - b.returnNumber);
}

function restockedUnits(item: ReturnItem): number {
  return item.restocked.reduce((n, l) => n + l.quantity, 0);
}

/** Units of an order line on returns that are not cancelled. */
function returnedUnits(state: InventoryState, orderId: string, lineId: number): number {
  let n = 0;
  state.commerce.returns.forEach((r) => {
    if (r.orderId !== orderId || r.status === "Cancelled") return;
    for (const i of r.items) if (i.lineId === lineId) n += i.quantity;
  });
  return n;
}

/**
 * Creates a return (status Created) for items of an order: 404 for an unknown order or item, 409
 * for an order never submitted or cancelled, 400 when an item's units exceed what is left to
 * return (its quantity minus units on other open returns).
 */
export function createReturn(state: InventoryState, input: CreateReturnInput, now: number): Result<InventoryState, Return> {
  const order = state.commerce.orders.get(input.orderId);
  if (order === undefined) return notFound("Order", input.orderId, "orderId");
  if (order.status === "Pending" || order.status === "Cancelled")
    return conflict(`Order ${order.id} is ${order.status}; only a submitted order can be returned`);
  const details: ErrorDetail[] = [];
  let code: InventoryErrorCode = "validation_failed";
  if (!Array.isArray(input.items) || input.items.length === 0) details.push(detail("items", "required", "items are required"));
  const asked = new Map<number, number>();
  const draft = new CommerceDraft(state.commerce);
  const items: ReturnItem[] = [];
  (input.items ?? []).forEach((it, index) => {
    const { item, missing } = readOrderLine(order, it, index, details);
    if (missing && code === "validation_failed") code = "not_found";
    if (item === undefined) return;
    const total = (asked.get(item.lineId) ?? 0) + it.quantity;
    asked.set(item.lineId, total);
    const left = item.quantity - returnedUnits(state, order.id, item.lineId);
    if (total > left) {
      details.push(detail("quantity", "exceeds_returnable", `Only ${left} unit(s) of line ${item.lineId} can be returned`, index));
      return;
    }
    items.push({
      id: draft.nextId("item"),
      orderItemId: item.id,
      lineId: item.lineId,
      upc: item.upc,
      quantity: it.quantity,
      quantityReceived: 0,
      restocked: [],
      ...(it.extra === undefined ? {} : { extra: it.extra }),
    });
  });
  if (details.length > 0) return fail(domainError(code, `return request has ${details.length} problem(s)`, details));
  const returnNumber = draft.next("return");
  const at = isoOf(now);
  const r: Return = {
    id: commerceId("return", returnNumber),
    returnNumber,
    orderId: order.id,
    orderNumber: order.orderNumber,
    status: "Created",
    items,
    created: at,
    updated: at,
    ...(input.extra === undefined ? {} : { extra: input.extra }),
  };
  draft.putReturn(r);
  return ok(withCommerce(state, draft.finish()), r);
}

/** An origin slice: units of a line fulfilled from one record of one segment. */
interface Origin {
  readonly locationCode: string;
  readonly segmentKey: SegmentKey;
  readonly inventoryId: number;
  quantity: number;
}

/**
 * The recorded origins of an order line still open to restock, most recently fulfilled first:
 * everything fulfilled, minus what any return restocked from recorded origins (taken newest first).
 */
function openOrigins(state: InventoryState, order: Order, lineId: number, planned: number): Origin[] {
  const all: Origin[] = [];
  for (const s of order.shipments)
    for (const i of s.items)
      if (i.lineId === lineId)
        for (const l of i.fulfilledFrom)
          all.push({ locationCode: s.locationCode, segmentKey: i.segmentKey, inventoryId: l.inventoryId, quantity: l.quantity });
  all.reverse();
  let used = planned;
  state.commerce.returns.forEach((r) => {
    if (r.orderId !== order.id) return;
    for (const i of r.items) if (i.lineId === lineId) for (const l of i.restocked) if (!l.byRequest) used += l.quantity;
  });
  for (const o of all) {
    const k = Math.min(used, o.quantity);
    o.quantity -= k;
    used -= k;
  }
  return all.filter((o) => o.quantity > 0);
}

/** The record units go back to: the one named when it still exists, else the location's plain record (created if needed). */
function targetRecord(draft: StoreDraft, slot: SlotEdit, inventoryId: number | undefined): InventoryRecord {
  const named = inventoryId === undefined ? undefined : slot.get(inventoryId);
  if (named !== undefined) return named;
  const plain = slot.records().find((r) => r.granular === null && !r.details.implicit);
  if (plain !== undefined) return plain;
  const created: InventoryRecord = { inventoryId: draft.nextInventoryId++, granular: null, details: DEFAULT_DETAILS, segments: [] };
  slot.put(created);
  return created;
}

function addOnHand(draft: StoreDraft, upc: string, locationCode: string, segmentKey: SegmentKey, inventoryId: number | undefined, k: number): number {
  const slot = new SlotEdit(draft, upc, locationCode);
  const t = targetRecord(draft, slot, inventoryId);
  if (t.details.implicit) slot.put({ ...t, details: { ...t.details, implicit: false } });
  slot.changeSegment(t.inventoryId, segmentKey, (x) => ({ ...x, onHand: x.onHand + k }));
  slot.store();
  return t.inventoryId;
}

/** Restocks units of a return, all entries or none (see the module comment). Answers the updated return. */
export function restockReturn(
  state: InventoryState,
  returnId: string,
  entries: readonly RestockEntry[],
  now: number,
): Result<InventoryState, Return> {
  const ret = state.commerce.returns.get(returnId);
  if (ret === undefined) return notFound("Return", returnId, "returnId");
  if (ret.status === "Cancelled" || ret.status === "Closed") return conflict(`Return ${returnId} is ${ret.status}; it cannot be restocked`);
  const order = state.commerce.orders.get(ret.orderId);
  if (order === undefined) return notFound("Order", ret.orderId, "orderId");
  const details: ErrorDetail[] = [];
  let code: InventoryErrorCode = "validation_failed";
  if (!Array.isArray(entries) || entries.length === 0) return invalid("Nothing to restock", [detail("items", "required", "At least one entry is required")]);
  const draft = new StoreDraft(state);
  const plannedByLine = new Map<number, number>();
  const askedByItem = new Map<string, number>();
  const added = new Map<string, RestockedLine[]>();
  const touched = new Map<string, [string, string]>();
  entries.forEach((entry, index) => {
    const before = details.length;
    checkInteger(entry.quantity, "quantity", details, index, 1);
    const item = ret.items.find((i) => i.id === entry.returnItemId);
    if (item === undefined) {
      details.push(detail("returnItemId", "not_found", `Return item ${entry.returnItemId} not found`, index));
      if (code === "validation_failed") code = "not_found";
    }
    if (details.length > before || item === undefined) return;
    const asked = (askedByItem.get(item.id) ?? 0) + entry.quantity;
    askedByItem.set(item.id, asked);
    const restockable = item.quantity - restockedUnits(item);
    if (asked > restockable) {
      details.push(detail("quantity", "exceeds_restockable", `Only ${restockable} unit(s) of return item ${item.id} can be restocked`, index));
      return;
    }
    const planned = plannedByLine.get(item.lineId) ?? 0;
    const origins = openOrigins(state, order, item.lineId, planned);
    const lines: RestockedLine[] = [];
    let rest = entry.quantity;
    for (const o of origins) {
      const k = Math.min(rest, o.quantity);
      if (k === 0) continue;
      lines.push({ locationCode: o.locationCode, segmentKey: o.segmentKey, inventoryId: o.inventoryId, quantity: k, byRequest: false });
      rest -= k;
    }
    plannedByLine.set(item.lineId, planned + entry.quantity - rest);
    if (rest > 0) {
      const loc = entry.locationCode;
      if (loc === undefined || loc === null || loc === "") {
        details.push(detail("locationCode", "required", `No origin is recorded for ${rest} unit(s); name the locationCode to restock them into`, index));
        return;
      }
      const location = writableLocation(state, loc, index);
      if ("details" in location) {
        details.push(...location.details);
        if (code === "validation_failed" || location.code === "location_not_found") code = location.code;
        return;
      }
      lines.push({ locationCode: loc, segmentKey: defaultSegmentKey(state.tagCategories), inventoryId: 0, quantity: rest, byRequest: true });
    }
    added.set(item.id, [...(added.get(item.id) ?? []), ...lines]);
  });
  if (details.length > 0) return fail(domainError(code, `restock request has ${details.length} problem(s)`, details));
  const upcOf = new Map(ret.items.map((i) => [i.id, i.upc] as const));
  const written = new Map<string, RestockedLine[]>();
  for (const [itemId, lines] of added) {
    const upc = upcOf.get(itemId) as string;
    written.set(
      itemId,
      lines.map((l) => {
        const id = addOnHand(draft, upc, l.locationCode, l.segmentKey, l.byRequest ? undefined : l.inventoryId, l.quantity);
        touched.set(`${upc}\u0000${l.locationCode}`, [upc, l.locationCode]);
        return { ...l, inventoryId: id };
      }),
    );
  }
  for (const [upc, loc] of touched.values()) releasePendingIn(draft, upc, loc, now);
  const next: Return = {
    ...ret,
    items: ret.items.map((i) => (written.has(i.id) ? { ...i, restocked: [...i.restocked, ...(written.get(i.id) ?? [])] } : i)),
    updated: isoOf(now),
  };
  const commerce = new CommerceDraft(state.commerce);
  commerce.putReturn(next);
  return ok(withCommerce(draft.finish(), commerce.finish()), next);
}

const TRANSITIONS: Readonly<Record<ReturnActionName, { readonly from: readonly ReturnStatus[]; readonly to: ReturnStatus }>> = {
  Authorize: { from: ["Created"], to: "ReturnAuthorized" },
  Receive: { from: ["Created", "ReturnAuthorized"], to: "ReturnReceived" },
  Cancel: { from: ["Created", "ReturnAuthorized", "ReturnReceived"], to: "Cancelled" },
  Close: { from: ["Created", "ReturnAuthorized", "ReturnReceived"], to: "Closed" },
};

/** The actions a return allows now. */
export function availableReturnActions(r: Return): ReturnActionName[] {
  const restocked = r.items.some((i) => i.restocked.length > 0);
  return (Object.keys(TRANSITIONS) as ReturnActionName[]).filter(
    (a) => TRANSITIONS[a].from.includes(r.status) && !(a === "Cancel" && restocked),
  );
}

/**
 * Moves a return through its statuses: Authorize (Created → ReturnAuthorized), Receive
 * (→ ReturnReceived; items get `quantityReceived` = their quantity when 0), Cancel (only while
 * nothing is restocked), Close. An action the return does not allow now is a 409.
 */
export function returnAction(state: InventoryState, returnId: string, action: ReturnActionName, now: number): Result<InventoryState, Return> {
  const r = state.commerce.returns.get(returnId);
  if (r === undefined) return notFound("Return", returnId, "returnId");
  if (!(action in TRANSITIONS)) return invalid(`Unknown return action ${String(action)}`, [detail("actionName", "invalid", "Unknown action")]);
  if (!availableReturnActions(r).includes(action)) return conflict(`Return ${returnId} is ${r.status}; ${action} is not available`, "actionName");
  const next: Return = {
    ...r,
    status: TRANSITIONS[action].to,
    items: action === "Receive" ? r.items.map((i) => (i.quantityReceived === 0 ? { ...i, quantityReceived: i.quantity } : i)) : r.items,
    updated: isoOf(now),
  };
  const draft = new CommerceDraft(state.commerce);
  draft.putReturn(next);
  return ok(withCommerce(state, draft.finish()), next);
}

/**
 * Submit and cancel (D19, through D11–D13). `submitOrder` allocates every non-digital item from its
 * own segment only, at its fulfillment location (its own, else the order's), via `allocate`: one
 * shipment per (location, method), allocations under orderID = orderNumber, orderItemID = lineId,
 * shipmentID = shipment number. A shortfall becomes pending (D12) or stays unallocated with
 * `pendingOnShortfall: false`. `cancelOrder` releases every unit to the segment and record it came
 * from, via `deallocate`.
 */
import { type AllocateItem, allocateAll } from "../allocation.js";
import { deallocate, type ReleaseItem } from "../deallocate-fulfill.js";
import { detail, domainError, type ErrorDetail } from "../errors.js";
import { fail, ok, type Result } from "../result.js";
import type { InventoryState } from "../state.js";
import { CommerceDraft } from "./commerce-state.js";
import { withCommerce } from "./with-commerce.js";
import { conflict, invalid, notFound } from "./errors.js";
import { checkInventoryTags, itemSegment } from "./item-tags.js";
import { isoOf } from "./items.js";
import type { FulfillmentMethod, Order, OrderItem, Shipment, ShipmentItem } from "./types.js";
import { liveOrder, shipmentItemAllocation } from "./views.js";

/** Engine field names of allocate that the order side spells differently. */
const ORDER_FIELDS: Readonly<Record<string, string>> = { locationCode: "fulfillmentLocationCode" };

/**
 * Submits a Pending order (→ Submitted), atomically: every non-digital item needs a fulfillment
 * location and valid tags (400 listing every bad item, nothing changed); a location that does not
 * exist is 404, one without inventory 400 (as allocate answers). Answers the live order.
 */
export function submitOrder(state: InventoryState, orderId: string, now: number): Result<InventoryState, Order> {
  const order = state.commerce.orders.get(orderId);
  if (order === undefined) return notFound("Order", orderId, "orderId");
  if (order.status !== "Pending") return conflict(`Order ${orderId} is ${order.status}; only a Pending order can be submitted`);
  const details: ErrorDetail[] = [];
  if (order.items.length === 0) details.push(detail("items", "required", "An order needs at least one item to be submitted"));
  const located: { item: OrderItem; index: number; locationCode: string }[] = [];
  order.items.forEach((item, index) => {
    checkInventoryTags(state.tagCategories, item.inventoryTags, details, index);
    if (item.fulfillmentMethod === "Digital") return;
    const locationCode = item.locationCode ?? order.locationCode;
    if (locationCode === null)
      details.push(
        detail("fulfillmentLocationCode", "required", `Item ${item.lineId} has no fulfillment location and the order has none`, index),
      );
    else located.push({ item, index, locationCode });
  });
  if (details.length > 0) return invalid(`Order ${orderId} cannot be submitted`, details);

  const draft = new CommerceDraft(state.commerce);
  const groups = new Map<string, { number: number; locationCode: string; method: FulfillmentMethod; entries: typeof located }>();
  for (const entry of located) {
    const key = `${entry.locationCode}\u0000${entry.item.fulfillmentMethod}`;
    let g = groups.get(key);
    if (g === undefined) {
      g = { number: draft.next("shipment"), locationCode: entry.locationCode, method: entry.item.fulfillmentMethod, entries: [] };
      groups.set(key, g);
    }
    g.entries.push(entry);
  }
  const requestItems: AllocateItem[] = [];
  const requestIndex: number[] = [];
  for (const g of groups.values())
    for (const { item, index, locationCode } of g.entries) {
      requestItems.push({
        orderId: order.orderNumber,
        orderItemId: item.lineId,
        shipmentId: g.number,
        upc: item.upc,
        locationCode,
        quantity: item.quantity,
        tags: item.inventoryTags,
        ...(item.condition === undefined ? {} : { condition: item.condition }),
        ...(item.serialNumber === undefined ? {} : { serialNumber: item.serialNumber }),
      });
      requestIndex.push(index);
    }
  let next = state;
  const unallocated = new Map<number, number>();
  if (requestItems.length > 0) {
    const r = allocateAll(state, { items: requestItems }, now);
    if (!r.ok) {
      const remapped = r.error.details.map((d) =>
        detail(ORDER_FIELDS[d.field] ?? d.field, d.code, d.message, d.index === undefined ? undefined : requestIndex[d.index]),
      );
      return fail(domainError(r.error.code, `Order ${orderId} cannot be submitted: ${r.error.message}`, remapped));
    }
    next = r.state;
    for (const report of r.value.items) unallocated.set(requestIndex[report.index] as number, report.unallocated);
  }
  const shipments: Shipment[] = [...groups.values()].map((g) => ({
    number: g.number,
    orderId: order.id,
    orderNumber: order.orderNumber,
    locationCode: g.locationCode,
    fulfillmentMethod: g.method,
    status: "READY",
    items: g.entries.map(({ item, index }): ShipmentItem => {
      const seg = itemSegment(state, item.inventoryTags) ?? { segmentKey: "", tags: {} };
      return {
        lineId: item.lineId,
        orderItemId: item.id,
        upc: item.upc,
        quantity: item.quantity,
        segmentKey: seg.segmentKey,
        tags: seg.tags,
        unallocated: unallocated.get(index) ?? 0,
        fulfilledFrom: [],
        inventoryAllocations: [],
      };
    }),
  }));
  const at = isoOf(now);
  const submitted = liveOrder(next, { ...order, status: "Submitted", shipments, updated: at, submitted: at });
  // Stored with the status each shipment had at submit; reads recompute READY/BACKORDER.
  draft.putOrder({ ...submitted, items: order.items, shipments: submitted.shipments.map((s) => ({ ...s, items: s.items.map((i) => ({ ...i, inventoryAllocations: [] })) })) });
  return ok(withCommerce(next, draft.finish()), submitted);
}

/**
 * Cancels an order (Pending or Submitted → Cancelled; 409 once anything is fulfilled or when it is
 * already cancelled). Every allocated unit goes back to its segment and record, pending units are
 * dropped (deallocate), and pending units elsewhere are released into the freed stock.
 */
export function cancelOrder(state: InventoryState, orderId: string, now: number): Result<InventoryState, Order> {
  const order = state.commerce.orders.get(orderId);
  if (order === undefined) return notFound("Order", orderId, "orderId");
  const anyFulfilled = order.shipments.some((s) => s.items.some((i) => i.fulfilledFrom.length > 0));
  if ((order.status !== "Pending" && order.status !== "Submitted") || anyFulfilled)
    return conflict(`Order ${orderId} is ${order.status}; only a Pending or Submitted order with nothing fulfilled can be cancelled`);
  const release: ReleaseItem[] = [];
  for (const s of order.shipments)
    for (const item of s.items) {
      const a = shipmentItemAllocation(state, s, item.lineId);
      const held = (a?.lines ?? []).reduce((n, l) => n + l.allocated + l.pending, 0);
      if (held > 0) release.push({ orderId: order.orderNumber, orderItemId: item.lineId, shipmentId: s.number, quantity: held });
    }
  let next = state;
  if (release.length > 0) {
    const r = deallocate(state, { items: release }, now);
    if (!r.ok) return r;
    next = r.state;
  }
  const cancelled: Order = {
    ...order,
    status: "Cancelled",
    shipments: order.shipments.map((s) => ({ ...s, status: "CANCELED" })),
    // Packages not shipped are dropped with the allocation they packed.
    packages: order.packages.filter((p) => p.status === "Fulfilled"),
    updated: isoOf(now),
  };
  const draft = new CommerceDraft(state.commerce);
  draft.putOrder(cancelled);
  const after = withCommerce(next, draft.finish());
  return ok(after, liveOrder(after, cancelled));
}

/** The order actions an order allows now (an action not listed is a 409). */
export function availableOrderActions(order: Order): ("SubmitOrder" | "CancelOrder")[] {
  const anyFulfilled = order.shipments.some((s) => s.items.some((i) => i.fulfilledFrom.length > 0));
  if (order.status === "Pending") return ["SubmitOrder", "CancelOrder"];
  if (order.status === "Submitted" && !anyFulfilled) return ["CancelOrder"];
  return [];
}

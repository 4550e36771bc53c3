/**
 * Fulfilling (D19, through D13's fulfill): allocated units of shipment items become an onHand
 * deduction in each item's segment, on the records they were held on, which the shipment item
 * records (`fulfilledFrom`) for returns. `fulfillShipment` ships every remaining unit of a READY
 * shipment (BACKORDER — units pending or unallocated —, FULFILLED and CANCELED shipments are a 409
 * `conflict`, nothing changed); packages (packages.ts) ship part of one. A shipment whose units are
 * all fulfilled becomes FULFILLED; the order becomes Processing, then Completed once every shipment is.
 */
import { fulfill, type FulfillItem } from "../deallocate-fulfill.js";
import { type Answer, answer, fail, ok, type Result } from "../result.js";
import type { InventoryState } from "../state.js";
import { CommerceDraft } from "./commerce-state.js";
import { withCommerce } from "./with-commerce.js";
import { conflict, notFound } from "./errors.js";
import { isoOf } from "./items.js";
import type { FulfilledLine, Order, Shipment } from "./types.js";
import { fulfilledUnits, liveOrder, liveShipment, shipmentItemAllocation } from "./views.js";

/** The order holding a shipment, and the shipment. */
export function findShipment(state: InventoryState, shipmentNumber: number): { order: Order; shipment: Shipment } | undefined {
  for (const order of state.commerce.orders.values()) {
    const shipment = order.shipments.find((s) => s.number === shipmentNumber);
    if (shipment !== undefined) return { order, shipment };
  }
  return undefined;
}

/** One shipment (live view). */
export function getShipment(state: InventoryState, shipmentNumber: number): Answer<Shipment> {
  const found = findShipment(state, shipmentNumber);
  if (found === undefined) return notFound("Shipment", shipmentNumber, "shipmentNumber");
  return answer(liveShipment(state, found.shipment));
}

/** `shipmentNumber → lineId → units` to fulfill. */
export type FulfillPlan = ReadonlyMap<number, ReadonlyMap<number, number>>;

/**
 * Fulfills planned units of an order's shipment items from their allocations (the caller checked
 * that each is at most the allocated units). Answers the new state and the order as stored.
 */
export function fulfillPlanned(state: InventoryState, order: Order, plan: FulfillPlan, now: number): Result<InventoryState, Order> {
  const request: FulfillItem[] = [];
  const from = new Map<string, FulfilledLine[]>();
  for (const shipment of order.shipments) {
    const wants = plan.get(shipment.number);
    if (wants === undefined) continue;
    for (const item of shipment.items) {
      const quantity = wants.get(item.lineId) ?? 0;
      if (quantity === 0) continue;
      // fulfill takes allocated units from the allocation's lines in order: record the same split.
      let rest = quantity;
      const lines: FulfilledLine[] = [];
      for (const l of shipmentItemAllocation(state, shipment, item.lineId)?.lines ?? []) {
        const k = Math.min(rest, l.allocated);
        if (k === 0) continue;
        lines.push({ inventoryId: l.inventoryId, quantity: k });
        rest -= k;
      }
      from.set(`${shipment.number}:${item.lineId}`, lines);
      request.push({ orderId: order.orderNumber, orderItemId: item.lineId, shipmentId: shipment.number, quantity });
    }
  }
  let next = state;
  if (request.length > 0) {
    const r = fulfill(state, { items: request }, now);
    if (!r.ok) return fail(r.error);
    next = r.state;
  }
  const shipments = order.shipments.map((s): Shipment => {
    if (!plan.has(s.number)) return s;
    const items = s.items.map((i) => {
      const lines = from.get(`${s.number}:${i.lineId}`);
      return lines === undefined ? i : { ...i, fulfilledFrom: [...i.fulfilledFrom, ...lines], inventoryAllocations: [] };
    });
    const done = items.every((i) => fulfilledUnits(i) === i.quantity);
    return { ...s, items, status: done ? "FULFILLED" : s.status };
  });
  const complete = shipments.every((s) => s.status === "FULFILLED" || s.status === "CANCELED");
  const updated: Order = { ...order, shipments, status: complete ? "Completed" : "Processing", updated: isoOf(now) };
  const draft = new CommerceDraft(next.commerce);
  draft.putOrder(updated);
  return ok(withCommerce(next, draft.finish()), updated);
}

/** Fulfills every remaining unit of a READY shipment. Answers the fulfilled shipment and the order (live views). */
export function fulfillShipment(
  state: InventoryState,
  shipmentNumber: number,
  now: number,
): Result<InventoryState, { readonly shipment: Shipment; readonly order: Order }> {
  const found = findShipment(state, shipmentNumber);
  if (found === undefined) return notFound("Shipment", shipmentNumber, "shipmentNumber");
  const shipment = liveShipment(state, found.shipment);
  if (shipment.status !== "READY")
    return conflict(`Shipment ${shipmentNumber} is ${shipment.status}; only a READY shipment can be fulfilled`);
  const wants = new Map<number, number>();
  for (const item of shipment.items) wants.set(item.lineId, item.quantity - fulfilledUnits(item));
  const r = fulfillPlanned(state, found.order, new Map([[shipmentNumber, wants]]), now);
  if (!r.ok) return r;
  const order = liveOrder(r.state, r.value);
  const fulfilled = order.shipments.find((s) => s.number === shipmentNumber) as Shipment;
  return ok(r.state, { shipment: fulfilled, order });
}

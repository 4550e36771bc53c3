/**
 * Fulfilling a shipment (D19, through D13's fulfill): its allocated units become an onHand deduction
 * in each item's segment, on the records they were held on, which the shipment item records
 * (`fulfilledFrom`) for returns. Only a READY shipment can be fulfilled: BACKORDER (units pending or
 * unallocated), FULFILLED and CANCELED shipments are a 409 `conflict`, nothing changed. The order
 * becomes Processing, or Completed once every shipment is fulfilled.
 */
import { fulfill, type FulfillItem } from "../deallocate-fulfill.js";
import { type Answer, answer, ok, type Result } from "../result.js";
import type { InventoryState } from "../state.js";
import { CommerceDraft, withCommerce } from "./commerce-state.js";
import { conflict, notFound } from "./errors.js";
import { isoOf } from "./items.js";
import type { FulfilledLine, Order, Shipment } from "./types.js";
import { liveShipment, shipmentItemAllocation } from "./views.js";

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

/** Fulfills a whole READY shipment. Answers the fulfilled shipment and the order's new status. */
export function fulfillShipment(
  state: InventoryState,
  shipmentNumber: number,
  now: number,
): Result<InventoryState, { readonly shipment: Shipment; readonly order: Order }> {
  const found = findShipment(state, shipmentNumber);
  if (found === undefined) return notFound("Shipment", shipmentNumber, "shipmentNumber");
  const { order } = found;
  const shipment = liveShipment(state, found.shipment);
  if (shipment.status !== "READY")
    return conflict(`Shipment ${shipmentNumber} is ${shipment.status}; only a READY shipment can be fulfilled`);
  const request: FulfillItem[] = [];
  const from = new Map<number, FulfilledLine[]>();
  for (const item of shipment.items) {
    const a = shipmentItemAllocation(state, shipment, item.lineId);
    const lines = (a?.lines ?? []).filter((l) => l.allocated > 0).map((l) => ({ inventoryId: l.inventoryId, quantity: l.allocated }));
    const quantity = lines.reduce((n, l) => n + l.quantity, 0);
    from.set(item.lineId, lines);
    if (quantity > 0) request.push({ orderId: order.orderNumber, orderItemId: item.lineId, shipmentId: shipment.number, quantity });
  }
  let next = state;
  if (request.length > 0) {
    const r = fulfill(state, { items: request }, now);
    if (!r.ok) return r;
    next = r.state;
  }
  const fulfilled: Shipment = {
    ...shipment,
    status: "FULFILLED",
    items: shipment.items.map((i) => ({
      ...i,
      fulfilledFrom: [...i.fulfilledFrom, ...(from.get(i.lineId) ?? [])],
      inventoryAllocations: [],
    })),
  };
  const shipments = order.shipments.map((s) => (s.number === shipmentNumber ? fulfilled : s));
  const done = shipments.every((s) => s.status === "FULFILLED" || s.status === "CANCELED");
  const updated: Order = { ...order, shipments, status: done ? "Completed" : "Processing", updated: isoOf(now) };
  const draft = new CommerceDraft(state.commerce);
  draft.putOrder(updated);
  return ok(withCommerce(next, draft.finish()), { shipment: fulfilled, order: updated });
}

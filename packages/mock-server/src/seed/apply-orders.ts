/**
 * The `orders` of an inventory seed (D19): each is placed with the engine's order commands on the
 * stock seeded before it, and brought to its `status` — created (Pending), submitted (allocated from
 * each item's segment only), its shipments fulfilled (Completed), or fulfilled, returned in full and
 * restocked into the segments the units came from (Returned). Nothing here bypasses the engine, so a
 * seeded order is exactly what the same calls over HTTP would leave.
 */
import {
  createOrder,
  detail,
  domainError,
  type ErrorDetail,
  fail,
  fulfillShipment,
  type InventoryDomainError,
  type InventoryState,
  type Order,
  type Result,
  createReturn,
  restockReturn,
  submitOrder,
} from "@kibo-inventory/engine";
import type { SeedOrder } from "./types.js";

/** The seed path of an engine detail of order `i` (`orders[1].items[0].inventoryTags[0].value`). */
function relabel(error: InventoryDomainError, i: number): InventoryDomainError {
  const base = `orders[${i}]`;
  const details: ErrorDetail[] = (error.details.length > 0 ? error.details : [detail("", error.code, error.message)]).map((d) => {
    const item = d.index === undefined ? base : `${base}.items[${d.index}]`;
    return { field: d.field === "" ? item : `${item}.${d.field}`, code: d.code, message: d.message };
  });
  return domainError(error.code, `Seed ${error.message}: ${details.map((d) => `${d.field}: ${d.message}`).join("; ")}`, details);
}

type Step = Result<InventoryState, unknown>;

/** Places one order and brings it to its status; answers the state after the last step. */
function placeOrder(state: InventoryState, order: SeedOrder, now: number): Step {
  const created = createOrder(state, { locationCode: order.locationCode ?? null, items: order.items }, now);
  const status = order.status ?? "Pending";
  if (!created.ok || status === "Pending") return created;
  const submitted = submitOrder(created.state, created.value.id, now);
  if (!submitted.ok || status === "Submitted") return submitted;
  let s = submitted.state;
  let placed: Order = submitted.value;
  for (const shipment of placed.shipments) {
    const r = fulfillShipment(s, shipment.number, now);
    if (!r.ok) return r;
    s = r.state;
    placed = r.value.order;
  }
  if (status === "Completed") return { ok: true, state: s, value: placed };
  const items = placed.items.map((item) => ({ orderItemId: item.id, quantity: item.quantity }));
  const returned = createReturn(s, { orderId: placed.id, items }, now);
  if (!returned.ok) return returned;
  const entries = returned.value.items.map((item) => ({ returnItemId: item.id, quantity: item.quantity }));
  return restockReturn(returned.state, returned.value.id, entries, now);
}

/** Applies the seed's orders in order, all or nothing; every error names its seed path. */
export function applySeedOrders(state: InventoryState, orders: readonly SeedOrder[], now: number): Result<InventoryState, number> {
  let s = state;
  for (const [i, order] of orders.entries()) {
    const r = placeOrder(s, order, now);
    if (!r.ok) return fail(relabel(r.error, i));
    s = r.state;
  }
  return { ok: true, state: s, value: orders.length };
}

/**
 * Live order views (D19) pinned through the public surface: a Digital item has no shipment and
 * so no allocation result, and once a shipment is final (CANCELED or FULFILLED) its items show no
 * allocated or pending units, even when the Inventory API allocates to their keys again.
 */
import { describe, expect, it } from "vitest";
import {
  allocate,
  cancelOrder,
  createOrder,
  createState,
  fulfillShipment,
  getOrder,
  type InventoryState,
  type Order,
  refresh,
  saveLocation,
  submitOrder,
} from "../index.js";
import { found, must } from "../testing/results.js";

const NOW = Date.UTC(2024, 5, 1, 12);

/** Line 1 = 2 × U from L1 (5 in stock), line 2 = 1 × E delivered digitally; submitted. */
function submitted(): { state: InventoryState; order: Order } {
  let s = must(saveLocation(createState(), { code: "L1" })).state;
  s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 5 }] }, NOW)).state;
  const o = must(createOrder(s, { locationCode: "L1", items: [{ upc: "U", quantity: 2 }, { upc: "E", quantity: 1, fulfillmentMethod: "Digital" }] }, NOW));
  const sub = must(submitOrder(o.state, o.value.id, NOW));
  return { state: sub.state, order: sub.value };
}

/** The Inventory API allocates one more unit to line 1's key of `order`'s shipment. */
function allocateAgain(state: InventoryState, order: Order): InventoryState {
  const shipmentId = order.shipments[0]?.number ?? 0;
  return must(allocate(state, { items: [{ orderId: order.orderNumber, orderItemId: 1, shipmentId, upc: "U", locationCode: "L1", quantity: 1 }] }, NOW)).state;
}

describe("D19 live order views", () => {
  it("a Digital item has no shipment and no allocation result", () => {
    const { state, order } = submitted();
    const live = found(getOrder(state, order.id));
    expect(live.shipments.map((s) => s.items.map((i) => i.lineId))).toEqual([[1]]);
    expect(live.items.map((i) => i.allocationResult?.allocated)).toEqual([2, undefined]);
    expect(live.items[1]).not.toHaveProperty("allocationResult");
  });

  it("a cancelled order's items show nothing allocated, whatever the Inventory API allocates to their keys later", () => {
    const { state, order } = submitted();
    const cancelled = must(cancelOrder(state, order.id, NOW));
    const live = found(getOrder(allocateAgain(cancelled.state, order), order.id));
    expect(live.items[0]?.allocationResult).toMatchObject({ allocated: 0, pending: 0 });
  });

  it("a fulfilled shipment's items show nothing allocated, whatever the Inventory API allocates to their keys later", () => {
    const { state, order } = submitted();
    const done = must(fulfillShipment(state, order.shipments[0]?.number ?? 0, NOW));
    const live = found(getOrder(allocateAgain(done.state, order), order.id));
    expect(live.items[0]?.allocationResult).toMatchObject({ allocated: 0, pending: 0, fulfilled: 2 });
  });
});

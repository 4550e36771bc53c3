import { beforeEach, describe, expect, it } from "vitest";
import { allocate } from "./allocation.js";
import { orderAllocations, shipmentAllocations } from "./allocation-reads.js";
import { transitionCart } from "./cart-transition.js";
import { deallocate, fulfill } from "./deallocate-fulfill.js";
import { getSlot } from "./internal/stored-slot.js";
import { recordTotals } from "./records.js";
import { exportState } from "./snapshot.js";
import { given, type Given, location, must, NOW, refreshed } from "./testing/given.js";
import type { InventoryState } from "./state.js";

const owner = { orderId: 7, orderItemId: 1, shipmentId: 70 };
const totals = (s: InventoryState) => getSlot(s, "U", "L1").map((r) => recordTotals(r));

describe("D13 deallocate and fulfill act on what an owner holds", () => {
  let g: Given;
  let held: InventoryState;
  beforeEach(() => {
    g = given(location("L1"), location("DEBT", { allowFulfillmentWithNoStock: true }), refreshed("L1", [{ upc: "U", quantity: 10 }]));
    held = must(allocate(g.state, { items: [{ ...owner, upc: "U", locationCode: "L1", quantity: 4 }] }, NOW)).state;
  });

  it("deallocate returns units to their segment", () => {
    const s = must(deallocate(held, { items: [{ ...owner, quantity: 3 }] }, NOW)).state;
    expect(totals(s)).toEqual([{ onHand: 10, allocated: 1, pending: 0, available: 9 }]);
  });

  it("decrementOnHandOnDeallocate also removes them from onHand", () => {
    const s = must(deallocate(held, { items: [{ ...owner, quantity: 3 }], decrementOnHandOnDeallocate: true }, NOW)).state;
    expect(totals(s)).toEqual([{ onHand: 7, allocated: 1, pending: 0, available: 6 }]);
  });

  it("fulfill turns allocated units into an onHand deduction", () => {
    const s = must(fulfill(held, { items: [{ ...owner, quantity: 4 }] }, NOW)).state;
    expect(totals(s)).toEqual([{ onHand: 6, allocated: 0, pending: 0, available: 6 }]);
    expect(orderAllocations(s, 7)[0]).toMatchObject({ allocated: 0, fulfilled: 4 });
  });

  it("more than allocated is 400; an unknown owner is 404", () => {
    const d = deallocate(held, { items: [{ ...owner, quantity: 5 }] }, NOW);
    expect(d.ok ? "" : d.error.details[0]?.code).toBe("exceeds_allocated");
    const f = fulfill(held, { items: [{ ...owner, quantity: 5 }] }, NOW);
    expect(f.ok ? "" : f.error.details[0]?.code).toBe("exceeds_allocated");
    const n = deallocate(held, { items: [{ ...owner, orderItemId: 99, quantity: 1 }] }, NOW);
    expect(n.ok ? "" : n.error.code).toBe("not_found");
  });

  it("inventoryId acts on one granular record only", () => {
    const lots = given(location("L1"), refreshed("L1", [{ upc: "U", quantity: 2, lotCode: "A" }, { upc: "U", quantity: 2, lotCode: "B" }]));
    const s = must(allocate(lots.state, { items: [{ ...owner, upc: "U", locationCode: "L1", quantity: 4 }] }, NOW)).state;
    const [a, b] = getSlot(s, "U", "L1");
    const r = must(fulfill(s, { items: [{ ...owner, quantity: 2, inventoryId: b?.inventoryId ?? 0 }] }, NOW)).state;
    expect(getSlot(r, "U", "L1").map((x) => [x.inventoryId, recordTotals(x).onHand, recordTotals(x).allocated])).toEqual([[a?.inventoryId, 2, 2], [b?.inventoryId, 0, 0]]);
    const over = fulfill(s, { items: [{ ...owner, quantity: 3, inventoryId: b?.inventoryId ?? 0 }] }, NOW);
    expect(over.ok).toBe(false);
  });

  it("a location allowing fulfillment without stock may fulfill beyond; onHand goes negative", () => {
    const d = must(refreshed("DEBT", [{ upc: "U", quantity: 1 }])(g.state)).state;
    const s = must(allocate(d, { items: [{ ...owner, upc: "U", locationCode: "DEBT", quantity: 1 }] }, NOW)).state;
    const r = must(fulfill(s, { items: [{ ...owner, quantity: 3 }] }, NOW));
    expect(r.value.items[0]).toMatchObject({ fromAllocated: 1, beyondAllocation: 2 });
    expect(getSlot(r.state, "U", "DEBT").map((x) => recordTotals(x).onHand)).toEqual([-2]);
  });

  it("shipment allocations report what each owner holds", () => {
    expect(shipmentAllocations(held, [70])).toEqual([
      expect.objectContaining({ allocationKey: "order:7:1:70", upc: "U", allocated: 4, pending: 0, fulfilled: 0 }),
    ]);
  });

  it("a cart allocation transitions to an order item and shipment", () => {
    const c = must(allocate(g.state, { items: [{ cartId: "cart-1", cartItemId: "ci-1", upc: "U", locationCode: "L1", quantity: 2 }] }, NOW)).state;
    const t = must(transitionCart(c, { cartId: "cart-1", orderId: 7, items: [{ cartItemId: "ci-1", orderItemId: 1, shipmentId: 70 }] }));
    expect(t.value.allocationKeys).toEqual(["order:7:1:70"]);
    expect(t.state.allocations.has("cart:cart-1:ci-1")).toBe(false);
    const again = transitionCart(t.state, { cartId: "cart-1", orderId: 7, items: [{ cartItemId: "ci-1", orderItemId: 1, shipmentId: 70 }] });
    expect(again.ok ? "" : again.error.code).toBe("not_found");
  });
});

describe("D14 every write is atomic", () => {
  it("a request with one bad item changes nothing, even after good items were processed", () => {
    const g = given(location("L1"), refreshed("L1", [{ upc: "U", quantity: 5 }]));
    const before = exportState(g.state);
    const r = allocate(g.state, { items: [{ ...owner, upc: "U", locationCode: "L1", quantity: 2 }, { ...owner, orderItemId: 2, upc: "U", locationCode: "L1", quantity: -1 }] }, NOW);
    expect(r.ok).toBe(false);
    expect(exportState(g.state)).toEqual(before);
  });

  it("two allocations against the same stock cannot oversell: the second gets pending", () => {
    const g = given(location("L1"), refreshed("L1", [{ upc: "U", quantity: 1 }]));
    const a = must(allocate(g.state, { items: [{ ...owner, upc: "U", locationCode: "L1", quantity: 1 }] }, NOW)).state;
    const b = must(allocate(a, { items: [{ ...owner, orderItemId: 2, upc: "U", locationCode: "L1", quantity: 1 }] }, NOW));
    expect(b.value.items[0]).toMatchObject({ allocated: 0, pending: 1 });
  });
});

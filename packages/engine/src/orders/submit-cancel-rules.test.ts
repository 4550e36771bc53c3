/**
 * Submitting and cancelling orders (D19 via D11–D13) pinned through the public surface: what a
 * submit refuses (by index, field and message), one shipment per location and method, digital
 * items without a location, what a cancel gives back (allocated units to their segment, pending
 * units dropped, unshipped packages dropped) and when it is refused; the actions each status allows.
 */
import { describe, expect, it } from "vitest";
import {
  availableOrderActions,
  cancelOrder,
  createOrder,
  createPackage,
  createState,
  exportState,
  fulfillShipment,
  type InventoryState,
  queryInventory,
  refresh,
  saveAdminLocation,
  saveLocation,
  submitOrder,
  updateSettings,
  upsertTagCategory,
} from "../index.js";
import { must, refusal } from "../testing/results.js";

const NOW = Date.UTC(2024, 5, 1, 12);

/** L1 (U: 5), L2 (U: 1); Channel: Web (default), Store. */
function stocked(): InventoryState {
  let s = createState();
  for (const code of ["L1", "L2"]) s = must(saveLocation(s, { code })).state;
  s = must(upsertTagCategory(s, { name: "Channel", values: [{ value: "Web" }, { value: "Store" }] }, NOW)).state;
  s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 5 }] }, NOW)).state;
  return must(refresh(s, { locationCode: "L2", items: [{ upc: "U", quantity: 1 }] }, NOW)).state;
}

/** U at `location` as `onHand/allocated/pending`. */
function at(s: InventoryState, location: string): string {
  const r = queryInventory(s, { items: [{ upc: "U" }], locationCode: location, includeNegativeInventory: true, ignoreSafetyStock: true });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value.map((x) => `${x.onHand}/${x.allocated}/${x.pending}`).join(" ");
}

describe("D19 submitting an order", () => {
  it("needs an item, and a location for every item that is not digital", () => {
    const s = stocked();
    const empty = must(createOrder(s, {}, NOW));
    expect(refusal(submitOrder(empty.state, empty.value.id, NOW))).toEqual([
      `validation_failed: Order ${empty.value.id} cannot be submitted`,
      "- items required: An order needs at least one item to be submitted",
    ]);
    const o = must(createOrder(s, { items: [{ upc: "U", quantity: 1, fulfillmentMethod: "Digital" }, { upc: "U", quantity: 1 }] }, NOW));
    expect(refusal(submitOrder(o.state, o.value.id, NOW))).toEqual([
      `validation_failed: Order ${o.value.id} cannot be submitted`,
      "1 fulfillmentLocationCode required: Item 2 has no fulfillment location and the order has none",
    ]);
    // A digital item alone needs no location and allocates nothing.
    const digital = must(createOrder(s, { items: [{ upc: "U", quantity: 1, fulfillmentMethod: "Digital" }] }, NOW));
    const done = must(submitOrder(digital.state, digital.value.id, NOW));
    expect(done.value.shipments).toEqual([]);
    expect(at(done.state, "L1")).toBe("5/0/0");
  });

  it("one shipment per location and method; an item's own location wins over the order's", () => {
    const s = stocked();
    const o = must(
      createOrder(
        s,
        {
          locationCode: "L1",
          items: [
            { upc: "U", quantity: 1 },
            { upc: "U", quantity: 1, locationCode: "L2" },
            { upc: "U", quantity: 1, fulfillmentMethod: "Pickup" },
            { upc: "U", quantity: 1 },
          ],
        },
        NOW,
      ),
    );
    const r = must(submitOrder(o.state, o.value.id, NOW));
    expect(r.value.shipments.map((x) => [x.locationCode, x.items.map((i) => i.lineId)])).toEqual([
      ["L1", [1, 4]],
      ["L2", [2]],
      ["L1", [3]],
    ]);
    expect(new Set(r.value.shipments.map((x) => x.number)).size).toBe(3);
    expect(r.value.status).toBe("Submitted");
    expect(refusal(submitOrder(r.state, o.value.id, NOW))[0]).toBe(`conflict: Order ${o.value.id} is Submitted; only a Pending order can be submitted`);
    expect(refusal(submitOrder(r.state, "nope", NOW))[0]).toBe("not_found: Order nope not found");
  });
});

describe("D19 cancelling an order", () => {
  it("gives allocated units back to their segment, drops pending units and unshipped packages", () => {
    const s = stocked();
    const o = must(createOrder(s, { locationCode: "L2", items: [{ upc: "U", quantity: 3 }] }, NOW));
    const sub = must(submitOrder(o.state, o.value.id, NOW));
    expect(at(sub.state, "L2")).toBe("1/1/2");
    const p = must(createPackage(sub.state, o.value.id, { items: [{ orderItemId: 1, quantity: 1 }] }, NOW));
    expect(availableOrderActions(p.value.order)).toEqual(["CancelOrder"]);
    const c = must(cancelOrder(p.state, o.value.id, NOW));
    expect(at(c.state, "L2")).toBe("1/0/0");
    expect(c.value.status).toBe("Cancelled");
    expect(c.value.shipments.map((x) => x.status)).toEqual(["CANCELED"]);
    expect(c.value.packages).toEqual([]);
    expect(availableOrderActions(c.value)).toEqual([]);
    expect(refusal(cancelOrder(c.state, o.value.id, NOW))[0]).toBe(
      `conflict: Order ${o.value.id} is Cancelled; only a Pending or Submitted order with nothing fulfilled can be cancelled`,
    );
  });

  it("a Pending order cancels without touching stock; an order with anything fulfilled cannot be cancelled", () => {
    const s = stocked();
    const o = must(createOrder(s, { locationCode: "L1", items: [{ upc: "U", quantity: 1 }, { upc: "U", quantity: 1, locationCode: "L2" }] }, NOW));
    expect(availableOrderActions(o.value)).toEqual(["SubmitOrder", "CancelOrder"]);
    const c = must(cancelOrder(o.state, o.value.id, NOW));
    expect([c.value.status, at(c.state, "L1"), at(c.state, "L2")]).toEqual(["Cancelled", "5/0/0", "1/0/0"]);
    const sub = must(submitOrder(o.state, o.value.id, NOW));
    const first = must(fulfillShipment(sub.state, sub.value.shipments[0]?.number ?? 0, NOW));
    // One shipment fulfilled, the other still open: the order is Processing, and not cancellable.
    expect(first.value.order.status).toBe("Processing");
    expect(availableOrderActions(first.value.order)).toEqual([]);
    expect(refusal(cancelOrder(first.state, o.value.id, NOW))[0]).toBe(
      `conflict: Order ${o.value.id} is Processing; only a Pending or Submitted order with nothing fulfilled can be cancelled`,
    );
  });
});

describe("D19 submit and cancel refusals", () => {
  it("an unknown order is 404 naming orderId, for submit and cancel alike", () => {
    const s = stocked();
    const notFound = ["not_found: Order nope not found", "- orderId not_found: Order nope not found"];
    expect(refusal(submitOrder(s, "nope", NOW))).toEqual(notFound);
    expect(refusal(cancelOrder(s, "nope", NOW))).toEqual(notFound);
  });

  it("a location allocate refuses is named by the order's item index and field; nothing changes", () => {
    let s = must(saveAdminLocation(stocked(), { code: "L3" })).state;
    const o = must(createOrder(s, { locationCode: "L1", items: [{ upc: "U", quantity: 1, fulfillmentMethod: "Digital" }, { upc: "U", quantity: 1, locationCode: "L3" }] }, NOW));
    s = o.state;
    expect(refusal(submitOrder(s, o.value.id, NOW))).toEqual([
      `location_not_inventory_enabled: Order ${o.value.id} cannot be submitted: allocate request has 1 problem(s)`,
      "1 fulfillmentLocationCode location_not_inventory_enabled: Location L3 does not support inventory",
    ]);
    expect(at(s, "L1")).toBe("5/0/0");
  });
});

describe("D19 cancelling an order that holds nothing", () => {
  it("an item left unallocated (pendingOnShortfall: false) cancels cleanly", () => {
    const s = must(updateSettings(stocked(), { pendingOnShortfall: false })).state;
    const o = must(createOrder(s, { locationCode: "L1", items: [{ upc: "W", quantity: 2 }] }, NOW));
    const sub = must(submitOrder(o.state, o.value.id, NOW));
    expect(sub.value.shipments[0]?.items[0]?.unallocated).toBe(2);
    const c = must(cancelOrder(sub.state, o.value.id, NOW));
    expect(c.value.status).toBe("Cancelled");
  });
});

describe("D19 what a submitted order stores", () => {
  it("each shipment as READY at submit, without copies of its allocations (those are read live)", () => {
    const o = must(createOrder(stocked(), { locationCode: "L2", items: [{ upc: "U", quantity: 1 }] }, NOW));
    const sub = must(submitOrder(o.state, o.value.id, NOW));
    expect(sub.value.shipments[0]?.items[0]?.inventoryAllocations.length).toBe(1);
    const stored = exportState(sub.state).commerce?.orders[0];
    expect((stored?.shipments ?? []).map((x) => [x.status, x.items.map((i) => i.inventoryAllocations)])).toEqual([["READY", [[]]]]);
  });
});

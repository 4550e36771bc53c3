/**
 * Reading allocations and records pinned through the public surface: summaries with every field,
 * filtered by order or shipment and sorted by key; record reads by product.
 */
import { describe, expect, it } from "vitest";
import {
  allocate,
  allocationKey,
  changedUpcs,
  createState,
  fulfill,
  inventoryIdsOfUpc,
  type InventoryState,
  orderAllocations,
  recordsAt,
  refresh,
  saveLocation,
  shipmentAllocations,
  stockedSlots,
  stockedSlotsOf,
  stockedUpcs,
} from "./index.js";

const NOW = Date.UTC(2024, 5, 1, 12);

function must<V>(r: { ok: true; state: InventoryState; value: V } | { ok: false; error: unknown }): InventoryState {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.state;
}

function orders(): InventoryState {
  let s = createState();
  for (const code of ["L1", "L2"]) s = must(saveLocation(s, { code }));
  s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 2, lotCode: "A" }, { upc: "U", quantity: 2, lotCode: "B" }, { upc: "V", quantity: 1 }] }, NOW));
  s = must(refresh(s, { locationCode: "L2", items: [{ upc: "U", quantity: 1 }] }, NOW));
  s = must(
    allocate(s, {
      items: [
        { orderId: 2, orderItemId: 2, shipmentId: 20, upc: "U", locationCode: "L1", quantity: 5 },
        { orderId: 2, orderItemId: 1, shipmentId: 21, upc: "V", locationCode: "L1", quantity: 1 },
        { orderId: 3, orderItemId: 1, shipmentId: 20, upc: "U", locationCode: "L2", quantity: 1 },
        { cartId: "c", cartItemId: "1", upc: "U", locationCode: "L2", quantity: 1 },
      ],
    }, NOW),
  );
  return must(fulfill(s, { items: [{ orderId: 2, orderItemId: 1, shipmentId: 21, quantity: 1 }] }, NOW));
}

describe("allocation reads", () => {
  it("an order's allocations, by key, every field", () => {
    const s = orders();
    const ids = recordsAt(s, "U", "L1").map((r) => r.inventoryId);
    expect(orderAllocations(s, 2)).toEqual([
      { allocationKey: "order:2:1:21", owner: { kind: "order", orderId: 2, orderItemId: 1, shipmentId: 21 }, upc: "V", locationCode: "L1", segmentKey: "", allocated: 0, pending: 0, fulfilled: 1, inventoryIds: [] },
      { allocationKey: "order:2:2:20", owner: { kind: "order", orderId: 2, orderItemId: 2, shipmentId: 20 }, upc: "U", locationCode: "L1", segmentKey: "", allocated: 4, pending: 1, fulfilled: 0, inventoryIds: ids },
    ]);
    expect(orderAllocations(s, 9)).toEqual([]);
  });

  it("a shipment's allocations across orders, by key; carts are no shipment's", () => {
    const s = orders();
    expect(shipmentAllocations(s, [20]).map((a) => a.allocationKey)).toEqual(["order:2:2:20", "order:3:1:20"]);
    expect(shipmentAllocations(s, [21, 20]).map((a) => a.allocationKey)).toEqual(["order:2:1:21", "order:2:2:20", "order:3:1:20"]);
    expect(shipmentAllocations(s, [])).toEqual([]);
    expect(allocationKey({ kind: "cart", cartId: "c", cartItemId: "1" })).toBe("cart:c:1");
  });
});

describe("allocation reads list by key whatever the order allocations were made in", () => {
  it("twelve owners allocated newest key first come back oldest key first", () => {
    let s = must(saveLocation(createState(), { code: "L1" }));
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 100 }] }, NOW));
    const items = Array.from({ length: 12 }, (_, i) => ({ orderId: 1, orderItemId: 12 - i, shipmentId: 7, upc: "U", locationCode: "L1", quantity: 1 }));
    s = must(allocate(s, { items }, NOW));
    const keys = Array.from({ length: 12 }, (_, i) => `order:1:${i + 1}:7`).sort();
    expect(orderAllocations(s, 1).map((a) => a.allocationKey)).toEqual(keys);
    expect(shipmentAllocations(s, [7]).map((a) => a.allocationKey)).toEqual(keys);
  });
});

describe("record reads", () => {
  it("ids of a product at every location; the products stocked", () => {
    const s = orders();
    expect(inventoryIdsOfUpc(s, "U").sort((a, b) => a - b)).toEqual([...recordsAt(s, "U", "L1"), ...recordsAt(s, "U", "L2")].map((r) => r.inventoryId).sort((a, b) => a - b));
    expect(inventoryIdsOfUpc(s, "U")).toHaveLength(3);
    expect(inventoryIdsOfUpc(s, "NONE")).toEqual([]);
    expect(stockedUpcs(s).sort()).toEqual(["U", "V"]);
    expect(recordsAt(s, "U", "NOWHERE")).toEqual([]);
  });

  it("every stocked (product, location) once, with that slot's records", () => {
    const s = orders();
    const slots = stockedSlots(s).map((slot) => ({ key: `${slot.upc}@${slot.locationCode}`, ids: slot.records.map((r) => r.inventoryId) }));
    slots.sort((a, b) => a.key.localeCompare(b.key));
    expect(slots.map((slot) => slot.key)).toEqual(["U@L1", "U@L2", "V@L1"]);
    expect(slots[0]?.ids).toEqual(recordsAt(s, "U", "L1").map((r) => r.inventoryId));
    expect(slots[0]?.ids).toHaveLength(2);
    expect(stockedSlots(createState())).toEqual([]);
  });

  it("one product's stocked locations, as stockedSlots lists them", () => {
    const s = orders();
    const key = (slot: { upc: string; locationCode: string }) => `${slot.upc}@${slot.locationCode}`;
    expect(stockedSlotsOf(s, "U").map(key).sort()).toEqual(["U@L1", "U@L2"]);
    expect(stockedSlotsOf(s, "U").find((slot) => slot.locationCode === "L1")?.records).toEqual(recordsAt(s, "U", "L1"));
    expect(stockedSlotsOf(s, "NONE")).toEqual([]);
  });

  it("the products whose records a command changed, and none for a command that changed no record", () => {
    const before = orders();
    const refreshed = must(refresh(before, { locationCode: "L2", items: [{ upc: "V", quantity: 4 }, { upc: "W", quantity: 1 }] }, NOW));
    expect(changedUpcs(before, refreshed).sort()).toEqual(["V", "W"]);
    expect(changedUpcs(refreshed, before).sort()).toEqual(["V", "W"]);
    const allocated = must(allocate(refreshed, { items: [{ orderId: 9, orderItemId: 1, shipmentId: 90, upc: "U", locationCode: "L1", quantity: 1 }] }, NOW));
    expect(changedUpcs(refreshed, allocated)).toEqual(["U"]);
    expect(changedUpcs(allocated, must(saveLocation(allocated, { code: "L3" })))).toEqual([]);
    expect(changedUpcs(before, before)).toEqual([]);
    // Unrelated states: every product of either (records are compared by identity, so equal ones
    // built apart count as changed; a reader rebuilds a little more, never misses a change).
    expect(changedUpcs(createState(), before).sort()).toEqual(["U", "V"]);
    expect(changedUpcs(orders(), before).sort()).toEqual(["U", "V"]);
  });
});

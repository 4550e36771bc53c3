import { beforeEach, describe, expect, it } from "vitest";
import { allocate, type AllocateItem } from "./allocation.js";
import { getSlot } from "./internal/stored-slot.js";
import { adjust, refresh } from "./refresh-adjust.js";
import { deallocate } from "./deallocate-fulfill.js";
import { setConditionRule } from "./conditions.js";
import { exportState } from "./snapshot.js";
import { category, given, type Given, givenSettings, location, must, NOW, refreshed } from "./testing/given.js";
import type { InventoryState } from "./state.js";

const item = (quantity: number, extra: Partial<AllocateItem> = {}, orderItemId = 1): AllocateItem => ({
  orderId: 10, orderItemId, shipmentId: 100, upc: "U", locationCode: "L1", quantity, ...extra,
});
const byRecord = (s: InventoryState) =>
  getSlot(s, "U", "L1").map((r) => [r.granular?.lotCode ?? r.granular?.condition ?? r.granular?.serialNumber ?? "-", ...r.segments.map((x) => [x.onHand, x.allocated, x.pending])]);

describe("D11 allocation takes only from the item's segment, in a fixed order", () => {
  it("never from the default or another segment", () => {
    const g = given(location("L1"), category("Channel", [{ value: "Web" }, { value: "Store" }]), refreshed("L1", [{ upc: "U", quantity: 10, tags: { Channel: "Web" } }, { upc: "U", quantity: 1, tags: { Channel: "Store" } }]));
    const { state, value } = must(allocate(g.state, { items: [item(3, { tags: { Channel: "Store" } })] }, NOW));
    expect(value.items[0]).toMatchObject({ allocated: 1, pending: 2, unallocated: 0 });
    expect(byRecord(state)).toEqual([["-", [10, 0, 0], [1, 1, 2]]]);
  });

  it("earliest date first, no date last, then oldest record", () => {
    const g = given(location("L1"), refreshed("L1", [
      { upc: "U", quantity: 2, lotCode: "NODATE" },
      { upc: "U", quantity: 2, lotCode: "LATE", date: "2025-03-01" },
      { upc: "U", quantity: 2, lotCode: "EARLY", date: "2025-01-01" },
    ]));
    const { state } = must(allocate(g.state, { items: [item(5)] }, NOW));
    expect(byRecord(state)).toEqual([["NODATE", [2, 1, 0]], ["LATE", [2, 2, 0]], ["EARLY", [2, 2, 0]]]);
  });

  it("a serial number picks that record; it must exist and quantity must be 1", () => {
    const g = given(location("L1"), refreshed("L1", [{ upc: "U", quantity: 1, serialNumber: "S1" }, { upc: "U", quantity: 1, serialNumber: "S2" }]));
    const { state } = must(allocate(g.state, { items: [item(1, { serialNumber: "S2" })] }, NOW));
    expect(byRecord(state)).toEqual([["S1", [1, 0, 0]], ["S2", [1, 1, 0]]]);
    const missing = allocate(g.state, { items: [item(1, { serialNumber: "S9" }), item(2, { serialNumber: "S1" }, 2)] }, NOW);
    expect(missing.ok ? [] : missing.error.details.map((d) => [d.index, d.code])).toEqual([[0, "serial_not_found"], [1, "serial_quantity"]]);
  });

  it("a condition restricts to that condition; without one, excluded conditions are skipped", () => {
    const g = given(location("L1"), refreshed("L1", [{ upc: "U", quantity: 2, condition: "damaged" }, { upc: "U", quantity: 2, condition: "new" }]));
    const used = must(allocate(g.state, { items: [item(1, { condition: "damaged" })] }, NOW)).state;
    expect(byRecord(used)).toEqual([["damaged", [2, 1, 0]], ["new", [2, 0, 0]]]);
    const ruled = must(setConditionRule(g.state, { condition: "damaged", includeInAvailable: false }, NOW)).state;
    const plain = must(allocate(ruled, { items: [item(3)] }, NOW)).state;
    expect(byRecord(plain)).toEqual([["damaged", [2, 0, 0]], ["new", [2, 2, 1]]]);
  });

  it("unknown locations, bad quantities and missing owners are listed per item", () => {
    const g = given(location("L1"));
    const r = allocate(g.state, { items: [item(0), item(1, { locationCode: "X" }), { upc: "U", locationCode: "L1", quantity: 1 }] }, NOW);
    expect(r.ok ? "" : r.error.code).toBe("location_not_found");
    expect(r.ok ? [] : r.error.details.map((d) => [d.index, d.code])).toEqual([[0, "out_of_range"], [1, "location_not_found"], [2, "required"]]);
  });

  it("the same owner allocating another item is 409", () => {
    const g = given(location("L1"), refreshed("L1", [{ upc: "U", quantity: 5 }, { upc: "V", quantity: 5 }]));
    const s = must(allocate(g.state, { items: [item(1)] }, NOW)).state;
    const r = allocate(s, { items: [item(1, { upc: "V" })] }, NOW);
    expect(r.ok ? "" : r.error.code).toBe("conflict");
  });
});

describe("D12 shortfalls become pending and are released oldest first", () => {
  let g: Given;
  beforeEach(() => {
    g = given(location("L1"), refreshed("L1", [{ upc: "U", quantity: 3 }]));
  });

  it("reports allocated and pending per item", () => {
    const { value } = must(allocate(g.state, { items: [item(2), item(4, {}, 2)] }, NOW));
    expect(value.items.map((i) => [i.allocated, i.pending])).toEqual([[2, 0], [1, 3]]);
  });

  it("rising stock releases pending into allocated, oldest allocation first", () => {
    let s = must(allocate(g.state, { items: [item(5)] }, NOW)).state;
    s = must(allocate(s, { items: [item(2, {}, 2)] }, NOW)).state;
    expect(byRecord(s)).toEqual([["-", [3, 3, 4]]]);
    s = must(adjust(s, { locationCode: "L1", items: [{ upc: "U", quantity: 3 }] }, NOW)).state;
    expect(byRecord(s)).toEqual([["-", [6, 6, 1]]]);
    expect(s.allocations.get("order:10:1:100")?.lines).toEqual([{ inventoryId: 1, allocated: 5, pending: 0 }]);
    expect(s.allocations.get("order:10:2:100")?.lines).toEqual([{ inventoryId: 1, allocated: 1, pending: 1 }]);
  });

  it("deallocation releases pending of others", () => {
    let s = must(allocate(g.state, { items: [item(3), item(1, {}, 2)] }, NOW)).state;
    s = must(deallocate(s, { items: [{ orderId: 10, orderItemId: 1, shipmentId: 100, quantity: 2 }] }, NOW)).state;
    expect(s.allocations.get("order:10:2:100")?.lines).toEqual([{ inventoryId: 1, allocated: 1, pending: 0 }]);
  });

  it("with pendingOnShortfall false the shortfall stays unallocated", () => {
    const off = givenSettings({ pendingOnShortfall: false }, location("L1"), refreshed("L1", [{ upc: "U", quantity: 3 }]));
    const { state, value } = must(allocate(off.state, { items: [item(5)] }, NOW));
    expect(value.items[0]).toMatchObject({ allocated: 3, pending: 0, unallocated: 2 });
    expect(byRecord(state)).toEqual([["-", [3, 3, 0]]]);
  });

  it("a shortfall with no record at all creates an implicit record, removed again on deallocate", () => {
    const empty = given(location("L1"));
    const s = must(allocate(empty.state, { items: [item(2)] }, NOW)).state;
    expect(byRecord(s)).toEqual([["-", [0, 0, 2]]]);
    const back = must(deallocate(s, { items: [{ orderId: 10, orderItemId: 1, shipmentId: 100, quantity: 2 }] }, NOW)).state;
    expect({ ...exportState(back), counters: null }).toEqual({ ...exportState(empty.state), counters: null });
  });

  it("an implicit record emptied by a pending release is removed, so allocate + deallocate restores the state", () => {
    // Property counterexample (seed -170948177): the pending units of an implicit holder move to a
    // serial-numbered record refreshed into the segment; the emptied holder must not linger.
    let s = must(allocate(given(location("L1")).state, { items: [item(1)] }, NOW)).state;
    expect(byRecord(s)).toEqual([["-", [0, 0, 1]]]);
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 1, serialNumber: "S1" }] }, NOW)).state;
    expect(byRecord(s)).toEqual([["S1", [1, 1, 0]]]);
    expect(s.allocations.get("order:10:1:100")?.lines).toEqual([{ inventoryId: 2, allocated: 1, pending: 0 }]);
    const next = must(allocate(s, { items: [item(1, {}, 2)] }, NOW)).state;
    expect(byRecord(next)).toEqual([["S1", [1, 1, 1]]]);
    const back = must(deallocate(next, { items: [{ orderId: 10, orderItemId: 2, shipmentId: 100, quantity: 1 }] }, NOW)).state;
    expect({ ...exportState(back), counters: null }).toEqual({ ...exportState(s), counters: null });
  });

  it("infinite-inventory records always allocate in full", () => {
    const inf = given(location("L1"), refreshed("L1", [{ upc: "U", quantity: 1, hasInfiniteInventory: true }]));
    const { value } = must(allocate(inf.state, { items: [item(50)] }, NOW));
    expect(value.items[0]).toMatchObject({ allocated: 50, pending: 0 });
  });

  it("refresh releases pending too (segment level, from another record)", () => {
    const two = given(location("L1"), refreshed("L1", [{ upc: "U", quantity: 1, lotCode: "A" }]));
    let s = must(allocate(two.state, { items: [item(3)] }, NOW)).state;
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 5, lotCode: "B" }] }, NOW)).state;
    expect(byRecord(s)).toEqual([["A", [1, 1, 0]], ["B", [5, 2, 0]]]);
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { aggregateInventory } from "./aggregate.js";
import { queryInventory, type InventoryQuery } from "./query.js";
import { category, given, type Given, location, refreshed } from "./testing/given.js";

let g: Given;
beforeEach(() => {
  g = given(
    location("A", { directShip: true }),
    location("B", { pickup: true }),
    location("C"),
    category("Channel", [{ value: "Web" }, { value: "Store" }]),
    refreshed("A", [{ upc: "U", quantity: 5 }, { upc: "V", quantity: 9 }, { upc: "W", quantity: 1, hasInfiniteInventory: true }]),
    refreshed("B", [{ upc: "U", quantity: 2, tags: { Channel: "Store" } }, { upc: "U", quantity: 1, lotCode: "L9" }, { upc: "V", quantity: 3 }]),
    refreshed("C", [{ upc: "U", quantity: 7, safetyStock: 9 }, { upc: "U", quantity: 1, deliveryDate: "2024-07-01", externalId: "PO" }]),
  );
});
const q = (query: InventoryQuery) => {
  const r = queryInventory(g.state, query);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value.map((x) => `${x.locationCode}:${x.upc}${x.lotCode ? `/${x.lotCode}` : ""}=${x.onHand}`);
};

describe("query", () => {
  it("by products: every location holding them, granular records as rows", () => {
    expect(q({ items: [{ upc: "U" }], ignoreSafetyStock: true })).toEqual(["A:U=5", "B:U=2", "B:U/L9=1", "C:U=7"]);
  });

  it("safety stock counts towards the negative filter unless ignored", () => {
    expect(q({ items: [{ upc: "U" }] })).toEqual(["A:U=5", "B:U=2", "B:U/L9=1"]);
    expect(q({ items: [{ upc: "U" }], includeNegativeInventory: true })).toHaveLength(4);
  });

  it("whitelist, blacklist, flags", () => {
    expect(q({ items: [{ upc: "U" }], locationWhitelist: ["B"] })).toEqual(["B:U=2", "B:U/L9=1"]);
    expect(q({ items: [{ upc: "U" }], locationBlacklist: ["B", "C"] })).toEqual(["A:U=5"]);
    expect(q({ items: [{ upc: "U" }], directShip: true })).toEqual(["A:U=5"]);
    expect(q({ items: [{ upc: "U" }], pickup: true })).toEqual(["B:U=2", "B:U/L9=1"]);
  });

  it("tags and granular fields narrow rows and quantities", () => {
    expect(q({ items: [{ upc: "U", tags: { Channel: "Store" } }], ignoreSafetyStock: true })).toEqual(["A:U=0", "B:U=2", "B:U/L9=0", "C:U=0"]);
    expect(q({ items: [{ upc: "U", lotCode: "L9" }] })).toEqual(["B:U/L9=1"]);
  });

  it("infinite records only with includeItemsWithInfiniteInventoryFlag", () => {
    expect(q({ items: [{ upc: "W" }] })).toEqual([]);
    expect(q({ items: [{ upc: "W" }], includeItemsWithInfiniteInventoryFlag: true })).toEqual(["A:W=1"]);
  });

  it("limit defaults to 100 × items; priority locations come first and are never cut", () => {
    expect(q({ items: [{ upc: "U" }], limit: 1, locationPriorityList: ["B"] })).toEqual(["B:U=2", "B:U/L9=1"]);
    expect(q({ items: [{ upc: "U" }], limit: 3, locationPriorityList: ["B"] })).toEqual(["B:U=2", "B:U/L9=1", "A:U=5"]);
  });

  it("by location: every upc there, sortable", () => {
    expect(q({ locationCode: "A" })).toEqual(["A:U=5", "A:V=9"]);
    expect(q({ locationCode: "A", sortByEnum: "ON_HAND", sortDescending: true })).toEqual(["A:V=9", "A:U=5"]);
    expect(q({ locationCode: "B", items: [{ upc: "V" }] })).toEqual(["B:V=3"]);
  });

  it("future inventory in the delivery window", () => {
    const r = queryInventory(g.state, { items: [{ upc: "U" }], locationWhitelist: ["C"], includeNegativeInventory: true, includeFutureInventory: true, deliveryDateBefore: "2024-07-02" });
    expect(r.ok && r.value[0]?.futureInventory?.map((f) => [f.externalId, f.onHand])).toEqual([["PO", 1]]);
    const none = queryInventory(g.state, { items: [{ upc: "U" }], locationWhitelist: ["C"], includeNegativeInventory: true, includeFutureInventory: true, deliveryDateAfter: "2024-07-02" });
    expect(none.ok && none.value[0]?.futureInventory).toEqual([]);
  });

  it("bad queries list their problems", () => {
    const r = queryInventory(g.state, { items: [{ upc: "" }], limit: 0 });
    expect(r.ok ? [] : r.error.details.map((d) => d.field)).toEqual(["limit", "upc"]);
  });
});

describe("aggregate", () => {
  it("sums locations, safety stock reduces available (clamped per location)", () => {
    const r = aggregateInventory(g.state, { items: [{ upc: "U" }, { upc: "V" }] });
    expect(r.ok && r.value.map((x) => [x.upc, x.onHand, x.available])).toEqual([["U", 15, 8], ["V", 12, 12]]);
    const fut = aggregateInventory(g.state, { items: [{ upc: "U" }], includeFutureInventory: "futureOnly", ignoreSafetyStock: true });
    expect(fut.ok && fut.value[0]?.onHand).toBe(1);
  });
});

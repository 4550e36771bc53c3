import { beforeEach, describe, expect, it } from "vitest";
import { allocate } from "./allocation.js";
import { getAvailability } from "./availability.js";
import { deleteConditionRule, setConditionRule } from "./conditions.js";
import { saveAdminLocation } from "./locations.js";
import { queryInventory } from "./query.js";
import { category, DAY, given, type Given, givenSettings, location, must, NOW, refreshed } from "./testing/given.js";
import type { InventoryState } from "./state.js";
import type { AvailabilityRequest } from "./availability.js";

const ask = (s: InventoryState, req: Partial<AvailabilityRequest> = {}, now = NOW) => {
  const r = getAvailability(s, { upcs: ["U"], ...req }, now);
  if (!r.ok) throw new Error(r.error.message);
  return r.value[0];
};

describe("D15 condition availability rules", () => {
  let g: Given;
  beforeEach(() => {
    g = given(location("L1"), refreshed("L1", [{ upc: "U", quantity: 5 }, { upc: "U", quantity: 3, condition: "damaged" }]));
  });

  it("with enforceConditionAvailability, excluded conditions do not count", () => {
    const s = must(setConditionRule(g.state, { condition: "damaged", includeInAvailable: false }, NOW)).state;
    expect(ask(s)?.ats).toBe(8);
    expect(ask(s, { enforceConditionAvailability: true })?.ats).toBe(5);
    const included = must(setConditionRule(s, { condition: "damaged", includeInAvailable: true }, NOW));
    expect(included.value.id).toBe(1);
    expect(ask(included.state, { enforceConditionAvailability: true })?.ats).toBe(8);
  });

  it("rules are validated; deleting an unknown rule is 404", () => {
    const bad = setConditionRule(g.state, { condition: "", includeInAvailable: false }, NOW);
    expect(bad.ok ? "" : bad.error.code).toBe("validation_failed");
    const del = deleteConditionRule(g.state, 42, NOW);
    expect(del.ok ? "" : del.error.code).toBe("not_found");
  });
});

describe("D16 expiration", () => {
  const items = [{ upc: "U", quantity: 4, lotCode: "OLD", date: "2024-06-01" }, { upc: "U", quantity: 6, lotCode: "NEW", date: "2024-12-01" }];

  it("with expirationEnabled, a record dated today or earlier is never allocated", () => {
    const g = givenSettings({ expirationEnabled: true }, location("L1"), refreshed("L1", items));
    const r = must(allocate(g.state, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 5 }] }, NOW));
    expect(r.value.items[0]).toMatchObject({ allocated: 5, pending: 0 });
    expect(r.state.allocations.get("order:1:1:1")?.lines.map((l) => l.inventoryId)).toEqual([2]);
  });

  it("excludeExpired leaves expired records out of availability", () => {
    const g = givenSettings({ expirationEnabled: true }, location("L1"), refreshed("L1", items));
    expect(ask(g.state)?.ats).toBe(10);
    expect(ask(g.state, { excludeExpired: true })?.ats).toBe(6);
    expect(ask(g.state, { excludeExpired: true }, NOW - DAY)?.ats).toBe(10);
  });

  it("without the setting nothing expires", () => {
    const g = given(location("L1"), refreshed("L1", items));
    expect(ask(g.state, { excludeExpired: true })?.ats).toBe(10);
  });

  it("Get Inventory: an expired lot keeps its onHand but reports no available units (a shortfall still shows)", () => {
    const g = givenSettings({ expirationEnabled: true }, location("L1"), refreshed("L1", items));
    const rows = (s: InventoryState, now?: number) => {
      const r = queryInventory(s, { items: [{ upc: "U" }], includeNegativeInventory: true }, now);
      if (!r.ok) throw new Error(r.error.message);
      return r.value.map((row) => `${row.lotCode}:${row.onHand}/${row.available}/${row.taggedInventory.map((t) => t.available).join(",")}`);
    };
    expect(rows(g.state, NOW)).toEqual(["OLD:4/0/0", "NEW:6/6/6"]);
    expect(rows(g.state, NOW - DAY)).toEqual(["OLD:4/4/4", "NEW:6/6/6"]);
    // Without a clock nothing counts as expired; nor without the setting.
    expect(rows(g.state)).toEqual(["OLD:4/4/4", "NEW:6/6/6"]);
    expect(rows(given(location("L1"), refreshed("L1", items)).state, NOW)).toEqual(["OLD:4/4/4", "NEW:6/6/6"]);
  });
});

describe("D17 ATS and ATP", () => {
  let g: Given;
  beforeEach(() => {
    g = given(
      location("A"),
      location("B"),
      refreshed("A", [{ upc: "U", quantity: 5, safetyStock: 2 }]),
      refreshed("B", [{ upc: "U", quantity: 4 }, { upc: "U", quantity: 3, deliveryDate: "2024-07-01T00:00:00Z" }]),
    );
  });

  it("site ATS sums locations; safety stock is subtracted once per UPC-location", () => {
    const a = ask(g.state);
    expect(a).toMatchObject({ ats: 7, atp: 7, hasInfiniteInventory: false, stockStatus: "IN_STOCK" });
    expect(a?.locations.map((l) => [l.locationCode, l.ats])).toEqual([["A", 3], ["B", 4]]);
  });

  it("ATP adds future units inside the window", () => {
    expect(ask(g.state, { includeFuture: true })?.atp).toBe(10);
    expect(ask(g.state, { includeFuture: true, futureTo: "2024-06-30" })?.atp).toBe(7);
  });

  it("negative availability is clamped at 0 unless asked for", () => {
    const s = must(allocate(g.state, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "B", quantity: 6 }] }, NOW)).state;
    expect(ask(s)?.locations.map((l) => l.ats)).toEqual([3, 0]);
    expect(ask(s, { includeNegative: true })?.locations.map((l) => l.ats)).toEqual([3, -2]);
  });

  it("inactive locations and locations without inventory support are left out", () => {
    const s = must(saveAdminLocation(g.state, { code: "A", active: false })).state;
    expect(ask(s)?.ats).toBe(4);
  });

  it("tags ask about one segment; safety stock per segment", () => {
    const t = given(location("A"), category("Channel", [{ value: "Web" }, { value: "Store" }]), refreshed("A", [{ upc: "U", quantity: 5, tags: { Channel: "Web" }, safetyStock: 1 }, { upc: "U", quantity: 2, tags: { Channel: "Store" } }]));
    expect(ask(t.state, { tags: { Channel: "Store" } })?.ats).toBe(1);
    expect(ask(t.state)?.ats).toBe(6);
  });

  it("infinite inventory makes the answer unlimited", () => {
    const inf = must(refreshed("A", [{ upc: "U", hasInfiniteInventory: true }])(g.state)).state;
    expect(ask(inf)).toMatchObject({ ats: null, atp: null, hasInfiniteInventory: true, stockStatus: "IN_STOCK" });
  });

  it("stock status from available and safety stock", () => {
    const low = given(location("A"), refreshed("A", [{ upc: "U", quantity: 2, safetyStock: 5 }]));
    expect(ask(low.state)?.stockStatus).toBe("LOW_STOCK");
    const out = given(location("A"), refreshed("A", [{ upc: "U", quantity: 0 }]));
    expect(ask(out.state)?.stockStatus).toBe("OUT_OF_STOCK");
  });

  it("bad input is a validation error", () => {
    const r = getAvailability(g.state, { upcs: [], tags: { Nope: "x" } }, NOW);
    expect(r.ok ? [] : r.error.details.map((d) => d.code)).toEqual(["required", "unknown_tag_category"]);
  });
});

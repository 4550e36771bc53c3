/**
 * D17 availability pinned whole: every field of the site and per-location answer, with numbers
 * chosen so that each term (safety stock, clamping, excluded conditions, expiry, future window,
 * inactive or non-inventory locations, tags) changes the answer in its own way.
 */
import { describe, expect, it } from "vitest";
import {
  type AvailabilityRequest,
  createState,
  getAvailability,
  type InventoryState,
  type RefreshItem,
  refresh,
  saveAdminLocation,
  saveLocation,
  setConditionRule,
  upsertTagCategory,
} from "./index.js";

const NOW = Date.UTC(2024, 5, 1, 12);

function must<V>(r: { ok: true; state: InventoryState; value: V } | { ok: false; error: unknown }): InventoryState {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.state;
}

const put = (s: InventoryState, code: string, items: readonly RefreshItem[]) => must(refresh(s, { locationCode: code, items }, NOW));

/**
 * A: 6 on hand with safety stock 2, plus a damaged lot of 3 and a lot dated today (expired when expiry is on) of 4.
 * B: 1 on hand, safety stock 3 (so ATS clamps at 0, and is -2 unclamped), and 5 future units on 2024-07-01.
 * C: inactive, 100 units. D: does not support inventory, 100 units.
 */
function site(settings = { expirationEnabled: true }): InventoryState {
  let s = createState(settings);
  for (const code of ["A", "B"]) s = must(saveLocation(s, { code }));
  s = must(saveLocation(s, { code: "C", active: true }));
  s = must(saveAdminLocation(s, { code: "D", supportsInventory: true }));
  s = put(s, "A", [
    { upc: "U", quantity: 6, safetyStock: 2 },
    { upc: "U", quantity: 3, condition: "damaged" },
    { upc: "U", quantity: 4, lotCode: "T", date: "2024-06-01" },
  ]);
  s = put(s, "B", [{ upc: "U", quantity: 1, safetyStock: 3 }, { upc: "U", quantity: 5, deliveryDate: "2024-07-01" }]);
  s = put(s, "C", [{ upc: "U", quantity: 100 }]);
  s = put(s, "D", [{ upc: "U", quantity: 100 }]);
  s = must(saveLocation(s, { code: "C", active: false }));
  s = must(saveAdminLocation(s, { code: "D", supportsInventory: false }));
  return must(setConditionRule(s, { condition: "damaged", includeInAvailable: false }, NOW));
}

function ask(s: InventoryState, req: Partial<AvailabilityRequest> = {}) {
  const r = getAvailability(s, { upcs: ["U"], ...req }, NOW);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value[0];
}

/** `code ats/atp available-safety future status` per location. */
const per = (s: InventoryState, req: Partial<AvailabilityRequest> = {}) =>
  ask(s, req)?.locations.map((l) => `${l.locationCode} ${l.ats}/${l.atp} ${l.available}-${l.safetyStock} ${l.future} ${l.stockStatus}`);

describe("D17 availability, field by field", () => {
  it("the default answer: safety stock subtracted per record, terms clamped at 0", () => {
    // A: 6-2 + 3 + 4 = 11 (the safety stock is the ungranular record's own); B: 1-3 clamps to 0.
    expect(per(site())).toEqual(["A 11/11 13-2 0 IN_STOCK", "B 0/0 1-3 0 LOW_STOCK"]);
    expect(ask(site())).toMatchObject({ upc: "U", ats: 11, atp: 11, hasInfiniteInventory: false, stockStatus: "IN_STOCK" });
  });

  it("includeNegative keeps negative terms; ignoreSafetyStock drops the subtraction", () => {
    expect(per(site(), { includeNegative: true })).toEqual(["A 11/11 13-2 0 IN_STOCK", "B -2/-2 1-3 0 LOW_STOCK"]);
    expect(per(site(), { ignoreSafetyStock: true })).toEqual(["A 13/13 13-2 0 IN_STOCK", "B 1/1 1-3 0 LOW_STOCK"]);
  });

  it("enforceConditionAvailability leaves out the damaged lot; excludeExpired the lot dated today", () => {
    expect(per(site(), { enforceConditionAvailability: true })).toEqual(["A 8/8 10-2 0 IN_STOCK", "B 0/0 1-3 0 LOW_STOCK"]);
    expect(per(site(), { excludeExpired: true })).toEqual(["A 7/7 9-2 0 IN_STOCK", "B 0/0 1-3 0 LOW_STOCK"]);
    expect(per(site({ expirationEnabled: false }), { excludeExpired: true })?.[0]).toBe("A 11/11 13-2 0 IN_STOCK");
  });

  it("includeFuture adds future units to ATP inside the window, both ends inclusive", () => {
    expect(per(site(), { includeFuture: true })?.[1]).toBe("B 0/5 1-3 5 LOW_STOCK");
    expect(ask(site(), { includeFuture: true })).toMatchObject({ ats: 11, atp: 16 });
    expect(per(site(), { includeFuture: true, futureFrom: "2024-07-01", futureTo: "2024-07-01T00:00:00Z" })?.[1]).toBe("B 0/5 1-3 5 LOW_STOCK");
    expect(per(site(), { includeFuture: true, futureFrom: "2024-07-02" })?.[1]).toBe("B 0/0 1-3 0 LOW_STOCK");
    expect(per(site(), { includeFuture: true, futureTo: "2024-06-30" })?.[1]).toBe("B 0/0 1-3 0 LOW_STOCK");
    expect(per(site(), { futureFrom: "2024-06-01" })?.[1]).toBe("B 0/0 1-3 0 LOW_STOCK");
  });

  it("locationCodes narrows to those of the counted locations", () => {
    expect(per(site(), { locationCodes: ["B", "C", "D"] })).toEqual(["B 0/0 1-3 0 LOW_STOCK"]);
    expect(ask(site(), { locationCodes: ["C"] })).toEqual({ upc: "U", ats: 0, atp: 0, hasInfiniteInventory: false, stockStatus: "OUT_OF_STOCK", locations: [] });
  });

  it("an infinite-inventory record makes its location and the product unlimited", () => {
    const s = put(site(), "B", [{ upc: "U", quantity: 0, hasInfiniteInventory: true }]);
    expect(ask(s)).toMatchObject({ ats: null, atp: null, hasInfiniteInventory: true, stockStatus: "IN_STOCK" });
    expect(ask(s)?.locations.map((l) => [l.locationCode, l.ats, l.atp, l.hasInfiniteInventory, l.stockStatus])).toEqual([
      ["A", 11, 11, false, "IN_STOCK"],
      ["B", null, null, true, "IN_STOCK"],
    ]);
  });

  it("the product's status is taken from the site totals", () => {
    let s = createState();
    for (const code of ["A", "B"]) s = must(saveLocation(s, { code }));
    s = put(s, "A", [{ upc: "U", quantity: 2, safetyStock: 5 }]);
    s = put(s, "B", [{ upc: "U", quantity: 2 }]);
    expect(ask(s)).toMatchObject({ ats: 2, stockStatus: "LOW_STOCK" });
    s = put(s, "B", [{ upc: "U", quantity: 3 }]);
    expect(ask(s)).toMatchObject({ ats: 3, stockStatus: "IN_STOCK" });
  });

  it("tags: only the matching segments count, each term on its own", () => {
    let s = must(saveLocation(createState(), { code: "A" }));
    s = must(upsertTagCategory(s, { name: "Channel", values: [{ value: "Web" }, { value: "Store" }] }, NOW));
    s = put(s, "A", [{ upc: "U", quantity: 4, tags: { Channel: "Web" }, safetyStock: 1 }, { upc: "U", quantity: 9, tags: { Channel: "Store" } }]);
    expect(per(s, { tags: { Channel: "Web" } })).toEqual(["A 3/3 4-1 0 IN_STOCK"]);
    expect(per(s)).toEqual(["A 12/12 13-1 0 IN_STOCK"]);
  });

  it("refusals: no upcs, bad window dates, unknown tag category", () => {
    const r = getAvailability(site(), { upcs: [], futureFrom: "x", futureTo: "y" }, NOW);
    expect(r.ok ? [] : [r.error.code, r.error.message, ...r.error.details.map((d) => `${d.field} ${d.code}: ${d.message}`)]).toEqual([
      "validation_failed",
      "Invalid availability request",
      "upcs required: upcs are required",
      "futureFrom invalid_date: Not an ISO-8601 date",
      "futureTo invalid_date: Not an ISO-8601 date",
    ]);
    const t = getAvailability(site(), { upcs: ["U"], tags: { Nope: "x" } }, NOW);
    expect(t.ok ? "" : t.error.code).toBe("validation_failed");
    const n = getAvailability(site(), { upcs: undefined as unknown as string[] }, NOW);
    expect(n.ok ? "" : n.error.code).toBe("validation_failed");
  });
});

describe("D17 tags default the categories left out; unknown products", () => {
  it("asking by one category counts that category's value with the other categories' defaults", () => {
    let s = must(saveLocation(createState(), { code: "A" }));
    s = must(upsertTagCategory(s, { name: "Channel", values: [{ value: "Web" }, { value: "Store" }] }, NOW));
    s = must(upsertTagCategory(s, { name: "Region", values: [{ value: "EU" }, { value: "US" }] }, NOW));
    s = put(s, "A", [{ upc: "U", quantity: 4, tags: { Channel: "Web", Region: "EU" } }, { upc: "U", quantity: 8, tags: { Channel: "Web", Region: "US" } }]);
    expect(ask(s, { tags: { Channel: "Web" } })?.ats).toBe(4);
    expect(ask(s, { tags: { Channel: "Web", Region: "US" } })?.ats).toBe(8);
    expect(ask(s)?.ats).toBe(12);
  });

  it("a product without records: zero, out of stock, no locations", () => {
    const r = getAvailability(site(), { upcs: ["U", "NONE"] }, NOW);
    expect(r.ok && r.value[1]).toEqual({ upc: "NONE", ats: 0, atp: 0, hasInfiniteInventory: false, stockStatus: "OUT_OF_STOCK", locations: [] });
  });
});


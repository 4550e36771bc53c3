/**
 * D17/D18: a product whose only stock at a location is future inventory (a refresh or adjust item
 * with `deliveryDate`, and no current record of that upc there). ATP = Available + Future, so 5
 * incoming units in the window at a location with no current stock are ATP 5 there; the aggregate's
 * future modes count them too. The location filters apply as for current records; ATS stays 0.
 */
import { describe, expect, it } from "vitest";
import {
  type AggregateRequest,
  aggregateInventory,
  type AvailabilityRequest,
  adjust,
  createState,
  getAvailability,
  type InventoryState,
  type RefreshItem,
  refresh,
  saveAdminLocation,
  saveLocation,
  upsertTagCategory,
} from "./index.js";

const NOW = Date.UTC(2024, 5, 1, 12);

function must<V>(r: { ok: true; state: InventoryState; value: V } | { ok: false; error: unknown }): InventoryState {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.state;
}

const put = (s: InventoryState, code: string, items: readonly RefreshItem[]) => must(refresh(s, { locationCode: code, items }, NOW));

/**
 * A: 4 current units of U, safety stock 1, and 2 future units on 2024-07-01.
 * F: no current record of U, 5 future units on 2024-07-01 (Web) and 3 on 2024-08-01 (Store).
 * G (pickup only): no current record of U, 6 future units on 2024-07-01 by an adjust.
 * N: not in aggregates; X: inventory support removed; Z: inactive — each with 100 future units only.
 */
function site(): InventoryState {
  let s = createState();
  s = must(saveLocation(s, { code: "A", directShip: true }));
  s = must(saveLocation(s, { code: "F", directShip: true }));
  s = must(saveLocation(s, { code: "G", pickup: true }));
  s = must(saveLocation(s, { code: "N", includeInAggregate: false }));
  s = must(saveLocation(s, { code: "X" }));
  s = must(saveLocation(s, { code: "Z" }));
  s = must(upsertTagCategory(s, { name: "Channel", values: [{ value: "Web" }, { value: "Store" }] }, NOW));
  s = put(s, "A", [{ upc: "U", quantity: 4, safetyStock: 1 }, { upc: "U", quantity: 2, deliveryDate: "2024-07-01" }]);
  s = put(s, "F", [
    { upc: "U", quantity: 5, deliveryDate: "2024-07-01" },
    { upc: "U", quantity: 3, deliveryDate: "2024-08-01", tags: { Channel: "Store" } },
  ]);
  s = must(adjust(s, { locationCode: "G", items: [{ upc: "U", quantity: 6, deliveryDate: "2024-07-01" }] }, NOW));
  for (const code of ["N", "X", "Z"]) s = put(s, code, [{ upc: "U", quantity: 100, deliveryDate: "2024-07-01" }]);
  s = must(saveAdminLocation(s, { code: "X", supportsInventory: false }));
  return must(saveLocation(s, { code: "Z", active: false }));
}

function ask(s: InventoryState, req: Partial<AvailabilityRequest> = {}) {
  const r = getAvailability(s, { upcs: ["U"], ...req }, NOW);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value[0];
}

/** `code ats/atp available-safety future status` per location. */
const per = (s: InventoryState, req: Partial<AvailabilityRequest> = {}) =>
  ask(s, req)?.locations.map((l) => `${l.locationCode} ${l.ats}/${l.atp} ${l.available}-${l.safetyStock} ${l.future} ${l.stockStatus}`);

function agg(s: InventoryState, req: Partial<AggregateRequest> = {}) {
  const r = aggregateInventory(s, { items: [{ upc: "U" }], ...req });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const a = r.value[0];
  return a && `${a.onHand} ${a.available} ${a.allocated}/${a.pending} floor ${a.floor} ss ${a.safetyStock}`;
}

describe("D17 availability where a location holds only future units of the product", () => {
  it("with future included, the location is listed: ATS 0, ATP its future units in the window", () => {
    // N is listed (aggregate flags do not matter here); X (no inventory support) and Z (inactive) are not.
    expect(per(site(), { includeFuture: true })).toEqual([
      "A 3/5 4-1 2 IN_STOCK",
      "F 0/8 0-0 8 OUT_OF_STOCK",
      "G 0/6 0-0 6 OUT_OF_STOCK",
      "N 0/100 0-0 100 OUT_OF_STOCK",
    ]);
    expect(ask(site(), { includeFuture: true })).toMatchObject({ ats: 3, atp: 119, hasInfiniteInventory: false, stockStatus: "IN_STOCK" });
  });

  it("the window and the tags decide the future units; the location stays listed at 0", () => {
    expect(per(site(), { includeFuture: true, futureTo: "2024-07-01" })?.slice(1, 3)).toEqual(["F 0/5 0-0 5 OUT_OF_STOCK", "G 0/6 0-0 6 OUT_OF_STOCK"]);
    expect(per(site(), { includeFuture: true, futureFrom: "2024-07-02" })?.slice(1, 3)).toEqual(["F 0/3 0-0 3 OUT_OF_STOCK", "G 0/0 0-0 0 OUT_OF_STOCK"]);
    expect(per(site(), { includeFuture: true, tags: { Channel: "Store" } })).toEqual([
      "A 0/0 0-0 0 OUT_OF_STOCK",
      "F 0/3 0-0 3 OUT_OF_STOCK",
      "G 0/0 0-0 0 OUT_OF_STOCK",
      "N 0/0 0-0 0 OUT_OF_STOCK",
    ]);
  });

  it("locationCodes narrows them like current locations; includeNegative and ignoreSafetyStock change nothing there", () => {
    expect(per(site(), { includeFuture: true, locationCodes: ["F", "X", "Z"] })).toEqual(["F 0/8 0-0 8 OUT_OF_STOCK"]);
    expect(ask(site(), { includeFuture: true, locationCodes: ["G"] })).toMatchObject({ ats: 0, atp: 6 });
    expect(per(site(), { includeFuture: true, includeNegative: true, ignoreSafetyStock: true })?.slice(1)).toEqual([
      "F 0/8 0-0 8 OUT_OF_STOCK",
      "G 0/6 0-0 6 OUT_OF_STOCK",
      "N 0/100 0-0 100 OUT_OF_STOCK",
    ]);
  });

  it("without future included, only the locations with current records are listed (as before)", () => {
    expect(per(site())).toEqual(["A 3/3 4-1 0 IN_STOCK"]);
    expect(ask(site(), { upcs: ["U"], futureFrom: "2024-06-01" })).toMatchObject({ ats: 3, atp: 3 });
  });

  it("a product with future units only, anywhere: ATS 0, ATP the future units, locations in code order", () => {
    let s = must(saveLocation(createState(), { code: "M" }));
    s = must(saveLocation(s, { code: "L" }));
    s = put(s, "M", [{ upc: "P", quantity: 2, deliveryDate: "2024-07-01" }]);
    s = put(s, "L", [{ upc: "P", quantity: 5, deliveryDate: "2024-07-01" }]);
    const r = getAvailability(s, { upcs: ["P"], includeFuture: true }, NOW);
    const at = (code: string, future: number) => ({ locationCode: code, ats: 0, atp: future, available: 0, safetyStock: 0, future, hasInfiniteInventory: false, stockStatus: "OUT_OF_STOCK" });
    expect(r.ok && r.value).toEqual([
      { upc: "P", ats: 0, atp: 7, hasInfiniteInventory: false, stockStatus: "OUT_OF_STOCK", locations: [at("L", 5), at("M", 2)] },
    ]);
  });
});

describe("aggregate where a location holds only future units of the product", () => {
  it("futureOnly and futureAndCurrent count them at the locations included in aggregates", () => {
    // A 2 + F 8 + G 6; N (not in aggregates), X (no inventory support) are left out. Z is inactive but
    // included in aggregates, as for current records.
    expect(agg(site(), { includeFutureInventory: "futureOnly" })).toBe("116 116 0/0 floor 0 ss 0");
    // A: 4 - 1 + 2 = 5 available, 6 on hand.
    expect(agg(site(), { includeFutureInventory: "futureAndCurrent" })).toBe("120 119 0/0 floor 0 ss 1");
    expect(agg(site())).toBe("4 3 0/0 floor 0 ss 1");
  });

  it("the window, the tags and the location flags apply to them", () => {
    expect(agg(site(), { includeFutureInventory: "futureOnly", futureStartDate: "2024-07-02" })).toBe("3 3 0/0 floor 0 ss 0");
    expect(agg(site(), { includeFutureInventory: "futureOnly", tags: { Channel: "Store" } })).toBe("3 3 0/0 floor 0 ss 0");
    expect(agg(site(), { includeFutureInventory: "futureOnly", directShip: true })).toBe("10 10 0/0 floor 0 ss 0");
    expect(agg(site(), { includeFutureInventory: "futureAndCurrent", pickup: true })).toBe("6 6 0/0 floor 0 ss 0");
  });

  it("a product with future units only, anywhere", () => {
    const s = put(must(saveLocation(createState(), { code: "L" })), "L", [{ upc: "P", quantity: 5, deliveryDate: "2024-07-01" }]);
    const r = aggregateInventory(s, { items: [{ upc: "P" }], includeFutureInventory: "futureAndCurrent" });
    expect(r.ok && r.value).toEqual([{ upc: "P", onHand: 5, available: 5, allocated: 0, pending: 0, floor: 0, safetyStock: 0, tags: {} }]);
  });
});

/**
 * The aggregate pinned whole through the public surface: which locations count (aggregate flag,
 * inventory support, directShip / pickup / transferEnabled), safety stock and clamping per
 * location, future units by mode and window, tags, and the refusals.
 */
import { describe, expect, it } from "vitest";
import {
  type AggregateRequest,
  aggregateInventory,
  allocate,
  createState,
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

/**
 * A (directShip): 10 on hand, 3 allocated, safety stock 2, floor 1. B (pickup, transfer): 1 on hand,
 * safety stock 4 (so its available clamps). N: not in aggregates. X: no inventory support.
 * Futures: 5 at A on 2024-07-01, 7 at B on 2024-08-01.
 */
function site(): InventoryState {
  let s = createState();
  s = must(saveLocation(s, { code: "A", directShip: true }));
  s = must(saveLocation(s, { code: "B", pickup: true, transferEnabled: true }));
  s = must(saveLocation(s, { code: "N", includeInAggregate: false }));
  s = must(saveLocation(s, { code: "X" }));
  const put = (code: string, items: RefreshItem[]) => {
    s = must(refresh(s, { locationCode: code, items }, NOW));
  };
  put("A", [{ upc: "U", quantity: 10, safetyStock: 2, floor: 1 }, { upc: "U", quantity: 5, deliveryDate: "2024-07-01" }]);
  put("B", [{ upc: "U", quantity: 1, safetyStock: 4 }, { upc: "U", quantity: 7, deliveryDate: "2024-08-01" }]);
  put("N", [{ upc: "U", quantity: 100 }]);
  put("X", [{ upc: "U", quantity: 100 }]);
  s = must(saveAdminLocation(s, { code: "X", supportsInventory: false }));
  return must(allocate(s, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "A", quantity: 3 }] }, NOW));
}

function agg(s: InventoryState, req: Partial<AggregateRequest> = {}) {
  const r = aggregateInventory(s, { items: [{ upc: "U" }], ...req });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const a = r.value[0];
  return a && `${a.onHand} ${a.available} ${a.allocated}/${a.pending} floor ${a.floor} ss ${a.safetyStock}`;
}

describe("aggregate", () => {
  it("counted locations; available per location less safety stock, clamped at 0", () => {
    // A: 10 - 3 - 2 = 5; B: 1 - 4 → 0.
    expect(agg(site())).toBe("11 5 3/0 floor 1 ss 6");
    expect(agg(site(), { includeNegativeInventory: true })).toBe("11 2 3/0 floor 1 ss 6");
    expect(agg(site(), { ignoreSafetyStock: true })).toBe("11 8 3/0 floor 1 ss 6");
  });

  it("pending units are summed over the counted locations like allocated ones", () => {
    let s = must(saveLocation(createState(), { code: "A" }));
    s = must(saveLocation(s, { code: "B" }));
    s = must(refresh(s, { locationCode: "A", items: [{ upc: "U", quantity: 2 }] }, NOW));
    s = must(refresh(s, { locationCode: "B", items: [{ upc: "U", quantity: 1 }] }, NOW));
    s = must(allocate(s, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "A", quantity: 5 }] }, NOW));
    s = must(allocate(s, { items: [{ orderId: 2, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "B", quantity: 3 }] }, NOW));
    expect(agg(s, { includeNegativeInventory: true })).toBe("3 -5 3/5 floor 0 ss 0");
  });

  it("directShip, pickup and transferEnabled each narrow to the locations that have them", () => {
    expect(agg(site(), { directShip: true })).toBe("10 5 3/0 floor 1 ss 2");
    expect(agg(site(), { pickup: true })).toBe("1 0 0/0 floor 0 ss 4");
    expect(agg(site(), { transferEnabled: true })).toBe("1 0 0/0 floor 0 ss 4");
    expect(agg(site(), { directShip: false, pickup: false, transferEnabled: false })).toBe("11 5 3/0 floor 1 ss 6");
  });

  it("future units: futureOnly, futureAndCurrent, inside the window (inclusive)", () => {
    expect(agg(site(), { includeFutureInventory: "futureOnly" })).toBe("12 12 0/0 floor 0 ss 0");
    expect(agg(site(), { includeFutureInventory: "futureAndCurrent" })).toBe("23 14 3/0 floor 1 ss 6"); // A 5 + 5, B (1 - 4) + 7: clamped after the future units
    expect(agg(site(), { includeFutureInventory: "futureOnly", futureStartDate: "2024-07-02" })).toBe("7 7 0/0 floor 0 ss 0");
    expect(agg(site(), { includeFutureInventory: "futureOnly", futureStartDate: "2024-07-01", futureEndDate: "2024-07-01" })).toBe("5 5 0/0 floor 0 ss 0");
    expect(agg(site(), { futureStartDate: "2024-07-01" })).toBe("11 5 3/0 floor 1 ss 6");
  });

  it("tags: only matching segments; the row names the tags when every category is given", () => {
    let s = must(saveLocation(createState(), { code: "A" }));
    s = must(upsertTagCategory(s, { name: "Channel", values: [{ value: "Web" }, { value: "Store" }] }, NOW));
    s = must(upsertTagCategory(s, { name: "Region", values: [{ value: "EU" }, { value: "US" }] }, NOW));
    s = must(refresh(s, { locationCode: "A", items: [{ upc: "U", quantity: 4, tags: { Channel: "Web", Region: "EU" } }, { upc: "U", quantity: 9, tags: { Channel: "Store", Region: "EU" } }] }, NOW));
    const r = aggregateInventory(s, { items: [{ upc: "U", tags: { Channel: "Web" } }, { upc: "U" }], tags: { Channel: "Store", Region: "EU" } });
    expect(r.ok && r.value.map((a) => [a.onHand, a.tags])).toEqual([
      [4, {}],
      [9, { Channel: "Store", Region: "EU" }],
    ]);
    const forced = aggregateInventory(s, { items: [{ upc: "U", tags: { Channel: "Web" } }], forceDefaultsForUnspecifiedTagCategories: true });
    expect(forced.ok && forced.value.map((a) => [a.onHand, a.tags])).toEqual([[4, { Channel: "Web", Region: "EU" }]]);
  });

  it("refusals: items required, each upc required, tags resolved", () => {
    const r = aggregateInventory(site(), { items: [] });
    expect(r.ok ? [] : [r.error.code, r.error.message, ...r.error.details.map((d) => `${d.index ?? "-"} ${d.field} ${d.code}: ${d.message}`)]).toEqual([
      "validation_failed",
      "Invalid aggregate request",
      "- items required: items are required",
    ]);
    const u = aggregateInventory(site(), { items: [{ upc: "U" }, { upc: "" }, { upc: "V", tags: { Nope: "x" } }] });
    expect(u.ok ? [] : u.error.details.map((d) => `${d.index ?? "-"} ${d.field} ${d.code}: ${d.message}`)).toEqual([
      "1 upc required: upc is required",
      "2 tags.Nope unknown_tag_category: Unknown tag category Nope",
    ]);
    const odd = aggregateInventory(site(), { items: [{ upc: "U" }, {}, { upc: 7 }] as unknown as { upc: string }[] });
    expect(odd.ok ? [] : odd.error.details.map((d) => `${d.index ?? "-"} ${d.field} ${d.code}`)).toEqual(["1 upc required", "2 upc required"]);
    const n = aggregateInventory(site(), { items: undefined as unknown as [] });
    expect(n.ok ? [] : n.error.details.map((d) => `${d.index ?? "-"} ${d.field} ${d.code}`)).toEqual(["- items required"]);
    expect(aggregateInventory(site(), { items: [{ upc: "none" }] })).toMatchObject({ ok: true, value: [{ upc: "none", onHand: 0, available: 0 }] });
  });
});

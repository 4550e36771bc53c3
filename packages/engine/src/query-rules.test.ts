/**
 * The inventory query pinned where a changed rule changes the rows: each location flag, each sort
 * key in both directions with its tie-break, the limit (explicit and default) and the priority list,
 * the negative filter's boundary, future rows and their window, and each refusal.
 */
import { describe, expect, it } from "vitest";
import {
  createState,
  type InventoryQuery,
  type InventoryState,
  queryInventory,
  type RefreshItem,
  refresh,
  saveLocation,
  upsertTagCategory,
} from "./index.js";

const NOW = Date.UTC(2024, 5, 1, 12);

function must<V>(r: { ok: true; state: InventoryState; value: V } | { ok: false; error: unknown }): InventoryState {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.state;
}

const put = (s: InventoryState, code: string, items: readonly RefreshItem[]) => must(refresh(s, { locationCode: code, items }, NOW));

/** Locations each with one flag set: T transferEnabled, G includeInAggregate, X includeInLocationExport, P plain. */
function flagged(): InventoryState {
  let s = createState();
  s = must(saveLocation(s, { code: "T", transferEnabled: true, includeInAggregate: false, includeInLocationExport: false }));
  s = must(saveLocation(s, { code: "G", includeInAggregate: true, includeInLocationExport: false }));
  s = must(saveLocation(s, { code: "X", includeInAggregate: false, includeInLocationExport: true }));
  s = must(saveLocation(s, { code: "P", includeInAggregate: false, includeInLocationExport: false }));
  for (const code of ["T", "G", "X", "P"]) s = put(s, code, [{ upc: "U", quantity: 1 }]);
  return s;
}

function q(s: InventoryState, query: InventoryQuery): string[] {
  const r = queryInventory(s, query);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value.map((x) => `${x.locationCode}:${x.upc}${x.lotCode ? `/${x.lotCode}` : ""}=${x.onHand}`);
}

/** One location, upcs with distinct onHand / allocated-free available / part numbers for sorting. */
function shelf(): InventoryState {
  let s = must(saveLocation(createState(), { code: "L" }));
  s = put(s, "L", [
    { upc: "B", quantity: 3, partNumber: "p2" },
    { upc: "A", quantity: 5, partNumber: "p3" },
    { upc: "C", quantity: 1 },
    { upc: "D", quantity: 3, partNumber: "p1" },
  ]);
  return s;
}

describe("query: location flags", () => {
  it("each flag keeps only the locations that have it", () => {
    const s = flagged();
    expect(q(s, { items: [{ upc: "U" }] })).toEqual(["G:U=1", "P:U=1", "T:U=1", "X:U=1"]);
    expect(q(s, { items: [{ upc: "U" }], transferEnabled: true })).toEqual(["T:U=1"]);
    expect(q(s, { items: [{ upc: "U" }], includeInAggregateExport: true })).toEqual(["G:U=1"]);
    expect(q(s, { items: [{ upc: "U" }], includeInLocationExport: true })).toEqual(["X:U=1"]);
    expect(q(s, { items: [{ upc: "U" }], transferEnabled: false, includeInAggregateExport: false })).toHaveLength(4);
    expect(q(s, { locationCode: "T", transferEnabled: true })).toEqual(["T:U=1"]);
    expect(q(s, { locationCode: "P", transferEnabled: true })).toEqual([]);
  });
});

describe("query: sort by location", () => {
  it("each key ascending and descending; ties by record id, in both directions", () => {
    const s = shelf();
    expect(q(s, { locationCode: "L" })).toEqual(["L:A=5", "L:B=3", "L:C=1", "L:D=3"]);
    expect(q(s, { locationCode: "L", sortByEnum: "ON_HAND" })).toEqual(["L:C=1", "L:B=3", "L:D=3", "L:A=5"]);
    expect(q(s, { locationCode: "L", sortByEnum: "ON_HAND", sortDescending: true })).toEqual(["L:A=5", "L:B=3", "L:D=3", "L:C=1"]);
    expect(q(s, { locationCode: "L", sortByEnum: "AVAILABLE", sortDescending: true })).toEqual(["L:A=5", "L:B=3", "L:D=3", "L:C=1"]);
    expect(q(s, { locationCode: "L", sortByEnum: "PART_NUMBER" })).toEqual(["L:C=1", "L:D=3", "L:B=3", "L:A=5"]);
    expect(q(s, { locationCode: "L", sortByEnum: "PRODUCT_ID", sortDescending: true })).toEqual(["L:D=3", "L:C=1", "L:B=3", "L:A=5"]);
    expect(q(s, { locationCode: "L", sortByEnum: "ALLOCATED" })).toEqual(["L:B=3", "L:A=5", "L:C=1", "L:D=3"]);
    expect(q(s, { locationCode: "L", sortByEnum: "ALLOCATED", sortDescending: true })).toEqual(["L:B=3", "L:A=5", "L:C=1", "L:D=3"]);
  });
});

describe("query: limit and priority", () => {
  it("an explicit limit cuts the rows; the default is 100 per item", () => {
    const s = shelf();
    expect(q(s, { locationCode: "L", limit: 2 })).toEqual(["L:A=5", "L:B=3"]);
    expect(q(s, { locationCode: "L", limit: 4 })).toHaveLength(4);
    let big = must(saveLocation(createState(), { code: "L" }));
    big = put(big, "L", Array.from({ length: 201 }, (_, i) => ({ upc: "U", quantity: 1, lotCode: `L${i}` })));
    expect(q(big, { items: [{ upc: "U" }] })).toHaveLength(100);
    expect(q(big, { items: [{ upc: "U" }, { upc: "V" }] })).toHaveLength(200);
    expect(q(big, { locationCode: "L" })).toHaveLength(100);
  });

  it("priority locations come first, in the listed order, and are not cut by the limit", () => {
    const s = flagged();
    expect(q(s, { items: [{ upc: "U" }], locationPriorityList: ["X", "G"] })).toEqual(["X:U=1", "G:U=1", "P:U=1", "T:U=1"]);
    expect(q(s, { items: [{ upc: "U" }], locationPriorityList: ["X", "G"], limit: 3 })).toEqual(["X:U=1", "G:U=1", "P:U=1"]);
    expect(q(s, { items: [{ upc: "U" }], locationPriorityList: ["X", "G", "T"], limit: 2 })).toEqual(["X:U=1", "G:U=1", "T:U=1"]);
  });
});

describe("query: the negative filter", () => {
  it("available − safety stock = 0 is kept, −1 is left out unless asked for", () => {
    let s = must(saveLocation(createState(), { code: "L" }));
    s = put(s, "L", [{ upc: "Z", quantity: 2, safetyStock: 2 }, { upc: "N", quantity: 2, safetyStock: 3 }]);
    expect(q(s, { locationCode: "L" })).toEqual(["L:Z=2"]);
    expect(q(s, { locationCode: "L", ignoreSafetyStock: true })).toEqual(["L:N=2", "L:Z=2"]);
    expect(q(s, { locationCode: "L", includeNegativeInventory: true })).toEqual(["L:N=2", "L:Z=2"]);
  });

  it("infinite-inventory records only when asked for", () => {
    let s = must(saveLocation(createState(), { code: "L" }));
    s = put(s, "L", [{ upc: "I", quantity: 1, safetyStock: 5, hasInfiniteInventory: true }, { upc: "F", quantity: 1, safetyStock: 5 }]);
    expect(q(s, { items: [{ upc: "I" }], includeNegativeInventory: true })).toEqual([]);
    const r = queryInventory(s, { items: [{ upc: "I" }, { upc: "F" }], includeItemsWithInfiniteInventoryFlag: true, includeNegativeInventory: true });
    expect(r.ok && r.value.map((x) => [x.upc, x.taggedInventory.map((t) => t.stockStatus)])).toEqual([
      ["I", ["IN_STOCK"]],
      ["F", ["LOW_STOCK"]],
    ]);
  });
});

describe("query: future rows", () => {
  function withFutures(): InventoryState {
    let s = must(saveLocation(createState(), { code: "L" }));
    s = must(upsertTagCategory(s, { name: "Channel", values: [{ value: "Web" }, { value: "Store" }] }, NOW));
    return put(s, "L", [
      { upc: "U", quantity: 1, tags: { Channel: "Web" } },
      { upc: "U", quantity: 2, lotCode: "A" },
      { upc: "U", quantity: 5, deliveryDate: "2024-07-01", tags: { Channel: "Web" } },
      { upc: "U", quantity: 7, deliveryDate: "2024-08-01", tags: { Channel: "Store" } },
    ]);
  }
  const futures = (s: InventoryState, query: Partial<InventoryQuery>) => {
    const r = queryInventory(s, { items: [{ upc: "U" }], includeNegativeInventory: true, ...query });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value.map((x) => [
      x.lotCode ?? "-",
      x.futureInventory?.map((f) => f.onHand) ?? "none",
      x.taggedInventory.map((t) => `${Object.values(t.tags).join()}:${t.futureInventory?.map((f) => f.onHand).join("+") ?? "none"}`),
    ]);
  };

  it("only on the ungranular record, per segment too, inside the window (inclusive)", () => {
    const s = withFutures();
    expect(futures(s, {})).toEqual([
      ["-", "none", ["Web:none"]],
      ["A", "none", ["Web:none"]],
    ]);
    expect(futures(s, { includeFutureInventory: true })).toEqual([
      ["-", [5, 7], ["Web:5"]],
      ["A", "none", ["Web:none"]],
    ]);
    expect(futures(s, { includeFutureInventory: true, deliveryDateAfter: "2024-08-01", deliveryDateBefore: "2024-08-01" })[0]?.[1]).toEqual([7]);
    expect(futures(s, { includeFutureInventory: true, deliveryDateBefore: "2024-07-31" })[0]?.[1]).toEqual([5]);
    expect(futures(s, { includeFutureInventory: true, tags: { Channel: "Store" } })).toEqual([
      ["-", [7], []],
      ["A", "none", []],
    ]);
  });
});

describe("query: refusals", () => {
  it("every problem listed, with its message", () => {
    const r = queryInventory(createState(), { limit: 0, deliveryDateAfter: "x", deliveryDateBefore: "y" });
    expect(r.ok ? [] : [r.error.code, r.error.message, ...r.error.details.map((d) => `${d.index ?? "-"} ${d.field} ${d.code}: ${d.message}`)]).toEqual([
      "validation_failed",
      "Invalid inventory query",
      "- items required: items are required unless a locationCode is given",
      "- limit invalid: limit must be a positive integer",
      "- deliveryDateAfter invalid_date: Not an ISO-8601 date",
      "- deliveryDateBefore invalid_date: Not an ISO-8601 date",
    ]);
    const items = queryInventory(createState(), { items: [{ upc: "U" }, { upc: "" }, { upc: "V", tags: { Nope: "x" } }], limit: 1.5 });
    expect(items.ok ? [] : items.error.details.map((d) => `${d.index ?? "-"} ${d.field} ${d.code}`)).toEqual([
      "- limit invalid",
      "1 upc required",
      expect.stringMatching(/^2 tags/),
    ]);
    const byLocation = queryInventory(createState(), { locationCode: "L", tags: { Nope: "x" } });
    expect(byLocation.ok ? "" : byLocation.error.code).toBe("validation_failed");
    expect(queryInventory(createState(), { locationCode: "L", limit: 1 }).ok).toBe(true);
  });
});

describe("query: items by location, defaults, empty locations", () => {
  function tagged(): InventoryState {
    let s = must(saveLocation(createState(), { code: "L" }));
    s = must(saveLocation(s, { code: "EMPTY" }));
    s = must(upsertTagCategory(s, { name: "Channel", values: [{ value: "Web" }, { value: "Store" }] }, NOW));
    s = must(upsertTagCategory(s, { name: "Region", values: [{ value: "EU" }, { value: "US" }] }, NOW));
    return put(s, "L", [
      { upc: "U", quantity: 4, tags: { Channel: "Web", Region: "EU" } },
      { upc: "U", quantity: 8, tags: { Channel: "Web", Region: "US" } },
      { upc: "V", quantity: 1 },
    ]);
  }

  it("items asked by location come back in item order", () => {
    expect(q(tagged(), { locationCode: "L", items: [{ upc: "V" }, { upc: "U" }] })).toEqual(["L:V=1", "L:U=12"]);
  });

  it("forceDefaultsForUnspecifiedTagCategories counts only the defaults of the categories left out", () => {
    expect(q(tagged(), { items: [{ upc: "U", tags: { Channel: "Web" } }] })).toEqual(["L:U=12"]);
    expect(q(tagged(), { items: [{ upc: "U", tags: { Channel: "Web" } }], forceDefaultsForUnspecifiedTagCategories: true })).toEqual(["L:U=4"]);
  });

  it("an item's own tags win over the query's, even when the query's are unknown", () => {
    expect(q(tagged(), { locationCode: "L", items: [{ upc: "U", tags: { Region: "US" } }], tags: { Nope: "x" } })).toEqual(["L:U=8"]);
  });

  it("a location without stock lists nothing", () => {
    expect(q(tagged(), { locationCode: "EMPTY" })).toEqual([]);
  });
});


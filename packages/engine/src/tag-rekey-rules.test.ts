/**
 * What a tag configuration change does to stored stock (D5, D7), pinned through the public
 * surface: a deleted value's stock joins the default (segments that meet add up), a deleted
 * category's segments merge, a category that gains its first value puts everything on it,
 * futures and allocations follow their segment, and a new percentage re-splits each group apart.
 */
import { describe, expect, it } from "vitest";
import {
  allocate,
  createState,
  createTagValue,
  deallocate,
  deleteTagCategory,
  deleteTagValue,
  futureRecordsFor,
  type InventoryState,
  queryInventory,
  type RefreshItem,
  refresh,
  saveLocation,
  updateTagValue,
  upsertTagCategory,
} from "./index.js";

const NOW = Date.UTC(2024, 5, 1, 12);

function must<V>(r: { ok: true; state: InventoryState; value: V } | { ok: false; error: unknown }): InventoryState {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.state;
}

/** Every stored segment of U at L1 as `tags=onHand/allocated/pending`, sorted. */
function segments(s: InventoryState): string[] {
  const r = queryInventory(s, { items: [{ upc: "U" }], locationCode: "L1", includeNegativeInventory: true, ignoreSafetyStock: true });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value.flatMap((x) => x.taggedInventory.map((t) => `${Object.values(t.tags).join("/")}=${t.onHand}/${t.allocated}/${t.pending}`)).sort();
}

/** Channel (Web default, Store, Outlet) × Region (EU default, US), stock in four segments. */
function grid(): InventoryState {
  let s = must(saveLocation(createState(), { code: "L1" }));
  s = must(upsertTagCategory(s, { name: "Channel", values: [{ value: "Web" }, { value: "Store" }, { value: "Outlet" }] }, NOW));
  s = must(upsertTagCategory(s, { name: "Region", values: [{ value: "EU" }, { value: "US" }] }, NOW));
  const items: RefreshItem[] = [
    { upc: "U", quantity: 1, tags: { Channel: "Web", Region: "EU" } },
    { upc: "U", quantity: 2, tags: { Channel: "Outlet", Region: "EU" } },
    { upc: "U", quantity: 4, tags: { Channel: "Outlet", Region: "US" } },
    { upc: "U", quantity: 8, tags: { Channel: "Web", Region: "US" } },
    { upc: "U", quantity: 16, tags: { Channel: "Store", Region: "US" } },
  ];
  return must(refresh(s, { locationCode: "L1", items }, NOW));
}

describe("D5 rekeying stored stock", () => {
  it("a deleted value's stock joins the default value, segment by segment", () => {
    expect(segments(grid())).toEqual(["Outlet/EU=2/0/0", "Outlet/US=4/0/0", "Store/US=16/0/0", "Web/EU=1/0/0", "Web/US=8/0/0"]);
    expect(segments(must(deleteTagValue(grid(), "Channel", "Outlet", NOW)))).toEqual(["Store/US=16/0/0", "Web/EU=3/0/0", "Web/US=12/0/0"]);
  });

  it("a deleted category's segments merge", () => {
    expect(segments(must(deleteTagCategory(grid(), "Region", NOW)))).toEqual(["Outlet=6/0/0", "Store=16/0/0", "Web=9/0/0"]);
  });

  it("held units and their allocation move along with the key", () => {
    let s = must(allocate(grid(), { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 3, tags: { Channel: "Store", Region: "US" } }] }, NOW));
    s = must(upsertTagCategory(s, { name: "Size", values: [{ value: "M" }] }, NOW));
    expect(segments(s)).toContain("Store/US/M=16/3/0");
    s = must(deallocate(s, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, quantity: 3 }] }, NOW));
    expect(segments(s)).toContain("Store/US/M=16/0/0");
  });

  it("a new category puts every segment on its default value", () => {
    const s = must(upsertTagCategory(grid(), { name: "Size", values: [{ value: "M" }] }, NOW));
    expect(segments(s)).toEqual(["Outlet/EU/M=2/0/0", "Outlet/US/M=4/0/0", "Store/US/M=16/0/0", "Web/EU/M=1/0/0", "Web/US/M=8/0/0"]);
  });

  it("future records follow their segment", () => {
    let s = must(refresh(grid(), { locationCode: "L1", items: [{ upc: "U", quantity: 5, deliveryDate: "2024-07-01", tags: { Channel: "Outlet", Region: "US" } }] }, NOW));
    s = must(deleteTagValue(s, "Channel", "Outlet", NOW));
    const r = queryInventory(s, { items: [{ upc: "U", tags: { Channel: "Web", Region: "US" } }], locationCode: "L1", includeFutureInventory: true });
    expect(r.ok && r.value.flatMap((x) => x.futureInventory?.map((f) => f.onHand) ?? [])).toEqual([5]);
    expect(futureRecordsFor(s, "U")).toHaveLength(1);
  });

  it("renaming a value or adding one moves nothing", () => {
    const before = segments(grid());
    expect(segments(must(createTagValue(grid(), "Region", { value: "APAC" }, NOW)))).toEqual(before);
    expect(segments(must(updateTagValue(grid(), "Region", "US", { value: "NA" }, NOW)))).toEqual(before.map((x) => x.replace("/US=", "/NA=")));
  });
});

describe("D7 a new percentage re-splits the free stock of each group apart", () => {
  it("per region; held units stay where they are", () => {
    let s = must(saveLocation(createState(), { code: "L1" }));
    s = must(upsertTagCategory(s, { name: "Region", values: [{ value: "EU" }, { value: "US" }] }, NOW));
    s = must(upsertTagCategory(s, { name: "Split", values: [{ value: "P1", percent: 50 }, { value: "P2" }] }, NOW));
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 10, tags: { Region: "EU" } }, { upc: "U", quantity: 4, tags: { Region: "US" } }] }, NOW));
    expect(segments(s)).toEqual(["EU/P1=5/0/0", "EU/P2=5/0/0", "US/P1=2/0/0", "US/P2=2/0/0"]);
    s = must(updateTagValue(s, "Split", "P1", { percent: 80 }, NOW));
    expect(segments(s)).toEqual(["EU/P1=8/0/0", "EU/P2=2/0/0", "US/P1=3/0/0", "US/P2=1/0/0"]);
    s = must(allocate(s, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 2, tags: { Region: "EU", Split: "P2" } }] }, NOW));
    s = must(updateTagValue(s, "Split", "P1", { percent: 100 }, NOW));
    expect(segments(s)).toEqual(["EU/P1=8/0/0", "EU/P2=2/2/0", "US/P1=4/0/0"]);
  });

  it("a single percentage category alone", () => {
    let s = must(saveLocation(createState(), { code: "L1" }));
    s = must(upsertTagCategory(s, { name: "Split", values: [{ value: "P1", percent: 50 }, { value: "P2" }] }, NOW));
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 10 }] }, NOW));
    s = must(updateTagValue(s, "Split", "P1", { percent: 30 }, NOW));
    expect(segments(s)).toEqual(["P1=3/0/0", "P2=7/0/0"]);
  });
});

describe("D5 a value holds units while any segment using it holds allocated or pending units", () => {
  it("pending units alone are enough; a value of another category is not affected", () => {
    let s = must(saveLocation(createState(), { code: "L1" }));
    s = must(upsertTagCategory(s, { name: "Channel", values: [{ value: "Web" }, { value: "Store" }] }, NOW));
    s = must(upsertTagCategory(s, { name: "Region", values: [{ value: "EU" }, { value: "US" }] }, NOW));
    s = must(allocate(s, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 1, tags: { Channel: "Store", Region: "EU" } }] }, NOW));
    expect(segments(s)).toEqual(["Store/EU=0/0/1"]);
    expect(deleteTagValue(s, "Channel", "Store", NOW).ok).toBe(false);
    expect(deleteTagValue(s, "Region", "US", NOW).ok).toBe(true);
    expect(deleteTagValue(s, "Region", "EU", NOW).ok).toBe(false);
  });
});

describe("D5/D7 rekeying: what stays and in which order", () => {
  /** Tagged segments of U at L1 in the order a query lists them. */
  function listed(s: InventoryState): string[] {
    const r = queryInventory(s, { items: [{ upc: "U" }], locationCode: "L1", includeNegativeInventory: true, ignoreSafetyStock: true });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value.flatMap((x) => x.taggedInventory.map((t) => `${Object.values(t.tags).join("/")}=${t.onHand}/${t.allocated}/${t.pending}`));
  }

  it("segments stay in key order when a deleted value's stock joins a default made later", () => {
    // Channel: Web (id 1), Store (2), Outlet (3, the default); Region: EU (4), US (5).
    let s = must(saveLocation(createState(), { code: "L1" }));
    s = must(upsertTagCategory(s, { name: "Channel", values: [{ value: "Web" }, { value: "Store" }, { value: "Outlet", isDefault: true }] }, NOW));
    s = must(upsertTagCategory(s, { name: "Region", values: [{ value: "EU" }, { value: "US" }] }, NOW));
    s = must(
      refresh(s, {
        locationCode: "L1",
        items: [
          { upc: "U", quantity: 1, tags: { Channel: "Web", Region: "EU" } },
          { upc: "U", quantity: 2, tags: { Channel: "Web", Region: "US" } },
          { upc: "U", quantity: 4, tags: { Channel: "Store", Region: "US" } },
          { upc: "U", quantity: 8, tags: { Channel: "Outlet", Region: "US" } },
        ],
      }, NOW),
    );
    expect(listed(s)).toEqual(["Web/EU=1/0/0", "Web/US=2/0/0", "Store/US=4/0/0", "Outlet/US=8/0/0"]);
    s = must(deleteTagValue(s, "Channel", "Web", NOW));
    // Web/EU → Outlet/EU, Web/US → Outlet/US (merged): listed by key (Store before Outlet), as a fresh write would list them.
    expect(listed(s)).toEqual(["Store/US=4/0/0", "Outlet/EU=1/0/0", "Outlet/US=10/0/0"]);
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 3, tags: { Channel: "Store", Region: "EU" } }] }, NOW));
    expect(listed(s)).toEqual(["Store/EU=3/0/0", "Store/US=4/0/0", "Outlet/EU=1/0/0", "Outlet/US=10/0/0"]);
  });

  it("a segment holding only pending units, or only allocated ones, keeps them through a rekey", () => {
    let s = must(saveLocation(createState(), { code: "L1" }));
    s = must(upsertTagCategory(s, { name: "Channel", values: [{ value: "Web" }, { value: "Store" }] }, NOW));
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 2, tags: { Channel: "Web" } }] }, NOW));
    s = must(allocate(s, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 3, tags: { Channel: "Store" } }] }, NOW));
    expect(segments(s)).toEqual(["Store=0/0/3", "Web=2/0/0"]);
    const sized = must(upsertTagCategory(s, { name: "Size", values: [{ value: "M" }] }, NOW));
    expect(segments(sized)).toEqual(["Store/M=0/0/3", "Web/M=2/0/0"]);
    // The pending units are still released where they are held.
    const stocked = must(refresh(sized, { locationCode: "L1", items: [{ upc: "U", quantity: 5, tags: { Channel: "Store", Size: "M" } }] }, NOW));
    expect(segments(stocked)).toEqual(["Store/M=5/3/0", "Web/M=2/0/0"]);
    // Allocated units of a segment whose onHand was refreshed to 0 (available −3) stay too.
    const emptied = must(refresh(stocked, { locationCode: "L1", items: [{ upc: "U", quantity: 0, tags: { Channel: "Store", Size: "M" } }] }, NOW));
    expect(segments(emptied)).toEqual(["Store/M=0/3/0", "Web/M=2/0/0"]);
    expect(segments(must(upsertTagCategory(emptied, { name: "Region", values: [{ value: "EU" }] }, NOW)))).toEqual(["Store/M/EU=0/3/0", "Web/M/EU=2/0/0"]);
  });

  it("a re-split that moves all free stock to another value moves it, though the counts look alike", () => {
    let s = must(saveLocation(createState(), { code: "L1" }));
    s = must(upsertTagCategory(s, { name: "Split", values: [{ value: "P1", percent: 100 }, { value: "P2" }] }, NOW));
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 10 }] }, NOW));
    expect(segments(s)).toEqual(["P1=10/0/0"]);
    s = must(updateTagValue(s, "Split", "P1", { percent: 0 }, NOW));
    expect(segments(s)).toEqual(["P2=10/0/0"]);
  });
});

describe("D5 a deleted value's stock joins a default that holds units", () => {
  it("the default keeps its allocated and pending units, whichever segment comes first; the joined stock releases pending units (D12)", () => {
    let s = must(saveLocation(createState(), { code: "L1" }));
    // Web (id 1) comes before Store (2, the default) in key order.
    s = must(upsertTagCategory(s, { name: "Channel", values: [{ value: "Web" }, { value: "Store", isDefault: true }] }, NOW));
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 1, tags: { Channel: "Web" } }, { upc: "U", quantity: 2 }] }, NOW));
    s = must(allocate(s, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 4 }] }, NOW));
    expect(segments(s)).toEqual(["Store=2/2/2", "Web=1/0/0"]);
    expect(segments(must(deleteTagValue(s, "Channel", "Web", NOW)))).toEqual(["Store=3/3/1"]);
  });
});

describe("D7 a re-split creates the segments a group did not have yet", () => {
  it("in the middle of three categories: the new segment's key keeps the other categories' values", () => {
    let s = must(saveLocation(createState(), { code: "L1" }));
    s = must(upsertTagCategory(s, { name: "Channel", values: [{ value: "Web" }] }, NOW));
    s = must(upsertTagCategory(s, { name: "Region", values: [{ value: "EU" }, { value: "US" }] }, NOW));
    s = must(upsertTagCategory(s, { name: "Split", values: [{ value: "P1", percent: 100 }, { value: "P2" }] }, NOW));
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 10, tags: { Region: "EU" } }, { upc: "U", quantity: 4, tags: { Region: "US" } }] }, NOW));
    expect(segments(s)).toEqual(["Web/EU/P1=10/0/0", "Web/US/P1=4/0/0"]);
    s = must(updateTagValue(s, "Split", "P1", { percent: 50 }, NOW));
    expect(segments(s)).toEqual(["Web/EU/P1=5/0/0", "Web/EU/P2=5/0/0", "Web/US/P1=2/0/0", "Web/US/P2=2/0/0"]);
    // The new segments are the ones a direct write addresses: no second P2 row appears.
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 7, tags: { Region: "EU", Split: "P2" } }] }, NOW));
    expect(segments(s)).toEqual(["Web/EU/P1=5/0/0", "Web/EU/P2=7/0/0", "Web/US/P1=2/0/0", "Web/US/P2=2/0/0"]);
  });

  it("alone: the new segment is the one a direct write addresses", () => {
    let s = must(saveLocation(createState(), { code: "L1" }));
    s = must(upsertTagCategory(s, { name: "Split", values: [{ value: "P1", percent: 100 }, { value: "P2" }] }, NOW));
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 10 }] }, NOW));
    s = must(updateTagValue(s, "Split", "P1", { percent: 70 }, NOW));
    expect(segments(s)).toEqual(["P1=7/0/0", "P2=3/0/0"]);
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 1, tags: { Split: "P2" } }] }, NOW));
    expect(segments(s)).toEqual(["P1=7/0/0", "P2=1/0/0"]);
  });

  it("allocated and pending units both count as held when a percentage changes", () => {
    let s = must(saveLocation(createState(), { code: "L1" }));
    s = must(upsertTagCategory(s, { name: "Split", values: [{ value: "P1", percent: 50 }, { value: "P2" }] }, NOW));
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 4 }] }, NOW));
    s = must(allocate(s, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 3, tags: { Split: "P2" } }] }, NOW));
    expect(segments(s)).toEqual(["P1=2/0/0", "P2=2/2/1"]);
    s = must(updateTagValue(s, "Split", "P1", { percent: 75 }, NOW));
    // P2 holds 3 units (2 allocated + 1 pending): it keeps 3 of the 4 on hand, P1 the rest, and
    // the pending unit is then released into the stock P2 gained (D12).
    expect(segments(s)).toEqual(["P1=1/0/0", "P2=3/3/0"]);
  });
});

describe("D5 held units are found by a value's whole id", () => {
  it("a value whose id has two digits (12) holds its segment's units; the value whose id is one of the digits (2) holds none", () => {
    // Category C takes id 1, its values A1..A11 ids 2..12; A5 is the default.
    let s = must(saveLocation(createState({ totalTagLimit: 11 }), { code: "L1" }));
    const names = Array.from({ length: 11 }, (_, i) => `A${i + 1}`);
    s = must(upsertTagCategory(s, { name: "C", values: names.map((value) => ({ value, isDefault: value === "A5" })) }, NOW));
    expect(s.tagCategories[0]?.values.map((v) => v.tagId)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    s = must(allocate(s, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 1, tags: { C: "A11" } }] }, NOW));
    expect(segments(s)).toEqual(["A11=0/0/1"]);
    const r = deleteTagValue(s, "C", "A11", NOW);
    expect(r.ok ? "deleted" : r.error.code).toBe("conflict");
    expect(deleteTagValue(s, "C", "A1", NOW).ok).toBe(true);
  });
});

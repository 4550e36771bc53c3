/**
 * Refresh and adjust (D3, D7, D8, D9, D18) pinned field by field through the public surface: each
 * refusal by its code, field, index and message; each limit on both sides; the pool split of D7;
 * the write summary. Cases are built so that the rule, not the data, decides the outcome.
 */
import { describe, expect, it } from "vitest";
import {
  ADJUST_ITEM_LIMIT,
  type AdjustItem,
  adjust,
  allocate,
  createState,
  deallocate,
  futureRecordsFor,
  type InventoryState,
  QUANTITY_MAX,
  queryInventory,
  REFRESH_ITEM_LIMIT,
  recordsAt,
  type RefreshItem,
  refresh,
  saveLocation,
  upsertTagCategory,
} from "./index.js";
import { must } from "./testing/results.js";

const NOW = Date.UTC(2024, 5, 1, 12);

function located(): InventoryState {
  return must(saveLocation(createState(), { code: "L1" })).state;
}

const put = (s: InventoryState, items: readonly RefreshItem[]) => refresh(s, { locationCode: "L1", items }, NOW);
const add = (s: InventoryState, items: readonly AdjustItem[]) => adjust(s, { locationCode: "L1", items }, NOW);

/** The refusal's details as `index field code: message`. */
function refusal(r: ReturnType<typeof refresh>): string[] {
  if (r.ok) return ["ok"];
  return r.error.details.map((d) => `${d.index ?? "-"} ${d.field} ${d.code}: ${d.message}`);
}

/** Rows of `upc` at L1 as `lot:onHand/allocated/pending[@safetyStock]`. */
function rows(s: InventoryState, upc = "U"): string[] {
  const r = queryInventory(s, { items: [{ upc }], locationCode: "L1", includeNegativeInventory: true, ignoreSafetyStock: true });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value.map((x) => `${x.lotCode ?? "-"}:${x.onHand}/${x.allocated}/${x.pending}@${x.safetyStock}`);
}

describe("D8/D9 refresh item checks: code, field, index and message", () => {
  it("safetyStock and floor are non-negative integers, retailPrice a non-negative number, ltd a finite number", () => {
    const r = put(located(), [
      { upc: "U", quantity: 1, safetyStock: -1 },
      { upc: "U", quantity: 1, floor: 1.5 },
      { upc: "U", quantity: 1, retailPrice: -0.5 },
      { upc: "U", quantity: 1, ltd: Number.POSITIVE_INFINITY },
      { upc: "U", quantity: 1, safetyStock: "3" as unknown as number },
      { upc: "U", quantity: 1, retailPrice: Number.NaN },
      { upc: "U", quantity: 1, ltd: "2" as unknown as number },
      { upc: "U", quantity: 1, safetyStock: 2.5 },
    ]);
    expect(refusal(r)).toEqual([
      "0 safetyStock invalid: safetyStock must be a non-negative integer",
      "1 floor invalid: floor must be a non-negative integer",
      "2 retailPrice invalid: retailPrice must be a non-negative number",
      "3 ltd invalid: ltd must be a number",
      "4 safetyStock invalid: safetyStock must be a non-negative integer",
      "5 retailPrice invalid: retailPrice must be a non-negative number",
      "6 ltd invalid: ltd must be a number",
      "7 safetyStock invalid: safetyStock must be a non-negative integer",
    ]);
    if (!r.ok) expect(r.error.message).toBe("refresh request has 8 invalid item field(s)");
  });

  it("the boundaries pass: 0, a fractional price, a negative ltd", () => {
    const { state } = must(put(located(), [{ upc: "U", quantity: 1, safetyStock: 0, floor: 0, retailPrice: 0.5, ltd: -2 }]));
    const r = queryInventory(state, { items: [{ upc: "U" }], locationCode: "L1", ignoreSafetyStock: true });
    expect(r.ok && r.value.map((x) => [x.safetyStock, x.floor, x.retailPrice, x.ltd])).toEqual([[0, 0, 0.5, -2]]);
  });

  it("a refresh quantity is an integer ≥ 0; an adjust quantity a signed integer", () => {
    expect(refusal(put(located(), [{ upc: "U", quantity: -1 }, { upc: "U", quantity: 0 }]))[0]).toMatch(/^0 quantity /);
    expect(refusal(put(located(), [{ upc: "U", quantity: 0 }]))).toEqual(["ok"]);
    const s = must(put(located(), [{ upc: "U", quantity: 5 }])).state;
    expect(refusal(add(s, [{ upc: "U", quantity: 1.5 }]))[0]).toMatch(/^0 quantity /);
    expect(refusal(add(s, [{ upc: "U", quantity: undefined as unknown as number }]))[0]).toMatch(/^0 quantity /);
    expect(rows(must(add(s, [{ upc: "U", quantity: -5 }])).state)).toEqual(["-:0/0/0@0"]);
  });

  it("a serial-numbered refresh of 2 units is refused before anything is written; 1 passes", () => {
    expect(refusal(put(located(), [{ upc: "U", quantity: 2, serialNumber: "S" }]))).toEqual([
      "0 quantity serial_quantity: A serial-numbered record holds 0 or 1 unit",
    ]);
    expect(refusal(put(located(), [{ upc: "U", quantity: 1, serialNumber: "S" }]))).toEqual(["ok"]);
  });

  it("adjusting a serial-numbered record past 1 unit is refused, with the item's index", () => {
    const s = must(put(located(), [{ upc: "U", quantity: 1, serialNumber: "S" }])).state;
    expect(refusal(add(s, [{ upc: "V", quantity: 1 }, { upc: "U", quantity: 1, serialNumber: "S" }]))).toEqual([
      "1 quantity serial_quantity: A serial-numbered record holds 0 or 1 unit",
    ]);
    expect(rows(must(add(s, [{ upc: "U", quantity: -1, serialNumber: "S" }])).state)).toEqual(["-:0/0/0@0"]);
  });

  it("below zero: the message gives the would-be onHand", () => {
    const s = must(put(located(), [{ upc: "U", quantity: 2 }])).state;
    expect(refusal(add(s, [{ upc: "U", quantity: -3 }]))).toEqual(["0 quantity negative_on_hand: onHand would become -1"]);
    expect(refusal(add(located(), [{ upc: "U", quantity: -1 }]))).toEqual(["0 quantity negative_on_hand: onHand would become -1"]);
  });
});

describe("D8 the request as a whole", () => {
  it("no items, or items that are not a list: validation_failed on items", () => {
    for (const items of [[], undefined, "x"] as unknown as RefreshItem[][]) {
      const r = put(located(), items);
      expect(r.ok ? "" : `${r.error.code} ${r.error.message} ${refusal(r).join()}`).toBe(
        "validation_failed items are required - items required: items are required",
      );
    }
  });

  it("limits on both sides, with the limit in the refusal", () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => ({ upc: `U${i % 50}`, quantity: 1 }));
    expect(add(located(), items(ADJUST_ITEM_LIMIT)).ok).toBe(true);
    const a = add(located(), items(ADJUST_ITEM_LIMIT + 1));
    expect(a.ok ? "" : `${a.error.code} ${a.error.message} ${refusal(a).join()}`).toBe(
      "limit_exceeded A adjust takes at most 1000 items - items too_many_items: 1001 items exceed the limit of 1000",
    );
    expect(put(located(), items(REFRESH_ITEM_LIMIT)).ok).toBe(true);
    const r = put(located(), items(REFRESH_ITEM_LIMIT + 1));
    expect(r.ok ? "" : `${r.error.code} ${r.error.message}`).toBe("limit_exceeded A refresh takes at most 12000 items");
  });

  it("an unknown location is refused before the items are read", () => {
    const r = refresh(located(), { locationCode: "NOPE", items: [{ upc: "", quantity: -1 }] }, NOW);
    expect(r.ok ? "" : r.error.code).toBe("location_not_found");
  });

  it("the summary: location, item count, record ids in item order, future ids apart", () => {
    const s = must(put(located(), [{ upc: "A", quantity: 1 }])).state;
    const { value } = must(
      put(s, [
        { upc: "B", quantity: 1 },
        { upc: "A", quantity: 2 },
        { upc: "A", quantity: 3, deliveryDate: "2024-07-01T00:00:00Z", externalId: "PO" },
      ]),
    );
    expect(value.locationCode).toBe("L1");
    expect(value.itemCount).toBe(3);
    expect(value.inventoryIds).toHaveLength(2);
    expect(value.inventoryIds[0]).toBeGreaterThan(value.inventoryIds[1] as number);
    expect(value.futureInventoryIds).toHaveLength(1);
  });
});

describe("D8 a refresh without a quantity changes metadata only", () => {
  it("onHand stays, the metadata changes; an adjust item never changes metadata", () => {
    const s = must(put(located(), [{ upc: "U", quantity: 4, safetyStock: 1 }])).state;
    const t = must(put(s, [{ upc: "U", safetyStock: 3 }])).state;
    expect(rows(t)).toEqual(["-:4/0/0@3"]);
    const u = must(add(t, [{ upc: "U", quantity: 1 }])).state;
    expect(rows(u)).toEqual(["-:5/0/0@3"]);
  });
});

describe("D3 a granular record's safety stock applies to every record of the (location, upc)", () => {
  it("set on one lot, read on all; an ungranular refresh sets its own record only", () => {
    let s = must(put(located(), [{ upc: "U", quantity: 1 }, { upc: "U", quantity: 2, lotCode: "A" }, { upc: "V", quantity: 1 }])).state;
    s = must(put(s, [{ upc: "U", quantity: 3, lotCode: "B", safetyStock: 2 }])).state;
    expect(rows(s)).toEqual(["-:1/0/0@2", "A:2/0/0@2", "B:3/0/0@2"]);
    expect(rows(s, "V")).toEqual(["-:1/0/0@0"]);
    s = must(put(s, [{ upc: "U", quantity: 1, safetyStock: 5 }])).state;
    expect(rows(s)).toEqual(["-:1/0/0@5", "A:2/0/0@2", "B:3/0/0@2"]);
  });
});

describe("D7 a write into the pool of a percentage category is split over its segments", () => {
  function split(): InventoryState {
    return must(upsertTagCategory(located(), { name: "Split", values: [{ value: "P1", percent: 70 }, { value: "P2" }] }, NOW)).state;
  }
  const bySegment = (s: InventoryState) =>
    ["P1", "P2"].map((v) => {
      const r = queryInventory(s, { items: [{ upc: "U", tags: { Split: v } }], locationCode: "L1", includeNegativeInventory: true });
      return r.ok ? r.value[0]?.onHand : NaN;
    });

  it("refresh splits the total, adjust splits the new total, below zero is refused", () => {
    let s = must(put(split(), [{ upc: "U", quantity: 10 }])).state;
    expect(bySegment(s)).toEqual([7, 3]);
    s = must(add(s, [{ upc: "U", quantity: 10 }])).state;
    expect(bySegment(s)).toEqual([14, 6]);
    expect(refusal(add(s, [{ upc: "U", quantity: -21 }]))).toEqual(["0 quantity negative_on_hand: onHand would become -1"]);
    s = must(add(s, [{ upc: "U", quantity: -20 }])).state;
    expect(bySegment(s)).toEqual([0, 0]);
  });

  it("the value without a percent is written directly; the other keeps its units", () => {
    let s = must(put(split(), [{ upc: "U", quantity: 10 }])).state;
    s = must(put(s, [{ upc: "U", quantity: 1, tags: { Split: "P2" } }])).state;
    expect(bySegment(s)).toEqual([7, 1]);
    s = must(add(s, [{ upc: "U", quantity: 2, tags: { Split: "P2" } }])).state;
    expect(bySegment(s)).toEqual([7, 3]);
    expect(refusal(add(s, [{ upc: "U", quantity: 2, tags: { Split: "P1" } }]))[0]).toMatch(/^0 tags.Split percent_value_addressed/);
  });

  it("held units stay in their segment: the split works around them", () => {
    let s = must(put(split(), [{ upc: "U", quantity: 10 }])).state;
    s = must(allocate(s, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 3, tags: { Split: "P2" } }] }, NOW)).state;
    s = must(put(s, [{ upc: "U", quantity: 4 }])).state;
    const r = queryInventory(s, { items: [{ upc: "U", tags: { Split: "P2" } }], locationCode: "L1", includeNegativeInventory: true });
    expect(r.ok && r.value.map((x) => [x.onHand, x.allocated])).toEqual([[3, 3]]);
    expect(bySegment(s)[0]).toBe(1);
  });
});

describe("D18 items with a delivery date", () => {
  it("each refusal: bad date, no quantity (granular fields are accepted, issue 15)", () => {
    expect(
      refusal(
        put(located(), [
          { upc: "U", quantity: 1, deliveryDate: "soon" },
          { upc: "U", quantity: 1, deliveryDate: "2024-07-01", lotCode: "A" },
          { upc: "U", deliveryDate: "2024-07-01" },
          { upc: "U", quantity: 1, deliveryDate: 5 as unknown as string },
        ]),
      ),
    ).toEqual([
      "0 deliveryDate invalid_date: deliveryDate must be an ISO-8601 date-time",
      "2 quantity required: Future inventory needs a quantity",
      "3 deliveryDate invalid_date: deliveryDate must be an ISO-8601 date-time",
    ]);
  });

  it("refresh and adjust write future records of their type; current stock is untouched", () => {
    let s = must(put(located(), [{ upc: "U", quantity: 2 }, { upc: "U", quantity: 5, deliveryDate: "2024-07-01", externalId: "PO" }])).state;
    s = must(add(s, [{ upc: "U", quantity: 3, deliveryDate: "2024-08-01" }])).state;
    expect(futureRecordsFor(s, "U", "L1").map((f) => [f.type, f.onHand, f.deliveryDate, f.externalId ?? "-"])).toEqual([
      ["REFRESH", 5, "2024-07-01T00:00:00.000Z", "PO"],
      ["ADJUST", 3, "2024-08-01T00:00:00.000Z", "-"],
    ]);
  });

  it("a delivery date already past arrives at once", () => {
    const s = must(put(located(), [{ upc: "U", quantity: 2 }, { upc: "U", quantity: 5, deliveryDate: "2024-05-01" }])).state;
    expect(rows(s)).toEqual(["-:7/0/0@0"]);
    expect(futureRecordsFor(s, "U", "L1")).toEqual([]);
  });
});

describe("refresh-only fields, checks that run together, implicit records", () => {
  it("an adjust ignores the fields only a refresh has", () => {
    const s = must(put(located(), [{ upc: "U", quantity: 1, safetyStock: 1 }])).state;
    const odd = { upc: "U", quantity: 1, safetyStock: -1, floor: 0.5, ltd: "x" } as unknown as AdjustItem;
    expect(rows(must(add(s, [odd])).state)).toEqual(["-:2/0/0@1"]);
  });

  it("a serial refresh of 2 units with another bad field lists both", () => {
    expect(refusal(put(located(), [{ upc: "U", quantity: 2, serialNumber: "S", safetyStock: -1 }]))).toEqual([
      "0 safetyStock invalid: safetyStock must be a non-negative integer",
      "0 quantity serial_quantity: A serial-numbered record holds 0 or 1 unit",
    ]);
  });

  it("a future item in a percentage category goes to the default segment, not the pool; unknown tags are refused", () => {
    const s = must(upsertTagCategory(located(), { name: "Split", values: [{ value: "P1", percent: 70 }, { value: "P2" }] }, NOW)).state;
    const f = must(put(s, [{ upc: "U", quantity: 4, deliveryDate: "2024-07-01" }])).state;
    expect(futureRecordsFor(f, "U").map((x) => x.onHand)).toEqual([4]);
    expect(rows(f)).toEqual([]);
    expect(refusal(put(s, [{ upc: "U", quantity: 4, deliveryDate: "2024-07-01", tags: { Nope: "x" } }]))[0]).toMatch(/^0 tags/);
  });

  it("pending units count as held when a pool is split", () => {
    let s = must(upsertTagCategory(located(), { name: "Split", values: [{ value: "P1", percent: 50 }, { value: "P2" }] }, NOW)).state;
    s = must(put(s, [{ upc: "U", quantity: 2 }])).state;
    s = must(allocate(s, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 5, tags: { Split: "P2" } }] }, NOW)).state;
    s = must(put(s, [{ upc: "U", quantity: 10 }])).state;
    const r = queryInventory(s, { items: [{ upc: "U", tags: { Split: "P2" } }], locationCode: "L1", includeNegativeInventory: true });
    // P2 holds 1 allocated + 4 pending when the refresh splits the pool: all 5 count as held.
    expect(r.ok && r.value.map((x) => [x.onHand, x.allocated, x.pending])).toEqual([[7, 5, 0]]);
  });

  it("an adjust makes the record an allocation created explicit: it stays once empty", () => {
    let s = must(allocate(located(), { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 1 }] }, NOW)).state;
    expect(rows(s)).toEqual(["-:0/0/1@0"]);
    s = must(add(s, [{ upc: "U", quantity: 0 }])).state;
    s = must(deallocate(s, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, quantity: 1 }] }, NOW)).state;
    expect(rows(s)).toEqual(["-:0/0/0@0"]);
  });
});

describe("adjust's infinite-inventory mark", () => {
  const mark = (s: InventoryState) => recordsAt(s, "U", "L1").map((r) => r.details.hasInfiniteInventory);

  it("an adjust sets and clears the mark when given; absent, the mark stays", () => {
    let s = must(put(located(), [{ upc: "U", quantity: 1 }])).state;
    s = must(add(s, [{ upc: "U", quantity: 0, hasInfiniteInventory: true }])).state;
    expect(mark(s)).toEqual([true]);
    s = must(add(s, [{ upc: "U", quantity: 1 }])).state;
    expect(mark(s)).toEqual([true]);
    s = must(add(s, [{ upc: "U", quantity: 0, hasInfiniteInventory: false }])).state;
    expect(mark(s)).toEqual([false]);
  });

  it("setting the mark makes a record an allocation created explicit", () => {
    let s = must(allocate(located(), { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 1 }] }, NOW)).state;
    expect(recordsAt(s, "U", "L1").map((r) => r.details.implicit)).toEqual([true]);
    s = must(add(s, [{ upc: "U", quantity: 0, hasInfiniteInventory: true }])).state;
    expect(recordsAt(s, "U", "L1").map((r) => [r.details.implicit, r.details.hasInfiniteInventory])).toEqual([[false, true]]);
  });
});

describe("quantitySetsAvailable and the 32-bit range on writes", () => {
  it("a pool refresh with quantitySetsAvailable adds allocated and pending units of the pool to onHand", () => {
    let s = must(saveLocation(createState({ quantitySetsAvailable: true }), { code: "L1" })).state;
    s = must(upsertTagCategory(s, { name: "Split", values: [{ value: "P1", percent: 50 }, { value: "P2" }] }, NOW)).state;
    s = must(put(s, [{ upc: "U", quantity: 2 }])).state;
    s = must(allocate(s, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity: 5, tags: { Split: "P2" } }] }, NOW)).state;
    s = must(put(s, [{ upc: "U", quantity: 10 }])).state;
    // Held when the refresh is written: 1 allocated + 4 pending in P2, so onHand becomes 10 + 5.
    const r = queryInventory(s, { items: [{ upc: "U" }], locationCode: "L1", includeNegativeInventory: true });
    expect(r.ok && r.value.reduce((a, x) => a + x.onHand, 0)).toBe(15);
  });

  it("a pool write of exactly QUANTITY_MAX passes; one more is refused with the pool's would-be onHand", () => {
    let s = must(upsertTagCategory(located(), { name: "Split", values: [{ value: "P1", percent: 50 }, { value: "P2" }] }, NOW)).state;
    s = must(upsertTagCategory(s, { name: "Color", values: [{ value: "red" }, { value: "blue" }] }, NOW)).state;
    expect(must(put(s, [{ upc: "U", quantity: QUANTITY_MAX, tags: { Color: "blue" } }])).state).toBeDefined();
    // The red pool holds 5 more units of the record: the refusal names the blue pool's total, not the record's.
    s = must(put(s, [{ upc: "U", quantity: 5, tags: { Color: "red" } }, { upc: "U", quantity: QUANTITY_MAX - 5, tags: { Color: "blue" } }])).state;
    expect(refusal(add(s, [{ upc: "U", quantity: 6, tags: { Color: "blue" } }]))).toEqual([
      `0 quantity quantity_out_of_range: onHand would become ${QUANTITY_MAX + 1}, past the largest quantity ${QUANTITY_MAX}`,
    ]);
  });

  it("past the range, the message gives the written segment's would-be onHand, not the record's total", () => {
    let s = must(upsertTagCategory(located(), { name: "Color", values: [{ value: "red" }, { value: "blue" }] }, NOW)).state;
    s = must(put(s, [{ upc: "U", quantity: 5, tags: { Color: "red" } }, { upc: "U", quantity: QUANTITY_MAX - 5, tags: { Color: "blue" } }])).state;
    expect(refusal(add(s, [{ upc: "U", quantity: 6, tags: { Color: "blue" } }]))).toEqual([
      `0 quantity quantity_out_of_range: onHand would become ${QUANTITY_MAX + 1}, past the largest quantity ${QUANTITY_MAX}`,
    ]);
  });
});

describe("D18 due future records on later writes", () => {
  it("a write without future items leaves other future records waiting, even once their date is past", () => {
    let s = must(put(located(), [{ upc: "U", quantity: 1 }, { upc: "U", quantity: 5, deliveryDate: "2024-06-02" }])).state;
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 2 }] }, Date.UTC(2024, 5, 3))).state;
    expect(futureRecordsFor(s, "U", "L1").map((f) => f.onHand)).toEqual([5]);
  });

  it("a due arrival that would pass QUANTITY_MAX stays a future record; the write itself goes through", () => {
    const s = must(put(located(), [{ upc: "U", quantity: QUANTITY_MAX }, { upc: "U", quantity: 5, deliveryDate: "2024-05-01" }])).state;
    expect(rows(s)).toEqual([`-:${QUANTITY_MAX}/0/0@0`]);
    expect(futureRecordsFor(s, "U", "L1").map((f) => f.onHand)).toEqual([5]);
  });
});

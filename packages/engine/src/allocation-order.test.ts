/**
 * D11's candidate order, pinned so that reversing any part of it fails a test: earliest `date` first,
 * records without a date last, expired records never, then the oldest record (lowest inventoryId)
 * first. Every case has more stock than the allocation needs, so exactly which records were touched
 * shows the order (allocation.test.ts's order test uses up every lot and cannot). Through the public
 * surface only.
 */
import { describe, expect, it } from "vitest";
import {
  type AllocateItem,
  allocate,
  createState,
  exportState,
  importState,
  type InventorySettings,
  type InventoryState,
  queryInventory,
  type RefreshItem,
  refresh,
  saveLocation,
  setConditionRule,
} from "./index.js";

const NOW = Date.UTC(2024, 5, 1, 12);

function ok<V>(r: { ok: true; state: InventoryState; value: V } | { ok: false; error: unknown }): InventoryState {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.error)}`);
  return r.state;
}

/** A state with location L1 and these records of UPC "U", created in this order (ids ascending). */
function stocked(items: readonly Omit<RefreshItem, "upc">[], settings: Partial<InventorySettings> = {}): InventoryState {
  const s = ok(saveLocation(createState(settings), { code: "L1" }));
  return ok(refresh(s, { locationCode: "L1", items: items.map((i) => ({ upc: "U", ...i })) }, NOW));
}

const order = (quantity: number, extra: Partial<AllocateItem> = {}, orderItemId = 1): AllocateItem => ({
  orderId: 1, orderItemId, shipmentId: 1, upc: "U", locationCode: "L1", quantity, ...extra,
});

function allocated(state: InventoryState, items: AllocateItem[]) {
  const r = allocate(state, { items }, NOW);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return { state: r.state, reports: r.value.items };
}

/** `label: allocated/pending` per record that holds any, labelled by lotCode (or "-"). */
function touched(state: InventoryState): string[] {
  const r = queryInventory(state, { locationCode: "L1", includeNegativeInventory: true, ignoreSafetyStock: true });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value
    .filter((row) => row.allocated !== 0 || row.pending !== 0)
    .map((row) => `${row.lotCode ?? row.condition ?? row.serialNumber ?? "-"}:${row.allocated}/${row.pending}`)
    .sort();
}

/** The same state with each slot's records stored newest first (a snapshot may list them so). */
function reversedSlots(state: InventoryState): InventoryState {
  const data = exportState(state);
  const r = importState({ ...data, slots: data.slots.map((s) => ({ ...s, records: [...s.records].reverse() })) });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe("D11 candidate order: earliest date first", () => {
  const lots = [
    { lotCode: "LATE", quantity: 5, date: "2025-03-01" },
    { lotCode: "EARLY", quantity: 5, date: "2025-01-01" },
    { lotCode: "MID", quantity: 5, date: "2025-02-01" },
  ];

  it("one unit comes from the earliest-dated lot, whatever the records' order", () => {
    const s = stocked(lots);
    expect(touched(allocated(s, [order(1)]).state)).toEqual(["EARLY:1/0"]);
    expect(touched(allocated(reversedSlots(s), [order(1)]).state)).toEqual(["EARLY:1/0"]);
  });

  it("a larger allocation empties the earliest lot, then takes from the next date", () => {
    const s = stocked(lots);
    expect(touched(allocated(s, [order(7)]).state)).toEqual(["EARLY:5/0", "MID:2/0"]);
    expect(touched(allocated(reversedSlots(s), [order(12)]).state)).toEqual(["EARLY:5/0", "LATE:2/0", "MID:5/0"]);
  });

  it("dates compare as instants: an earlier time on the same day comes first", () => {
    const s = stocked([
      { lotCode: "EVENING", quantity: 5, date: "2025-01-01T18:00:00Z" },
      { lotCode: "MORNING", quantity: 5, date: "2025-01-01T06:00:00Z" },
    ]);
    expect(touched(allocated(s, [order(1)]).state)).toEqual(["MORNING:1/0"]);
  });

  it("a shortfall becomes pending on the best candidate (the earliest date)", () => {
    const s = stocked([
      { lotCode: "LATE", quantity: 1, date: "2025-03-01" },
      { lotCode: "EARLY", quantity: 1, date: "2025-01-01" },
    ]);
    const { state, reports } = allocated(s, [order(5)]);
    expect(reports[0]).toMatchObject({ allocated: 2, pending: 3, unallocated: 0 });
    expect(touched(state)).toEqual(["EARLY:1/3", "LATE:1/0"]);
  });
});

describe("D11 candidate order: records without a date last", () => {
  it("a dated record is used before an undated one, in either stored order", () => {
    const s = stocked([{ lotCode: "NODATE", quantity: 5 }, { lotCode: "DATED", quantity: 5, date: "2030-01-01" }]);
    expect(touched(allocated(s, [order(1)]).state)).toEqual(["DATED:1/0"]);
    expect(touched(allocated(reversedSlots(s), [order(1)]).state)).toEqual(["DATED:1/0"]);
  });

  it("a plain record (no granular fields at all) counts as undated", () => {
    const s = stocked([{ quantity: 5 }, { lotCode: "DATED", quantity: 5, date: "2030-01-01" }]);
    expect(touched(allocated(s, [order(1)]).state)).toEqual(["DATED:1/0"]);
    expect(touched(allocated(reversedSlots(s), [order(1)]).state)).toEqual(["DATED:1/0"]);
    expect(touched(allocated(s, [order(6)]).state)).toEqual(["-:1/0", "DATED:5/0"]);
  });

  it("the undated record is used once the dated ones are empty", () => {
    const s = stocked([{ lotCode: "NODATE", quantity: 5 }, { lotCode: "DATED", quantity: 2, date: "2030-01-01" }]);
    expect(touched(allocated(s, [order(3)]).state)).toEqual(["DATED:2/0", "NODATE:1/0"]);
  });
});

describe("D11 candidate order: then oldest record first", () => {
  it("among equal dates, the record created first is used first", () => {
    const s = stocked([
      { lotCode: "FIRST", quantity: 5, date: "2025-01-01" },
      { lotCode: "SECOND", quantity: 5, date: "2025-01-01" },
    ]);
    expect(touched(allocated(s, [order(1)]).state)).toEqual(["FIRST:1/0"]);
  });

  it("the oldest record wins even when the store lists it last", () => {
    const dated = reversedSlots(stocked([
      { lotCode: "FIRST", quantity: 5, date: "2025-01-01" },
      { lotCode: "SECOND", quantity: 5, date: "2025-01-01" },
      { lotCode: "THIRD", quantity: 5, date: "2025-01-01" },
    ]));
    expect(touched(allocated(dated, [order(1)]).state)).toEqual(["FIRST:1/0"]);
    expect(touched(allocated(dated, [order(6)]).state)).toEqual(["FIRST:5/0", "SECOND:1/0"]);
    const undated = reversedSlots(stocked([{ lotCode: "FIRST", quantity: 5 }, { lotCode: "SECOND", quantity: 5 }]));
    expect(touched(allocated(undated, [order(1)]).state)).toEqual(["FIRST:1/0"]);
  });
});

describe("D16 expired records are never allocated", () => {
  const lots = [
    { lotCode: "EXPIRED", quantity: 5, date: "2024-05-01" },
    { lotCode: "TODAY", quantity: 5, date: "2024-06-01" },
    { lotCode: "FRESH", quantity: 5, date: "2024-07-01" },
  ];

  it("with expiration enabled, records dated today or earlier are skipped, even when they are the earliest", () => {
    const s = stocked(lots, { expirationEnabled: true });
    expect(touched(allocated(s, [order(1)]).state)).toEqual(["FRESH:1/0"]);
    expect(touched(allocated(s, [order(7)]).state)).toEqual(["FRESH:5/2"]);
  });

  it("a slot's only record, expired, takes no units: the shortfall is pending (on a new holder)", () => {
    const s = stocked([{ lotCode: "EXPIRED", quantity: 5, date: "2024-05-01" }], { expirationEnabled: true });
    const { state, reports } = allocated(s, [order(2)]);
    expect(reports[0]).toMatchObject({ allocated: 0, pending: 2 });
    expect(touched(state)).toEqual(["-:0/2"]);
  });

  it("with expiration enabled, records without a date never expire", () => {
    const plain = stocked([{ quantity: 5 }], { expirationEnabled: true });
    expect(touched(allocated(plain, [order(2)]).state)).toEqual(["-:2/0"]);
    const lots = stocked([{ lotCode: "NODATE", quantity: 5 }, { quantity: 5 }, { lotCode: "OLD", quantity: 5, date: "2020-01-01" }], {
      expirationEnabled: true,
    });
    expect(touched(allocated(lots, [order(7)]).state)).toEqual(["-:2/0", "NODATE:5/0"]);
  });

  it("with expiration disabled, an old date is simply the earliest", () => {
    const s = stocked(lots);
    expect(touched(allocated(s, [order(1)]).state)).toEqual(["EXPIRED:1/0"]);
  });
});

describe("D11 criteria narrow the candidates before ordering", () => {
  // Built inside each test (not at collection), so mutation testing attributes coverage per test.
  const s = () =>
    stocked([
    { lotCode: "A", quantity: 5, date: "2025-01-01", sku: "S1", condition: "used" },
    { lotCode: "B", quantity: 5, date: "2025-02-01", sku: "S2", condition: "new" },
    { lotCode: "C", quantity: 5, date: "2025-03-01", sku: "S1", condition: "new" },
    ]);

  it("a lotCode picks that lot even when another has an earlier date", () => {
    expect(touched(allocated(s(), [order(1, { lotCode: "C" })]).state)).toEqual(["C:1/0"]);
  });

  it("a date picks records of that date", () => {
    expect(touched(allocated(s(), [order(1, { date: "2025-02-01" })]).state)).toEqual(["B:1/0"]);
  });

  it("a sku picks records of that sku, earliest first", () => {
    expect(touched(allocated(s(), [order(1, { sku: "S2" })]).state)).toEqual(["B:1/0"]);
    expect(touched(allocated(s(), [order(6, { sku: "S1" })]).state)).toEqual(["A:5/0", "C:1/0"]);
  });

  it("a condition picks records of that condition, earliest first", () => {
    expect(touched(allocated(s(), [order(1, { condition: "new" })]).state)).toEqual(["B:1/0"]);
  });

  it("a condition with a lotCode must match both", () => {
    const r = allocated(s(), [order(1, { condition: "new", lotCode: "A" })]);
    expect(r.reports[0]).toMatchObject({ allocated: 0, pending: 1 });
  });

  it("a serial number picks its record, ignoring date order", () => {
    const serials = stocked([
      { serialNumber: "S-LATE", quantity: 1, date: "2025-03-01" },
      { serialNumber: "S-EARLY", quantity: 1, date: "2025-01-01" },
    ]);
    expect(touched(allocated(serials, [order(1, { serialNumber: "S-LATE" })]).state)).toEqual(["S-LATE:1/0"]);
  });

  it("without a condition, records whose condition is excluded (D15) are skipped even when earliest", () => {
    const ruled = ok(setConditionRule(s(), { condition: "used", includeInAvailable: false }, NOW));
    expect(touched(allocated(ruled, [order(1)]).state)).toEqual(["B:1/0"]);
    // Naming the excluded condition still reaches it.
    expect(touched(allocated(ruled, [order(1, { condition: "used" })]).state)).toEqual(["A:1/0"]);
  });

  it("a single-record slot is used only when it matches", () => {
    const one = stocked([{ lotCode: "ONLY", quantity: 5 }]);
    expect(allocated(one, [order(1, { lotCode: "OTHER" })]).reports[0]).toMatchObject({ allocated: 0, pending: 1 });
    expect(touched(allocated(one, [order(1, { lotCode: "ONLY" })]).state)).toEqual(["ONLY:1/0"]);
  });
});

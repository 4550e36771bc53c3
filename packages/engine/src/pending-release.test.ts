/**
 * D12's release of pending units, pinned with data where only some pending units can be released, so
 * who gets them shows the order: the oldest allocation first (by when it was made, not by its ids),
 * the record holding the pending units first, then the other candidates in D11's order (earliest
 * date, no date last, never expired). Through the public surface only.
 */
import { describe, expect, it } from "vitest";
import {
  type AllocateItem,
  adjust,
  allocate,
  createState,
  type InventorySettings,
  type InventoryState,
  orderAllocations,
  queryInventory,
  type RefreshItem,
  refresh,
  saveLocation,
} from "./index.js";

const NOW = Date.UTC(2024, 5, 1, 12);

function must<V>(r: { ok: true; state: InventoryState; value: V } | { ok: false; error: unknown }): InventoryState {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.state;
}

function stocked(items: readonly Omit<RefreshItem, "upc">[], settings: Partial<InventorySettings> = {}): InventoryState {
  const s = must(saveLocation(createState(settings), { code: "L1" }));
  return must(refresh(s, { locationCode: "L1", items: items.map((i) => ({ upc: "U", ...i })) }, NOW));
}

const item = (orderItemId: number, quantity: number, extra: Partial<AllocateItem> = {}): AllocateItem => ({
  orderId: 1, orderItemId, shipmentId: 1, upc: "U", locationCode: "L1", quantity, ...extra,
});

const alloc = (s: InventoryState, ...items: AllocateItem[]) => must(allocate(s, { items }, NOW));

/** Per order item: `allocated/pending`. */
function owners(s: InventoryState): Record<number, string> {
  return Object.fromEntries(
    orderAllocations(s, 1).map((a) => [a.owner.kind === "order" ? a.owner.orderItemId : -1, `${a.allocated}/${a.pending}`]),
  );
}

/** Per record that holds any: `label: onHand/allocated/pending`. */
function records(s: InventoryState): string[] {
  const r = queryInventory(s, { locationCode: "L1", includeNegativeInventory: true, ignoreSafetyStock: true });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value
    .filter((row) => row.onHand !== 0 || row.allocated !== 0 || row.pending !== 0)
    .map((row) => `${row.lotCode ?? "-"}:${row.onHand}/${row.allocated}/${row.pending}`)
    .sort();
}

describe("D12 pending units are released oldest allocation first", () => {
  it("one new unit goes to the allocation made first", () => {
    let s = alloc(stocked([{ quantity: 0 }]), item(1, 2));
    s = alloc(s, item(2, 2));
    expect(owners(s)).toEqual({ 1: "0/2", 2: "0/2" });
    s = must(adjust(s, { locationCode: "L1", items: [{ upc: "U", quantity: 1 }] }, NOW));
    expect(owners(s)).toEqual({ 1: "1/1", 2: "0/2" });
    s = must(adjust(s, { locationCode: "L1", items: [{ upc: "U", quantity: 2 }] }, NOW));
    expect(owners(s)).toEqual({ 1: "2/0", 2: "1/1" });
  });

  it("made first, not numbered first: a higher order item allocated earlier wins", () => {
    let s = alloc(stocked([{ quantity: 0 }]), item(9, 2));
    s = alloc(s, item(3, 2));
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 1 }] }, NOW));
    expect(owners(s)).toEqual({ 9: "1/1", 3: "0/2" });
  });

  it("nothing is released while available does not rise", () => {
    let s = alloc(stocked([{ quantity: 1 }]), item(1, 3));
    expect(owners(s)).toEqual({ 1: "1/2" });
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 1 }] }, NOW));
    expect(owners(s)).toEqual({ 1: "1/2" });
    expect(records(s)).toEqual(["-:1/1/2"]);
  });
});

describe("D12 released units come from the holder first, then D11's order", () => {
  it("the record holding the pending units is used before a better candidate", () => {
    // Pending sits on the plain (undated) record; stock then rises on it and on a dated lot, which
    // D11 alone would prefer.
    let s = alloc(stocked([{ quantity: 0 }]), item(1, 2));
    expect(records(s)).toEqual(["-:0/0/2"]);
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 1 }, { upc: "U", quantity: 5, lotCode: "DATED", date: "2025-01-01" }] }, NOW));
    expect(records(s)).toEqual(["-:1/1/0", "DATED:5/1/0"]);
    expect(owners(s)).toEqual({ 1: "2/0" });
  });

  it("units move to the other records earliest date first, undated last", () => {
    let s = alloc(stocked([{ quantity: 0 }]), item(1, 3));
    expect(records(s)).toEqual(["-:0/0/3"]);
    s = must(refresh(s, {
      locationCode: "L1",
      items: [
        { upc: "U", quantity: 5, lotCode: "NODATE" },
        { upc: "U", quantity: 5, lotCode: "LATE", date: "2025-03-01" },
        { upc: "U", quantity: 2, lotCode: "EARLY", date: "2025-01-01" },
      ],
    }, NOW));
    expect(records(s)).toEqual(["EARLY:2/2/0", "LATE:5/1/0", "NODATE:5/0/0"]);
    expect(owners(s)).toEqual({ 1: "3/0" });
  });

  it("expired records release nothing, the holder included", () => {
    let s = alloc(stocked([{ lotCode: "OLD", quantity: 0, date: "2024-01-01" }, { lotCode: "NEW", quantity: 0, date: "2025-01-01" }], { expirationEnabled: true }), item(1, 2));
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 5, lotCode: "OLD", date: "2024-01-01" }] }, NOW));
    expect(owners(s)).toEqual({ 1: "0/2" });
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 1, lotCode: "NEW", date: "2025-01-01" }] }, NOW));
    expect(owners(s)).toEqual({ 1: "1/1" });
  });

  it("an infinite-inventory record releases everything", () => {
    let s = alloc(stocked([{ quantity: 0 }]), item(1, 4));
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 0, lotCode: "INF", hasInfiniteInventory: true }] }, NOW));
    expect(owners(s)).toEqual({ 1: "4/0" });
  });

  it("the holder releases only its unclaimed units (onHand − allocated)", () => {
    let s = alloc(stocked([{ quantity: 2 }]), item(1, 2));
    s = alloc(s, item(2, 3));
    expect(owners(s)).toEqual({ 1: "2/0", 2: "0/3" });
    s = must(adjust(s, { locationCode: "L1", items: [{ upc: "U", quantity: 2 }] }, NOW));
    expect(owners(s)).toEqual({ 1: "2/0", 2: "2/1" });
    expect(records(s)).toEqual(["-:4/4/1"]);
  });
});

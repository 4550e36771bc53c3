/**
 * D11–D13 rules of allocate beyond the candidate order (allocation-order.test.ts): who owns an
 * allocation, allocating again for the same owner, where a shortfall goes, infinite inventory,
 * records whose available is negative. Through the public surface only.
 */
import { describe, expect, it } from "vitest";
import {
  type AllocateItem,
  type AllocationOwner,
  adjust,
  allocate,
  createState,
  getAllocation,
  type InventorySettings,
  type InventoryState,
  queryInventory,
  type RefreshItem,
  refresh,
  saveLocation,
  upsertTagCategory,
} from "./index.js";
import { must } from "./testing/results.js";

const NOW = Date.UTC(2024, 5, 1, 12);

function stocked(items: readonly Omit<RefreshItem, "upc">[], settings: Partial<InventorySettings> = {}): InventoryState {
  let s = must(saveLocation(createState(settings), { code: "L1" })).state;
  s = must(saveLocation(s, { code: "L2" })).state;
  s = must(upsertTagCategory(s, { name: "Channel", values: [{ value: "Web" }, { value: "Store" }] }, NOW)).state;
  if (items.length === 0) return s;
  return must(refresh(s, { locationCode: "L1", items: items.map((i) => ({ upc: "U", ...i })) }, NOW)).state;
}

const ORDER: AllocationOwner = { kind: "order", orderId: 1, orderItemId: 1, shipmentId: 1 };
/** An item for order 1 / item 1 / shipment 1; `extra` may also unset fields (`undefined`). */
const item = (quantity: number, extra: { [K in keyof AllocateItem]?: AllocateItem[K] | undefined } = {}): AllocateItem =>
  ({ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity, ...extra }) as AllocateItem;

function errors(s: InventoryState, items: AllocateItem[]) {
  const r = allocate(s, { items }, NOW);
  return r.ok ? "ok" : `${r.error.code}: ${r.error.details.map((d) => `${d.index}:${d.field}:${d.code}`).join(", ")}`;
}

function rows(s: InventoryState): string[] {
  const r = queryInventory(s, { locationCode: "L1", includeNegativeInventory: true, ignoreSafetyStock: true, includeItemsWithInfiniteInventoryFlag: true });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value.map((row) => `${row.lotCode ?? "-"}:${row.onHand}/${row.allocated}/${row.pending}`).sort();
}

describe("D13 owners", () => {
  it("order ids: all three required, integers ≥ 0", () => {
    const s = stocked([{ quantity: 5 }]);
    expect(errors(s, [item(1, { shipmentId: undefined })])).toBe("validation_failed: 0:shipmentId:not_integer");
    expect(errors(s, [item(1, { orderItemId: undefined })])).toBe("validation_failed: 0:orderItemId:not_integer");
    expect(errors(s, [item(1, { orderId: undefined })])).toBe("validation_failed: 0:orderId:not_integer");
    expect(errors(s, [item(1, { orderId: 0, orderItemId: 0, shipmentId: 0 })])).toBe("ok");
  });

  it("cart ids when no order id is given; order ids win when both are", () => {
    const s = stocked([{ quantity: 5 }]);
    const cart = { orderId: undefined, orderItemId: undefined, shipmentId: undefined, cartId: "C", cartItemId: "I" };
    const { state } = must(allocate(s, { items: [item(2, cart)] }, NOW));
    expect(getAllocation(state, { kind: "cart", cartId: "C", cartItemId: "I" })?.lines).toEqual([expect.objectContaining({ allocated: 2 })]);
    expect(errors(s, [item(1, { ...cart, cartItemId: undefined })])).toBe("validation_failed: 0:cartItemId:required");
    expect(errors(s, [item(1, { ...cart, cartId: "" })])).toBe("validation_failed: 0:cartId:required");
    const both = must(allocate(s, { items: [item(1, { cartId: "C", cartItemId: "I" })] }, NOW)).state;
    expect(getAllocation(both, ORDER)).toBeDefined();
    expect(getAllocation(both, { kind: "cart", cartId: "C", cartItemId: "I" })).toBeUndefined();
  });

  it("no owner at all is 400 required", () => {
    const s = stocked([{ quantity: 5 }]);
    expect(errors(s, [{ upc: "U", locationCode: "L1", quantity: 1 }])).toBe("validation_failed: 0:orderId:required");
  });

  it("an empty or missing item list is 400", () => {
    const s = stocked([{ quantity: 5 }]);
    expect(errors(s, [])).toBe("validation_failed: undefined:items:required");
    expect(allocate(s, {} as never, NOW).ok).toBe(false);
  });
});

describe("D13 allocating again for the same owner", () => {
  it("the same target adds to the allocation, on the same record line", () => {
    let s = stocked([{ quantity: 5 }]);
    s = must(allocate(s, { items: [item(2)] }, NOW)).state;
    s = must(allocate(s, { items: [item(1)] }, NOW)).state;
    expect(getAllocation(s, ORDER)?.lines).toEqual([expect.objectContaining({ allocated: 3, pending: 0 })]);
    expect(rows(s)).toEqual(["-:5/3/0"]);
  });

  it("another location, segment or criteria is 409 conflict", () => {
    let s = stocked([{ quantity: 5 }, { quantity: 5, lotCode: "A" }]);
    s = must(refresh(s, { locationCode: "L2", items: [{ upc: "U", quantity: 5 }] }, NOW)).state;
    s = must(allocate(s, { items: [item(1)] }, NOW)).state;
    expect(errors(s, [item(1, { locationCode: "L2" })])).toBe("conflict: 0:orderItemId:allocation_conflict");
    expect(errors(s, [item(1, { tags: { Channel: "Store" } })])).toBe("conflict: 0:orderItemId:allocation_conflict");
    expect(errors(s, [item(1, { lotCode: "A" })])).toBe("conflict: 0:orderItemId:allocation_conflict");
    expect(errors(s, [item(1, { tags: { Channel: "Web" } })])).toBe("ok");
  });

  it("an allocation made first stays first for release when it grows later", () => {
    let s = stocked([{ quantity: 0 }]);
    s = must(allocate(s, { items: [item(1)] }, NOW)).state;
    s = must(allocate(s, { items: [item(1, { orderItemId: 2 })] }, NOW)).state;
    s = must(allocate(s, { items: [item(1)] }, NOW)).state;
    s = must(adjust(s, { locationCode: "L1", items: [{ upc: "U", quantity: 2 }] }, NOW)).state;
    expect(getAllocation(s, ORDER)?.lines).toEqual([expect.objectContaining({ allocated: 2, pending: 0 })]);
    expect(getAllocation(s, { ...ORDER, orderItemId: 2 })?.lines).toEqual([expect.objectContaining({ allocated: 0, pending: 1 })]);
  });
});

describe("D12 shortfalls", () => {
  it("with pendingOnShortfall off, the shortfall stays unallocated; nothing is kept for a zero allocation", () => {
    const s = stocked([{ quantity: 1 }], { pendingOnShortfall: false });
    const { state, value } = must(allocate(s, { items: [item(3)] }, NOW));
    expect(value.items[0]).toMatchObject({ allocated: 1, pending: 0, unallocated: 2 });
    expect(rows(state)).toEqual(["-:1/1/0"]);
    const empty = stocked([{ quantity: 0 }], { pendingOnShortfall: false });
    const none = must(allocate(empty, { items: [item(3)] }, NOW));
    expect(none.value.items[0]).toMatchObject({ allocated: 0, pending: 0, unallocated: 3 });
    expect(getAllocation(none.state, ORDER)).toBeUndefined();
  });

  it("with no record to hold it, the pending units get a new record with the item's criteria", () => {
    const s = stocked([]);
    const lot = must(allocate(s, { items: [item(2, { lotCode: "X" })] }, NOW)).state;
    expect(rows(lot)).toEqual(["X:0/0/2"]);
    const plain = must(allocate(s, { items: [item(2)] }, NOW)).state;
    expect(rows(plain)).toEqual(["-:0/0/2"]);
  });

  it("a record with the same granular key holds the pending units when it is no candidate", () => {
    // The only record is expired: no candidate, but it has the item's key, so it holds the pending.
    const s = stocked([{ quantity: 5, lotCode: "L", date: "2024-01-01" }], { expirationEnabled: true });
    const { state, value } = must(allocate(s, { items: [item(2, { lotCode: "L", date: "2024-01-01" })] }, NOW));
    expect(value.items[0]).toMatchObject({ allocated: 0, pending: 2 });
    expect(rows(state)).toEqual(["L:5/0/2"]);
  });

  it("pending lands on the same line when the same owner falls short twice", () => {
    let s = stocked([{ quantity: 1 }]);
    s = must(allocate(s, { items: [item(2)] }, NOW)).state;
    s = must(allocate(s, { items: [item(2)] }, NOW)).state;
    expect(getAllocation(s, ORDER)?.lines).toEqual([expect.objectContaining({ allocated: 1, pending: 3 })]);
  });
});

describe("D12 infinite inventory and negative available", () => {
  it("an infinite-inventory record allocates in full, whatever its onHand", () => {
    const s = stocked([{ quantity: 1, hasInfiniteInventory: true }]);
    const { state, value } = must(allocate(s, { items: [item(7)] }, NOW));
    expect(value.items[0]).toMatchObject({ allocated: 7, pending: 0, unallocated: 0 });
    expect(rows(state)).toEqual(["-:1/7/0"]);
  });

  it("a record whose available went negative gives nothing; the next candidate does", () => {
    let s = stocked([{ quantity: 5, lotCode: "A", date: "2025-01-01" }, { quantity: 5, lotCode: "B", date: "2025-02-01" }]);
    s = must(allocate(s, { items: [item(4, { orderItemId: 9, lotCode: "A" })] }, NOW)).state;
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 1, lotCode: "A", date: "2025-01-01" }] }, NOW)).state;
    expect(rows(s)).toEqual(["A:1/4/0", "B:5/0/0"]);
    const { state, value } = must(allocate(s, { items: [item(2)] }, NOW));
    expect(value.items[0]).toMatchObject({ allocated: 2, pending: 0 });
    expect(rows(state)).toEqual(["A:1/4/0", "B:5/2/0"]);
  });

  it("each item of one request sees the stock the earlier items left", () => {
    const s = stocked([{ quantity: 3 }]);
    const { state, value } = must(allocate(s, { items: [item(2), item(2, { orderItemId: 2 })] }, NOW));
    expect(value.items.map((i) => [i.allocated, i.pending])).toEqual([[2, 0], [1, 1]]);
    expect(rows(state)).toEqual(["-:3/3/1"]);
  });
});

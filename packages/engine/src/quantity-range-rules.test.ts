/**
 * Quantities are 32-bit signed integers (issue 14): no command may store an onHand, allocated,
 * pending or available — of a segment, or a record's total over its segments — outside
 * QUANTITY_MIN…QUANTITY_MAX. Refresh and adjust report the item; every other write is refused
 * with `QuantityRangeError` and the state it started from is untouched. Boundaries on both sides.
 */
import { describe, expect, it } from "vitest";
import {
  adjust,
  allocate,
  applyDueFutureInventory,
  createState,
  type InventoryState,
  QUANTITY_MAX,
  QUANTITY_MIN,
  QuantityRangeError,
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

function stocked(items: readonly RefreshItem[]): InventoryState {
  let s = must(saveLocation(createState(), { code: "L1" }));
  s = must(upsertTagCategory(s, { name: "Channel", values: [{ value: "Web" }, { value: "Store" }] }, NOW));
  return items.length === 0 ? s : must(refresh(s, { locationCode: "L1", items }, NOW));
}

const onHand = (s: InventoryState, upc = "U") => {
  const r = queryInventory(s, { locationCode: "L1", includeNegativeInventory: true, ignoreSafetyStock: true });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value.filter((row) => row.upc === upc).map((row) => [row.onHand, row.allocated, row.pending]);
};

const codes = (r: ReturnType<typeof adjust>) => (r.ok ? "ok" : r.error.details.map((d) => `${d.index}:${d.field}:${d.code}`).join(", "));

describe("the 32-bit quantity range", () => {
  it("is Kibo's int32", () => {
    expect([QUANTITY_MIN, QUANTITY_MAX]).toEqual([-2147483648, 2147483647]);
  });

  it("adjust may reach QUANTITY_MAX, not one past it; the item is named", () => {
    const s = stocked([{ upc: "U", quantity: QUANTITY_MAX - 1 }]);
    expect(codes(adjust(s, { locationCode: "L1", items: [{ upc: "V", quantity: 1 }, { upc: "U", quantity: 2 }] }, NOW))).toBe("1:quantity:quantity_out_of_range");
    expect(onHand(must(adjust(s, { locationCode: "L1", items: [{ upc: "U", quantity: 1 }] }, NOW)))).toEqual([[QUANTITY_MAX, 0, 0]]);
  });

  it("a record's total over its segments may reach QUANTITY_MAX, not one past it", () => {
    const s = stocked([{ upc: "U", quantity: QUANTITY_MAX - 5, tags: { Channel: "Web" } }]);
    expect(codes(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 5, tags: { Channel: "Store" } }] }, NOW))).toBe("ok");
    expect(codes(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 6, tags: { Channel: "Store" } }] }, NOW))).toBe("0:quantity:quantity_out_of_range");
  });

  it("a future quantity may reach QUANTITY_MAX, not one past it", () => {
    const s = stocked([]);
    const future = (quantity: number) => ({ upc: "F", quantity, deliveryDate: "2030-01-01T00:00:00Z" });
    const once = must(adjust(s, { locationCode: "L1", items: [future(QUANTITY_MAX - 1)] }, NOW));
    expect(codes(adjust(once, { locationCode: "L1", items: [future(1)] }, NOW))).toBe("ok");
    expect(codes(adjust(once, { locationCode: "L1", items: [future(2)] }, NOW))).toBe("0:quantity:quantity_out_of_range");
  });

  it("allocations whose pending units would pass QUANTITY_MAX throw QuantityRangeError; the state is untouched", () => {
    const s = stocked([{ upc: "U", quantity: 1 }]);
    const order = (orderId: number, quantity: number) => ({ items: [{ orderId, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity }] });
    const first = must(allocate(s, order(1, QUANTITY_MAX), NOW));
    expect(onHand(first)).toEqual([[1, 1, QUANTITY_MAX - 1]]);
    expect(() => allocate(first, order(2, 1), NOW)).not.toThrow();
    expect(() => allocate(first, order(2, 2), NOW)).toThrow(QuantityRangeError);
    expect(onHand(first)).toEqual([[1, 1, QUANTITY_MAX - 1]]);
  });

  it("a future arrival that would pass QUANTITY_MAX stays a future record", () => {
    let s = stocked([{ upc: "U", quantity: QUANTITY_MAX - 10 }]);
    s = must(adjust(s, { locationCode: "L1", items: [{ upc: "U", quantity: 11, deliveryDate: "2030-01-01T00:00:00Z" }] }, NOW));
    const due = applyDueFutureInventory(s, Date.UTC(2030, 0, 2));
    expect(due.ok).toBe(false);
    expect(s.futures.size).toBe(1);
    const fits = must(adjust(s, { locationCode: "L1", items: [{ upc: "U", quantity: -1, deliveryDate: "2030-01-01T00:00:00Z" }] }, NOW));
    const arrived = applyDueFutureInventory(fits, Date.UTC(2030, 0, 2));
    expect(arrived.ok && onHand(arrived.state)).toEqual([[QUANTITY_MAX, 0, 0]]);
  });
});

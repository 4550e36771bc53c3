/**
 * The 32-bit range per segment (issue 14) pinned through the public surface: a segment may leave
 * the range while its record's totals stay inside it — only when another segment's onHand is
 * negative (units fulfilled with no stock) — and that is refused too. Boundaries on both sides.
 */
import { describe, expect, it } from "vitest";
import {
  adjust,
  allocate,
  applyDueFutureInventory,
  createState,
  fulfill,
  type InventoryState,
  QUANTITY_MAX,
  QUANTITY_MIN,
  QuantityRangeError,
  queryInventory,
  refresh,
  saveAdminLocation,
  upsertTagCategory,
} from "./index.js";

const NOW = Date.UTC(2024, 5, 1, 12);

function must<V>(r: { ok: true; state: InventoryState; value: V } | { ok: false; error: unknown }): InventoryState {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.state;
}

const order = (orderId: number, quantity: number, Channel: string) => ({
  items: [{ orderId, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L1", quantity, tags: { Channel } }],
});

/** Store holds `store` units; `beyond` Web units were fulfilled with no Web stock, so Web's onHand is −beyond. */
function owing(store: number, beyond: number): InventoryState {
  let s = must(saveAdminLocation(createState(), { code: "L1", supportsInventory: true, allowFulfillmentWithNoStock: true }));
  s = must(upsertTagCategory(s, { name: "Channel", values: [{ value: "Web" }, { value: "Store" }] }, NOW));
  s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: store, tags: { Channel: "Store" } }] }, NOW));
  s = must(allocate(s, order(1, beyond, "Web"), NOW));
  return must(fulfill(s, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, quantity: beyond }] }, NOW));
}

const segments = (s: InventoryState) => {
  const r = queryInventory(s, { items: [{ upc: "U" }], includeNegativeInventory: true, ignoreSafetyStock: true });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value.flatMap((row) => row.taggedInventory.map((t) => `${t.tags.Channel}: ${t.onHand} ${t.allocated}/${t.pending} ${t.available}`));
};

describe("the 32-bit range of each segment", () => {
  it("a segment's available may reach QUANTITY_MIN, not one past it, while the record's total stays inside", () => {
    const one = owing(5, 1);
    expect(segments(one)).toEqual(["Web: -1 0/0 -1", "Store: 5 0/0 5"]);
    expect(segments(must(allocate(one, order(2, QUANTITY_MAX, "Web"), NOW)))).toEqual([`Web: -1 0/${QUANTITY_MAX} ${QUANTITY_MIN}`, "Store: 5 0/0 5"]);
    expect(() => allocate(owing(5, 2), order(2, QUANTITY_MAX, "Web"), NOW)).toThrow(QuantityRangeError);
  });

  it("a segment's onHand may not pass QUANTITY_MAX though the record's total would not", () => {
    let s = owing(QUANTITY_MAX, 1);
    s = must(allocate(s, order(2, 1, "Store"), NOW));
    s = must(adjust(s, { locationCode: "L1", items: [{ upc: "U", quantity: 1, tags: { Channel: "Store" }, deliveryDate: "2030-01-01T00:00:00Z" }] }, NOW));
    expect(segments(s)).toEqual(["Web: -1 0/0 -1", `Store: ${QUANTITY_MAX} 1/0 ${QUANTITY_MAX - 1}`]);
    expect(applyDueFutureInventory(s, Date.UTC(2030, 0, 2)).ok).toBe(false);
  });

  it("a record's allocated total may reach QUANTITY_MAX, not one past it, with its available total at QUANTITY_MIN", () => {
    const half = 2 ** 30; // two halves are QUANTITY_MAX + 1
    let s = must(saveAdminLocation(createState(), { code: "L1", supportsInventory: true }));
    s = must(upsertTagCategory(s, { name: "Channel", values: [{ value: "Web" }, { value: "Store" }] }, NOW));
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: half, tags: { Channel: "Web" } }] }, NOW));
    s = must(allocate(s, order(1, half, "Web"), NOW));
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 0, tags: { Channel: "Web" } }, { upc: "U", quantity: half, tags: { Channel: "Store" } }] }, NOW));
    const fits = must(allocate(s, order(2, half - 1, "Store"), NOW));
    expect(segments(fits)).toEqual([`Web: 0 ${half}/0 ${-half}`, `Store: ${half} ${half - 1}/0 1`]);
    expect(() => allocate(s, order(2, half, "Store"), NOW)).toThrow(QuantityRangeError);
  });

  it("a record at QUANTITY_MAX may hold allocated units", () => {
    let s = must(saveAdminLocation(createState(), { code: "L1", supportsInventory: true }));
    s = must(upsertTagCategory(s, { name: "Channel", values: [{ value: "Web" }, { value: "Store" }] }, NOW));
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: QUANTITY_MAX, tags: { Channel: "Web" } }] }, NOW));
    expect(segments(must(allocate(s, order(1, 1, "Web"), NOW)))).toEqual([`Web: ${QUANTITY_MAX} 1/0 ${QUANTITY_MAX - 1}`]);
  });
});

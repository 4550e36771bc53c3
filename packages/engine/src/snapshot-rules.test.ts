/**
 * Export and import pinned through the public surface: the export's order does not depend on the
 * order things were made in, and an imported state answers every read and command like the
 * original (futures, allocations, the job queue, ids).
 */
import { describe, expect, it } from "vitest";
import {
  allocate,
  createCart,
  createCheckoutFromCart,
  createOrder,
  createReturn,
  createState,
  deallocate,
  type ExportedState,
  exportState,
  futureRecordsFor,
  getAllocation,
  getOrderByNumber,
  importState,
  type InventoryState,
  processNextJob,
  recordsAt,
  refresh,
  saveLocation,
  submitOrder,
  submitRefresh,
} from "./index.js";
import { must } from "./testing/results.js";

const NOW = Date.UTC(2024, 5, 1, 12);

/** Made out of order: locations b, a, B; upcs Y then X; two owners allocating in the order 2, 1. */
function busy(): InventoryState {
  let s = createState();
  for (const code of ["b", "a", "B"]) s = must(saveLocation(s, { code })).state;
  s = must(refresh(s, { locationCode: "b", items: [{ upc: "Y", quantity: 5 }, { upc: "X", quantity: 5 }, { upc: "X", quantity: 2, deliveryDate: "2024-08-01" }] }, NOW)).state;
  s = must(refresh(s, { locationCode: "a", items: [{ upc: "X", quantity: 1 }, { upc: "X", quantity: 3, deliveryDate: "2024-07-01" }] }, NOW)).state;
  s = must(allocate(s, { items: [{ orderId: 1, orderItemId: 2, shipmentId: 1, upc: "X", locationCode: "b", quantity: 1 }] }, NOW)).state;
  s = must(allocate(s, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "X", locationCode: "b", quantity: 1 }] }, NOW)).state;
  s = must(submitRefresh(s, { locationCode: "B", items: [{ upc: "Z", quantity: 1 }] }, NOW, "queued")).state;
  s = must(submitRefresh(s, { locationCode: "B", items: [{ upc: "Z", quantity: 4 }] }, NOW, "queued")).state;
  return s;
}

describe("export order", () => {
  it("slots by upc then location, locations by code, allocations in the order made, futures and jobs by id", () => {
    const data = exportState(busy());
    expect(data.version).toBe(1);
    expect(data.slots.map((x) => `${x.upc}@${x.locationCode}`)).toEqual(["X@a", "X@b", "Y@b"]);
    expect(data.locations.map((l) => l.code)).toEqual(["B", "a", "b"]);
    expect(data.allocations.map((a) => a.key)).toEqual(["order:1:2:1", "order:1:1:1"]);
    expect(data.futures.map((f) => f.deliveryDate.slice(0, 7))).toEqual(["2024-08", "2024-07"]);
    expect(data.jobs.map((j) => j.jobId)).toEqual([1, 2]);
    expect(data.jobQueue).toEqual([1, 2]);
  });
});

describe("export order of many upcs", () => {
  it("slots by upc, not in the order the store keeps them", () => {
    const upcs = Array.from({ length: 24 }, (_, i) => `U${String((i * 7) % 24).padStart(2, "0")}`);
    let s = must(saveLocation(createState(), { code: "L1" })).state;
    s = must(refresh(s, { locationCode: "L1", items: upcs.map((upc) => ({ upc, quantity: 1 })) }, NOW)).state;
    expect(exportState(s).slots.map((x) => x.upc)).toEqual([...upcs].sort());
  });
});

describe("import", () => {
  it("an imported state answers like the original: futures per upc, allocations, queue, next ids", () => {
    const original = busy();
    const imported = importState(JSON.parse(JSON.stringify(exportState(original))) as ExportedState);
    if (!imported.ok) throw new Error(imported.error.message);
    const copy = imported.value;
    expect(exportState(copy)).toEqual(exportState(original));
    expect(futureRecordsFor(copy, "X").map((f) => f.onHand)).toEqual([2, 3]);
    expect(futureRecordsFor(copy, "X", "a").map((f) => f.onHand)).toEqual([3]);
    const owner = { kind: "order", orderId: 1, orderItemId: 1, shipmentId: 1 } as const;
    expect(getAllocation(copy, owner)?.lines[0]?.allocated).toBe(1);
    const freed = must(deallocate(copy, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, quantity: 1 }] }, NOW)).state;
    expect(getAllocation(freed, owner)).toBeUndefined();
    const job = must(processNextJob(copy, NOW));
    expect(job.value?.jobId).toBe(1);
    expect(must(processNextJob(job.state, NOW)).value?.jobId).toBe(2);
    const again = must(submitRefresh(copy, { locationCode: "a", items: [{ upc: "X", quantity: 1 }] }, NOW));
    expect(again.value.jobId).toBe(3);
  });

  it("anything but version 1 is refused", () => {
    for (const data of [null, undefined, 5, {}, { ...exportState(createState()), version: 2 }]) {
      const r = importState(data as unknown as ExportedState);
      expect(r.ok ? "" : `${r.error.code} ${r.error.message} ${r.error.details.map((d) => `${d.field} ${d.code}: ${d.message}`)}`).toBe(
        "validation_failed Unsupported state data version unsupported: Expected version 1",
      );
    }
  });
});

/** Twelve orders (each submitted and returned), carts and checkouts: more than a hash map keeps in creation order. */
function shop(): InventoryState {
  let s = must(saveLocation(createState(), { code: "L1" })).state;
  s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 100 }] }, NOW)).state;
  for (let i = 0; i < 12; i++) {
    const o = must(createOrder(s, { locationCode: "L1", items: [{ upc: "U", quantity: 1 }] }, NOW));
    s = must(submitOrder(o.state, o.value.id, NOW)).state;
    s = must(createReturn(s, { orderId: o.value.id, items: [{ orderItemId: 1, quantity: 1 }] }, NOW)).state;
    const c = must(createCart(s, { userId: `u${i}` }, NOW));
    s = must(createCheckoutFromCart(c.state, c.value.id, NOW)).state;
  }
  return s;
}

describe("orders, carts, checkouts and returns (D19) in a snapshot", () => {
  it("are exported in the order they were made: orders and returns by number, carts and checkouts by id", () => {
    const data = exportState(shop());
    const commerce = data.commerce;
    if (commerce === undefined) throw new Error("no commerce");
    const ascending = (xs: readonly (string | number)[]) => expect(xs).toEqual([...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(commerce.orders.map((o) => o.orderNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(commerce.returns.map((r) => r.returnNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(commerce.carts).toHaveLength(12);
    ascending(commerce.carts.map((c) => c.id));
    expect(commerce.carts.map((c) => c.userId)).toEqual(Array.from({ length: 12 }, (_, i) => `u${i}`));
    expect(commerce.checkouts).toHaveLength(12);
    ascending(commerce.checkouts.map((c) => c.id));
    expect(commerce.checkouts.map((c) => c.cartId)).toEqual(commerce.carts.map((c) => c.id));
  });

  it("come back from an import: orders found by number, and the next order takes the next number", () => {
    const original = shop();
    const imported = importState(JSON.parse(JSON.stringify(exportState(original))) as ExportedState);
    if (!imported.ok) throw new Error(imported.error.message);
    const copy = imported.value;
    expect(exportState(copy)).toEqual(exportState(original));
    const seventh = getOrderByNumber(copy, 7);
    expect(seventh.ok && seventh.value.orderNumber).toBe(7);
    const next = must(createOrder(copy, { locationCode: "L1", items: [{ upc: "U", quantity: 1 }] }, NOW));
    expect(next.value.orderNumber).toBe(13);
  });

  it("data exported before D19 (no commerce) imports with none, and orders start at number 1", () => {
    const { commerce: _dropped, ...old } = exportState(shop());
    const imported = importState(old as ExportedState);
    if (!imported.ok) throw new Error(imported.error.message);
    expect(exportState(imported.value).commerce?.orders).toEqual([]);
    expect(getOrderByNumber(imported.value, 1).ok).toBe(false);
    expect(must(createOrder(imported.value, { locationCode: "L1", items: [{ upc: "U", quantity: 1 }] }, NOW)).value.orderNumber).toBe(1);
  });
});

describe("record details after an import", () => {
  it("a record's own metadata comes back; records at the defaults share the one default object again", () => {
    let s = must(saveLocation(createState(), { code: "L1" })).state;
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "A", quantity: 1, safetyStock: 2, attributes: ["x"] }, { upc: "B", quantity: 1 }, { upc: "C", quantity: 2 }] }, NOW)).state;
    const imported = importState(JSON.parse(JSON.stringify(exportState(s))) as ExportedState);
    if (!imported.ok) throw new Error(imported.error.message);
    const copy = must(refresh(imported.value, { locationCode: "L1", items: [{ upc: "D", quantity: 1 }] }, NOW)).state;
    const details = (upc: string) => recordsAt(copy, upc, "L1")[0]?.details;
    expect(details("A")).toMatchObject({ safetyStock: 2, attributes: ["x"] });
    expect(details("B")).toBe(details("D"));
    expect(details("C")).toBe(details("D"));
    expect(details("A")).not.toBe(details("D"));
  });
});

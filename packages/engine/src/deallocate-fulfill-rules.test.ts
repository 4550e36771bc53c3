/**
 * D13 deallocate and fulfill, pinned through the public surface with data where the order matters:
 * an allocation holding units on two lots plus pending units, so "pending first, then the latest
 * line" (deallocate) and "allocated first, in line order, then pending" (fulfill) can be told from
 * any other order; each refusal by code, field, index and message.
 */
import { describe, expect, it } from "vitest";
import {
  type AllocateItem,
  allocate,
  createState,
  deallocate,
  exportState,
  fulfill,
  getAllocation,
  type InventoryState,
  queryInventory,
  recordsAt,
  type RefreshItem,
  refresh,
  saveAdminLocation,
  saveLocation,
} from "./index.js";
import { must } from "./testing/results.js";

const NOW = Date.UTC(2024, 5, 1, 12);
const OWNER = { orderId: 7, orderItemId: 1, shipmentId: 70 };
const KEY = { kind: "order", ...OWNER } as const;

function stocked(items: readonly Omit<RefreshItem, "upc">[], code = "L1", admin = false): InventoryState {
  let s = createState();
  s = admin
    ? must(saveAdminLocation(s, { code, supportsInventory: true, allowFulfillmentWithNoStock: true })).state
    : must(saveLocation(s, { code })).state;
  return must(refresh(s, { locationCode: code, items: items.map((i) => ({ upc: "U", ...i })) }, NOW)).state;
}

const order = (quantity: number, extra: Partial<AllocateItem> = {}): AllocateItem => ({ ...OWNER, upc: "U", locationCode: "L1", quantity, ...extra });

/** Two lots (A dated first, so allocated first) fully held, and 2 units pending on A: lines A 2/2, B 3/0. */
function held(): InventoryState {
  const s = stocked([
    { quantity: 3, lotCode: "B", date: "2025-02-01" },
    { quantity: 2, lotCode: "A", date: "2025-01-01" },
  ]);
  return must(allocate(s, { items: [order(7)] }, NOW)).state;
}

/** `lot:onHand/allocated/pending` for every row at L1. */
function rows(s: InventoryState, code = "L1"): string[] {
  const r = queryInventory(s, { items: [{ upc: "U" }], locationCode: code, includeNegativeInventory: true, ignoreSafetyStock: true });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value.map((x) => `${x.lotCode ?? "-"}:${x.onHand}/${x.allocated}/${x.pending}`).sort();
}

function refusal(r: ReturnType<typeof deallocate>): string {
  if (r.ok) return "ok";
  return `${r.error.code} ${r.error.message} | ${r.error.details.map((d) => `${d.index ?? "-"} ${d.field} ${d.code}: ${d.message}`).join(" | ")}`;
}

describe("D13 deallocate: pending units first, then the latest allocated ones", () => {
  it("the setup holds A 2 (and the 2 pending, on the best record), B 3", () => {
    expect(rows(held())).toEqual(["A:2/2/2", "B:3/3/0"]);
  });

  it("3 units: the 2 pending, then 1 from the latest line (B)", () => {
    const { state, value } = must(deallocate(held(), { items: [{ ...OWNER, quantity: 3 }] }, NOW));
    expect(rows(state)).toEqual(["A:2/2/0", "B:3/2/0"]);
    expect(value.items).toEqual([{ index: 0, allocationKey: "order:7:1:70", fromAllocated: 1, fromPending: 2, beyondAllocation: 0 }]);
  });

  it("5 units reach the first line only after the last is empty", () => {
    const { state, value } = must(deallocate(held(), { items: [{ ...OWNER, quantity: 6 }] }, NOW));
    expect(rows(state)).toEqual(["A:2/1/0", "B:3/0/0"]);
    expect(value.items[0]).toMatchObject({ fromAllocated: 4, fromPending: 2 });
  });

  it("decrementOnHandOnDeallocate removes the allocated units from onHand, not the pending ones", () => {
    const { state } = must(deallocate(held(), { items: [{ ...OWNER, quantity: 4 }], decrementOnHandOnDeallocate: true }, NOW));
    expect(rows(state)).toEqual(["A:2/2/0", "B:1/1/0"]);
  });

  it("inventoryId: only that record's units count, and are taken", () => {
    const s = held();
    const idA = recordsAt(s, "U", "L1").find((r) => r.granular?.lotCode === "A")?.inventoryId as number;
    expect(idA).toBeGreaterThan(0);
    expect(rows(must(deallocate(s, { items: [{ ...OWNER, quantity: 3, inventoryId: idA }] }, NOW)).state)).toEqual(["A:2/1/0", "B:3/3/0"]);
    expect(refusal(deallocate(s, { items: [{ ...OWNER, quantity: 5, inventoryId: idA }] }, NOW))).toBe(
      "validation_failed deallocate request has 1 problem(s) | 0 quantity exceeds_allocated: Deallocating 5 but 4 are allocated",
    );
  });

  it("everything held: the allocation is gone; a fulfilled one stays", () => {
    const all = must(deallocate(held(), { items: [{ ...OWNER, quantity: 7 }] }, NOW)).state;
    expect(getAllocation(all, KEY)).toBeUndefined();
    expect(rows(all)).toEqual(["A:2/0/0", "B:3/0/0"]);
    const f = must(fulfill(held(), { items: [{ ...OWNER, quantity: 1 }] }, NOW)).state;
    const d = must(deallocate(f, { items: [{ ...OWNER, quantity: 6 }] }, NOW)).state;
    expect(getAllocation(d, KEY)).toMatchObject({ lines: [], fulfilled: 1 });
  });

  it("freed units go to another owner's pending units", () => {
    let s = stocked([{ quantity: 2 }]);
    s = must(allocate(s, { items: [order(2), order(1, { orderItemId: 2 })] }, NOW)).state;
    expect(getAllocation(s, { ...KEY, orderItemId: 2 })?.lines[0]?.pending).toBe(1);
    s = must(deallocate(s, { items: [{ ...OWNER, quantity: 1 }] }, NOW)).state;
    expect(getAllocation(s, { ...KEY, orderItemId: 2 })?.lines[0]).toMatchObject({ allocated: 1, pending: 0 });
  });

  it("refusals: quantity ≥ 1, inventoryId ≥ 1, unknown owner is not_found, no items", () => {
    const s = held();
    expect(refusal(deallocate(s, { items: [{ ...OWNER, quantity: 0 }, { ...OWNER, quantity: 1, inventoryId: 0 }] }, NOW))).toMatch(
      /^validation_failed deallocate request has 2 problem\(s\) \| 0 quantity .* \| 1 inventoryId /,
    );
    expect(refusal(deallocate(s, { items: [{ ...OWNER, quantity: 1 }, { ...OWNER, orderItemId: 9, quantity: 1 }] }, NOW))).toBe(
      "not_found deallocate request has 1 problem(s) | 1 orderItemId allocation_not_found: No allocation for order:7:9:70",
    );
    expect(refusal(deallocate(s, { items: [] }, NOW))).toBe("validation_failed deallocate request has 1 problem(s) | - items required: items are required");
    expect(refusal(deallocate(s, {} as never, NOW))).toBe("validation_failed deallocate request has 1 problem(s) | - items required: items are required");
    expect(refusal(deallocate(s, { items: [{ ...OWNER, quantity: 8 }] }, NOW))).toBe(
      "validation_failed deallocate request has 1 problem(s) | 0 quantity exceeds_allocated: Deallocating 8 but 7 are allocated",
    );
    expect(deallocate(s, { items: [{ ...OWNER, quantity: 7 }] }, NOW).ok).toBe(true);
  });
});

describe("D13 fulfill: allocated units in line order, then pending, then (where allowed) beyond", () => {
  it("3 units: A's 2 then 1 of B, all out of onHand", () => {
    const { state, value } = must(fulfill(held(), { items: [{ ...OWNER, quantity: 3 }] }, NOW));
    expect(rows(state)).toEqual(["A:0/0/2", "B:2/2/0"]);
    expect(value.items).toEqual([{ index: 0, allocationKey: "order:7:1:70", fromAllocated: 3, fromPending: 0, beyondAllocation: 0 }]);
    expect(getAllocation(state, KEY)?.fulfilled).toBe(3);
  });

  it("only allocated units can be fulfilled where stock is required", () => {
    expect(refusal(fulfill(held(), { items: [{ ...OWNER, quantity: 6 }] }, NOW))).toBe(
      "validation_failed fulfill request has 1 problem(s) | 0 quantity exceeds_allocated: Fulfilling 6 but 5 are allocated",
    );
    expect(fulfill(held(), { items: [{ ...OWNER, quantity: 5 }] }, NOW).ok).toBe(true);
  });

  it("where allowed: allocated, then pending, then beyond on the held record", () => {
    let s = stocked([{ quantity: 1 }], "L1", true);
    s = must(allocate(s, { items: [order(3)] }, NOW)).state;
    expect(rows(s)).toEqual(["-:1/1/2"]);
    const { state, value } = must(fulfill(s, { items: [{ ...OWNER, quantity: 5 }] }, NOW));
    expect(value.items[0]).toMatchObject({ fromAllocated: 1, fromPending: 2, beyondAllocation: 2 });
    expect(rows(state)).toEqual(["-:-4/0/0"]);
  });

  it("without an allocation: only at a location allowing it, for a named upc", () => {
    const s = stocked([{ quantity: 1, lotCode: "A", date: "2025-01-01" }, { quantity: 1, lotCode: "B", date: "2024-12-01" }], "L1", true);
    const ok = must(fulfill(s, { items: [{ ...OWNER, quantity: 2, upc: "U", locationCode: "L1" }] }, NOW));
    expect(ok.value.items[0]).toMatchObject({ fromAllocated: 0, fromPending: 0, beyondAllocation: 2 });
    expect(rows(ok.state)).toEqual(["A:1/0/0", "B:-1/0/0"]);
    expect(getAllocation(ok.state, KEY)).toMatchObject({ upc: "U", locationCode: "L1", lines: [], fulfilled: 2 });
    const refusals = [
      fulfill(s, { items: [{ ...OWNER, quantity: 1, locationCode: "L1" }] }, NOW),
      fulfill(s, { items: [{ ...OWNER, quantity: 1, upc: "U" }] }, NOW),
      fulfill(s, { items: [{ ...OWNER, quantity: 1, upc: "U", locationCode: "L1", tags: { Nope: "x" } }] }, NOW),
      fulfill(stocked([{ quantity: 1 }]), { items: [{ ...OWNER, quantity: 1, upc: "U", locationCode: "L1" }] }, NOW),
    ];
    for (const r of refusals)
      expect(refusal(r)).toBe("not_found fulfill request has 1 problem(s) | 0 orderItemId allocation_not_found: No allocation for order:7:1:70");
  });

  it("without an allocation or any record: the debt makes a record", () => {
    const s = must(saveAdminLocation(createState(), { code: "L1", supportsInventory: true, allowFulfillmentWithNoStock: true })).state;
    const { state } = must(fulfill(s, { items: [{ ...OWNER, quantity: 2, upc: "U", locationCode: "L1" }] }, NOW));
    expect(rows(state)).toEqual(["-:-2/0/0"]);
    const off = must(saveAdminLocation(createState(), { code: "L1", supportsInventory: false, allowFulfillmentWithNoStock: true })).state;
    expect(fulfill(off, { items: [{ ...OWNER, quantity: 2, upc: "U", locationCode: "L1" }] }, NOW).ok).toBe(false);
  });

  it("refusals: empty items, quantity ≥ 1", () => {
    expect(refusal(fulfill(held(), { items: [] }, NOW))).toBe("validation_failed fulfill request has 1 problem(s) | - items required: items are required");
    expect(refusal(fulfill(held(), { items: [{ ...OWNER, quantity: 0 }] }, NOW))).toMatch(/^validation_failed fulfill request has 1 problem\(s\) \| 0 quantity /);
  });
});

describe("D13 bookkeeping that later requests see", () => {
  it("an item with a bad field is one problem, not two", () => {
    const r = fulfill(held(), { items: [{ ...OWNER, quantity: 1, inventoryId: 0 }] }, NOW);
    expect(refusal(r)).toMatch(/^validation_failed fulfill request has 1 problem\(s\) \| 0 inventoryId /);
    const d = deallocate(held(), { items: [{ ...OWNER, quantity: 1, inventoryId: 0 }] }, NOW);
    expect(refusal(d)).toMatch(/^validation_failed deallocate request has 1 problem\(s\) \| 0 inventoryId /);
    const noOwner = fulfill(held(), { items: [{ orderId: 7, shipmentId: 70, quantity: 1 } as never] }, NOW);
    expect(refusal(noOwner)).toMatch(/^validation_failed fulfill request has 1 problem\(s\)/);
    expect(refusal(fulfill(held(), {} as never, NOW))).toBe("validation_failed fulfill request has 1 problem(s) | - items required: items are required");
  });

  it("one deallocate freeing two products releases the pending units of each", () => {
    let s = stocked([{ quantity: 1 }]);
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "V", quantity: 1 }] }, NOW)).state;
    s = must(allocate(s, { items: [order(1), order(1, { orderItemId: 2, upc: "V" })] }, NOW)).state;
    s = must(allocate(s, { items: [order(1, { orderItemId: 3 }), order(1, { orderItemId: 4, upc: "V" })] }, NOW)).state;
    s = must(deallocate(s, { items: [{ ...OWNER, quantity: 1 }, { ...OWNER, orderItemId: 2, quantity: 1 }] }, NOW)).state;
    expect(getAllocation(s, { ...KEY, orderItemId: 3 })?.lines[0]).toMatchObject({ allocated: 1, pending: 0 });
    expect(getAllocation(s, { ...KEY, orderItemId: 4 })?.lines[0]).toMatchObject({ allocated: 1, pending: 0 });
  });

  it("fulfilled pending units leave the allocation's lines", () => {
    let s = stocked([{ quantity: 1 }], "L1", true);
    s = must(allocate(s, { items: [order(3)] }, NOW)).state;
    s = must(fulfill(s, { items: [{ ...OWNER, quantity: 3 }] }, NOW)).state;
    expect(getAllocation(s, KEY)).toMatchObject({ lines: [], fulfilled: 3 });
  });

  it("an allocation and a record made by fulfill take fresh ids: later ones come after them", () => {
    let s = must(saveAdminLocation(createState(), { code: "L1", supportsInventory: true, allowFulfillmentWithNoStock: true })).state;
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "V", quantity: 5 }] }, NOW)).state;
    s = must(allocate(s, { items: [order(1, { orderItemId: 1, upc: "V" })] }, NOW)).state;
    s = must(fulfill(s, { items: [{ ...OWNER, orderItemId: 2, quantity: 1, upc: "U", locationCode: "L1" }] }, NOW)).state;
    s = must(allocate(s, { items: [order(1, { orderItemId: 3, upc: "V" })] }, NOW)).state;
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "W", quantity: 1 }] }, NOW)).state;
    expect(exportState(s).allocations.map((a) => a.key)).toEqual(["order:7:1:70", "order:7:2:70", "order:7:3:70"]);
    const ids = ["V", "U", "W"].map((u) => recordsAt(s, u, "L1")[0]?.inventoryId);
    expect(ids).toEqual([...ids].sort((a, b) => (a ?? 0) - (b ?? 0)));
    expect(new Set(ids).size).toBe(3);
  });
});

describe("D13 deallocate takes pending units from the latest line first", () => {
  it("pending on two lines: the later line's go first", () => {
    let s = stocked([{ quantity: 1, lotCode: "A", date: "2025-02-01" }]);
    s = must(allocate(s, { items: [order(3)] }, NOW)).state;
    s = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 0, lotCode: "B", date: "2025-01-01" }] }, NOW)).state;
    s = must(allocate(s, { items: [order(2)] }, NOW)).state;
    const lot = new Map(recordsAt(s, "U", "L1").map((r) => [r.inventoryId, r.granular?.lotCode]));
    const lines = (x: InventoryState) => getAllocation(x, KEY)?.lines.map((l) => `${lot.get(l.inventoryId)}:${l.allocated}/${l.pending}`);
    expect(lines(s)).toEqual(["A:1/2", "B:0/2"]);
    expect(lines(must(deallocate(s, { items: [{ ...OWNER, quantity: 1 }] }, NOW)).state)).toEqual(["A:1/2", "B:0/1"]);
  });
});


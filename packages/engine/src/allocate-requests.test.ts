/**
 * allocate's request handling pinned through the public surface: owner fields (order ids win,
 * cart ids otherwise, neither is refused), every refusal with its message, the error code's
 * precedence, a second allocation for the same owner (lines merge; another target is a conflict),
 * serial numbers, and what happens without pendingOnShortfall.
 */
import { describe, expect, it } from "vitest";
import {
  type AllocateItem,
  allocate,
  createState,
  exportState,
  getAllocation,
  type InventorySettings,
  type InventoryState,
  type RefreshItem,
  recordsAt,
  refresh,
  saveAdminLocation,
  saveLocation,
} from "./index.js";
import { must } from "./testing/results.js";

const NOW = Date.UTC(2024, 5, 1, 12);
const ORDER = { orderId: 1, orderItemId: 1, shipmentId: 1 };

function stocked(items: RefreshItem[] = [{ upc: "U", quantity: 5 }], settings: Partial<InventorySettings> = {}): InventoryState {
  let s = must(saveLocation(createState(settings), { code: "L1" })).state;
  s = must(saveAdminLocation(s, { code: "OFF" })).state;
  return must(refresh(s, { locationCode: "L1", items }, NOW)).state;
}

const item = (extra: Partial<AllocateItem>): AllocateItem => ({ ...ORDER, upc: "U", locationCode: "L1", quantity: 1, ...extra });

function refusal(r: ReturnType<typeof allocate>): string[] {
  if (r.ok) return ["ok"];
  return [`${r.error.code}: ${r.error.message}`, ...r.error.details.map((d) => `${d.index ?? "-"} ${d.field} ${d.code}: ${d.message}`)];
}

describe("allocate: owners", () => {
  it("order ids when any is given (all three then required); else cart ids; else refused", () => {
    const s = stocked();
    expect(must(allocate(s, { items: [item({ cartId: "c", cartItemId: "1" })] }, NOW)).value.items[0]?.allocationKey).toBe("order:1:1:1");
    expect(must(allocate(s, { items: [{ cartId: "c", cartItemId: "1", upc: "U", locationCode: "L1", quantity: 1 }] }, NOW)).value.items[0]?.allocationKey).toBe("cart:c:1");
    const partial = refusal(allocate(s, { items: [{ orderId: 1, upc: "U", locationCode: "L1", quantity: 1 }] }, NOW));
    expect(partial).toHaveLength(3);
    expect(partial[1]).toMatch(/^0 orderItemId /);
    expect(partial[2]).toMatch(/^0 shipmentId /);
    const noCartItem = refusal(allocate(s, { items: [{ cartId: "c", upc: "U", locationCode: "L1", quantity: 1 }] }, NOW));
    expect(noCartItem[1]).toMatch(/^0 cartItemId /);
    expect(noCartItem).toHaveLength(2);
    expect(refusal(allocate(s, { items: [{ upc: "U", locationCode: "L1", quantity: 1 }] }, NOW))).toEqual([
      "validation_failed: allocate request has 1 problem(s)",
      "0 orderId required: orderId, orderItemId and shipmentId (or cartId and cartItemId) are required",
    ]);
  });
});

describe("allocate: which owner fields decide", () => {
  const at = { upc: "U", locationCode: "L1", quantity: 1 };
  const fields = (r: ReturnType<typeof allocate>) => refusal(r).slice(1).map((l) => l.split(" ")[1]);

  it("orderItemId or shipmentId alone makes an order owner, even beside cart ids: the other order ids are required", () => {
    const s = stocked();
    const cart = { cartId: "c", cartItemId: "1" };
    expect(fields(allocate(s, { items: [{ orderItemId: 1, ...cart, ...at }] }, NOW))).toEqual(["orderId", "shipmentId"]);
    expect(fields(allocate(s, { items: [{ shipmentId: 1, ...cart, ...at }] }, NOW))).toEqual(["orderId", "orderItemId"]);
  });

  it("cartItemId alone makes a cart owner (cartId required); a cart allocation reads back with its cart owner", () => {
    const s = stocked();
    expect(fields(allocate(s, { items: [{ cartItemId: "1", ...at }] }, NOW))).toEqual(["cartId"]);
    const owner = { kind: "cart", cartId: "c", cartItemId: "1" } as const;
    const r = must(allocate(s, { items: [{ cartId: "c", cartItemId: "1", ...at }] }, NOW));
    expect(getAllocation(r.state, owner)?.owner).toEqual(owner);
  });
});

describe("allocate: refusals and their code", () => {
  it("no items; each bad field; location codes; a serial asks for exactly 1", () => {
    expect(refusal(allocate(stocked(), { items: [] }, NOW))).toEqual(["validation_failed: items are required", "- items required: items are required"]);
    expect(refusal(allocate(stocked(), { items: [item({ locationCode: undefined as unknown as string })] }, NOW))).toEqual([
      "validation_failed: allocate request has 1 problem(s)",
      "0 locationCode required: locationCode is required",
    ]);
    expect(refusal(allocate(stocked(), { items: [item({ quantity: 0 })] }, NOW))[1]).toMatch(/^0 quantity /);
    expect(refusal(allocate(stocked(), { items: [item({ upc: "" })] }, NOW))[1]).toMatch(/^0 upc /);
    expect(refusal(allocate(stocked(), { items: [item({ serialNumber: "S", quantity: 2 })] }, NOW))).toEqual([
      "validation_failed: allocate request has 1 problem(s)",
      "0 quantity serial_quantity: A serial number allocates exactly 1 unit",
    ]);
    expect(refusal(allocate(stocked(), { items: [item({ serialNumber: "S" })] }, NOW))).toEqual([
      "validation_failed: allocate request has 1 problem(s)",
      "0 serialNumber serial_not_found: No record with serial number S",
    ]);
    expect(refusal(allocate(stocked(), { items: [item({ tags: { Nope: "x" } })] }, NOW))[0]).toBe("validation_failed: allocate request has 1 problem(s)");
  });

  it("precedence: location_not_found first; then the first of location_not_inventory_enabled and conflict; validation_failed last", () => {
    const s = must(allocate(stocked([{ upc: "U", quantity: 5 }, { upc: "V", quantity: 5 }]), { items: [item({})] }, NOW)).state;
    const conflict = item({ upc: "V" });
    const bad = item({ orderItemId: 2, quantity: 0 });
    const off = item({ orderItemId: 3, locationCode: "OFF" });
    const none = item({ orderItemId: 4, locationCode: "NONE" });
    expect(refusal(allocate(s, { items: [bad, conflict] }, NOW))[0]).toBe("conflict: allocate request has 2 problem(s)");
    expect(refusal(allocate(s, { items: [conflict, bad] }, NOW))[0]).toBe("conflict: allocate request has 2 problem(s)");
    expect(refusal(allocate(s, { items: [off, conflict] }, NOW))[0]).toBe("location_not_inventory_enabled: allocate request has 2 problem(s)");
    expect(refusal(allocate(s, { items: [conflict, off] }, NOW))[0]).toBe("conflict: allocate request has 2 problem(s)");
    expect(refusal(allocate(s, { items: [bad, off] }, NOW))[0]).toBe("location_not_inventory_enabled: allocate request has 2 problem(s)");
    expect(refusal(allocate(s, { items: [off, none] }, NOW))[0]).toBe("location_not_found: allocate request has 2 problem(s)");
    expect(refusal(allocate(s, { items: [none, off] }, NOW))[0]).toBe("location_not_found: allocate request has 2 problem(s)");
    expect(refusal(allocate(s, { items: [conflict] }, NOW))).toEqual([
      "conflict: allocate request has 1 problem(s)",
      "0 orderItemId allocation_conflict: order:1:1:1 already holds units of another item or segment",
    ]);
    expect(refusal(allocate(s, { items: [item({ lotCode: "X" })] }, NOW))[0]).toBe("conflict: allocate request has 1 problem(s)");
  });
});

describe("allocate: adding to an allocation", () => {
  it("the same owner and target adds to its lines (merged per record), keeping its place", () => {
    let s = stocked([{ upc: "U", quantity: 2, lotCode: "A", date: "2025-01-01" }, { upc: "U", quantity: 9, lotCode: "B", date: "2025-02-01" }]);
    s = must(allocate(s, { items: [item({ quantity: 1 })] }, NOW)).state;
    s = must(allocate(s, { items: [item({ orderItemId: 2, quantity: 1 })] }, NOW)).state;
    s = must(allocate(s, { items: [item({ quantity: 3 })] }, NOW)).state;
    const lot = new Map(recordsAt(s, "U", "L1").map((r) => [r.inventoryId, r.granular?.lotCode]));
    expect(getAllocation(s, { kind: "order", ...ORDER })?.lines.map((l) => `${lot.get(l.inventoryId)}:${l.allocated}/${l.pending}`)).toEqual(["A:1/0", "B:3/0"]);
    expect(exportState(s).allocations.map((a) => a.key)).toEqual(["order:1:1:1", "order:1:2:1"]);
  });

  it("a candidate with nothing available gets no line, also when it would have held a shortfall", () => {
    let s = stocked([{ upc: "U", quantity: 1, lotCode: "A", date: "2025-01-01" }, { upc: "U", quantity: 5, lotCode: "B", date: "2025-02-01" }]);
    s = must(allocate(s, { items: [item({ orderItemId: 2, quantity: 1 })] }, NOW)).state;
    s = must(allocate(s, { items: [item({ quantity: 2 })] }, NOW)).state;
    const lot = new Map(recordsAt(s, "U", "L1").map((r) => [r.inventoryId, r.granular?.lotCode]));
    expect(getAllocation(s, { kind: "order", ...ORDER })?.lines.map((l) => `${lot.get(l.inventoryId)}:${l.allocated}/${l.pending}`)).toEqual(["B:2/0"]);
  });

  it("without pendingOnShortfall the shortfall stays unallocated; nothing at all: no allocation", () => {
    const s = stocked([{ upc: "U", quantity: 2 }], { pendingOnShortfall: false });
    const r = must(allocate(s, { items: [item({ quantity: 5 }), item({ orderItemId: 2, upc: "NONE", quantity: 1 })] }, NOW));
    expect(r.value.items).toEqual([
      { index: 0, allocationKey: "order:1:1:1", allocated: 2, pending: 0, unallocated: 3 },
      { index: 1, allocationKey: "order:1:2:1", allocated: 0, pending: 0, unallocated: 1 },
    ]);
    expect(getAllocation(r.state, { kind: "order", orderId: 1, orderItemId: 2, shipmentId: 1 })).toBeUndefined();
    expect(recordsAt(r.state, "NONE", "L1")).toEqual([]);
  });

  it("a shortfall with no record makes an implicit holder with the asked granular fields", () => {
    const r = must(allocate(stocked(), { items: [item({ upc: "W", quantity: 2, lotCode: "Q" })] }, NOW));
    expect(r.value.items[0]).toMatchObject({ allocated: 0, pending: 2, unallocated: 0 });
    expect(recordsAt(r.state, "W", "L1").map((x) => [x.granular, x.details.implicit, x.segments.map((g) => g.pending)])).toEqual([[{ lotCode: "Q" }, true, [2]]]);
  });
});

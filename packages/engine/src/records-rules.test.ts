/**
 * Record identity and segments (D1, D2) pinned through the public surface: records that differ in
 * one granular field only are different records, a query filters by each field alone, a record's
 * segments are kept in key order without all-zero ones, and totals are the sum of segments.
 */
import { describe, expect, it } from "vitest";
import {
  allocate,
  createState,
  deallocate,
  type InventoryState,
  queryInventory,
  type RefreshItem,
  recordsAt,
  refresh,
  saveLocation,
  upsertTagCategory,
} from "./index.js";

const NOW = Date.UTC(2024, 5, 1, 12);

function must<V>(r: { ok: true; state: InventoryState; value: V } | { ok: false; error: unknown }): InventoryState {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.state;
}

const FIELDS = [
  ["sku", "S1", "S2"],
  ["lotCode", "L1", "L2"],
  ["condition", "new", "used"],
  ["serialNumber", "N1", "N2"],
  ["date", "2025-01-01", "2025-02-01"],
] as const;

/** For each field: two records that differ in it only (the other fields equal), 1 unit each. */
function variants(): InventoryState {
  const s = must(saveLocation(createState(), { code: "L" }));
  const items: RefreshItem[] = [{ upc: "U", quantity: 1 }];
  for (const [field, a, b] of FIELDS) {
    const base = { upc: "U", quantity: 1, sku: "S0", lotCode: "L0", condition: "c0", serialNumber: "N0", date: "2025-03-01" };
    items.push({ ...base, [field]: a }, { ...base, [field]: b });
  }
  return must(refresh(s, { locationCode: "L", items }, NOW));
}

describe("D1 granular identity", () => {
  it("records differing in one field only are distinct; the plain record has no granular fields", () => {
    const s = variants();
    const records = recordsAt(s, "U", "L");
    expect(records).toHaveLength(11);
    expect(records.filter((r) => r.granular === null)).toHaveLength(1);
    const again = must(refresh(s, { locationCode: "L", items: [{ upc: "U", quantity: 0, sku: "S1", lotCode: "L0", condition: "c0", serialNumber: "N0", date: "2025-03-01" }] }, NOW));
    expect(recordsAt(again, "U", "L")).toHaveLength(11);
  });

  it("a query filters by each field alone; fields left out match anything", () => {
    const s = variants();
    const count = (filter: Record<string, string>) => {
      const r = queryInventory(s, { items: [{ upc: "U", ...filter }], locationCode: "L" });
      return r.ok ? r.value.length : -1;
    };
    expect(count({})).toBe(11);
    for (const [field, a] of FIELDS) expect([field, count({ [field]: a })]).toEqual([field, 1]);
    expect(count({ sku: "S0" })).toBe(8);
    expect(count({ sku: "S0", lotCode: "L0", condition: "c0", serialNumber: "N0", date: "2025-03-01" })).toBe(0);
    expect(count({ sku: "S0", lotCode: "L0", condition: "c0", serialNumber: "N0" })).toBe(2);
  });
});

describe("D2 segments and totals", () => {
  it("segments in key order, all-zero ones dropped; totals are their sum", () => {
    let s = must(saveLocation(createState(), { code: "L" }));
    s = must(upsertTagCategory(s, { name: "C", values: [{ value: "a" }, { value: "b" }, { value: "c" }] }, NOW));
    s = must(refresh(s, { locationCode: "L", items: [{ upc: "U", quantity: 3, tags: { C: "c" } }, { upc: "U", quantity: 1, tags: { C: "a" } }, { upc: "U", quantity: 2, tags: { C: "b" } }] }, NOW));
    const keys = (x: InventoryState) => recordsAt(x, "U", "L")[0]?.segments.map((g) => `${g.key}:${g.onHand}/${g.allocated}/${g.pending}`);
    const sorted = keys(s);
    expect(sorted).toEqual([...(sorted ?? [])].sort());
    expect(sorted).toHaveLength(3);
    s = must(refresh(s, { locationCode: "L", items: [{ upc: "U", quantity: 0, tags: { C: "b" } }] }, NOW));
    expect(keys(s)).toHaveLength(2);
    s = must(allocate(s, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L", quantity: 5, tags: { C: "b" } }] }, NOW));
    expect(keys(s)).toHaveLength(3);
    const r = queryInventory(s, { items: [{ upc: "U" }], locationCode: "L", includeNegativeInventory: true });
    expect(r.ok && r.value.map((x) => [x.onHand, x.allocated, x.pending, x.available])).toEqual([[4, 0, 5, -1]]);
    s = must(deallocate(s, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, quantity: 5 }] }, NOW));
    expect(keys(s)).toHaveLength(2);
    s = must(refresh(s, { locationCode: "L", items: [{ upc: "U", quantity: 0, tags: { C: "a" } }, { upc: "U", quantity: 0, tags: { C: "c" } }] }, NOW));
    expect(keys(s)).toEqual([]);
  });
});

describe("D1 a record without granular fields is the plain record", () => {
  it("the holder an allocation makes without stock is the plain record future units arrive on", () => {
    let s = must(saveLocation(createState(), { code: "L" }));
    s = must(allocate(s, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L", quantity: 2 }] }, NOW));
    const holder = recordsAt(s, "U", "L")[0];
    expect(holder?.granular).toBeNull();
    s = must(refresh(s, { locationCode: "L", items: [{ upc: "U", quantity: 5, deliveryDate: "2024-05-01" }] }, NOW));
    expect(recordsAt(s, "U", "L").map((r) => [r.inventoryId, r.granular])).toEqual([[holder?.inventoryId, null]]);
  });
});


/**
 * Refresh → query round trip over every record field (issue 12 §3): each field a refresh item can
 * carry comes back on the query row, on its own and together with the others; a later refresh that
 * changes only that field updates it and keeps the rest; a refresh that leaves it out keeps it.
 * Dropping a field from the engine's metadata or from the row builder fails here. Public surface only.
 */
import { describe, expect, it } from "vitest";
import {
  createState,
  type InventoryRow,
  type InventoryState,
  queryInventory,
  type RefreshItem,
  refresh,
  saveLocation,
} from "./index.js";

const NOW = Date.UTC(2024, 5, 1, 12);

type Field = Exclude<keyof RefreshItem, "upc" | "quantity" | "tags" | "deliveryDate" | "externalId">;

/** Every record field a refresh sets: [field, a value, another value]. */
const FIELDS: readonly (readonly [Field, unknown, unknown])[] = [
  ["safetyStock", 3, 4],
  ["floor", 2, 5],
  ["ltd", 7, 8],
  ["retailPrice", 9.99, 12.5],
  ["currencyId", "USD", "EUR"],
  ["inventoryLocatorName", "Aisle 4", "Aisle 9"],
  ["attributes", ["fragile"], ["fragile", "cold"]],
  ["partNumber", "PN-1", "PN-2"],
  ["hasInfiniteInventory", true, false],
];
/** The granular fields: [field, value, as the row shows it]. They name the record (a change makes another). */
const GRANULAR: readonly (readonly [Field, string, string])[] = [
  ["sku", "SKU-1", "SKU-1"],
  ["lotCode", "LOT-1", "LOT-1"],
  ["condition", "new", "new"],
  ["serialNumber", "SN-1", "SN-1"],
  ["date", "2025-01-01", "2025-01-01T00:00:00.000Z"],
];
/** What a row holds for a record refreshed with only upc and quantity. */
const DEFAULTS = { safetyStock: 0, floor: 0, ltd: 0, hasInfiniteInventory: false };

function start(): InventoryState {
  const s = saveLocation(createState(), { code: "L1", name: "Main" });
  if (!s.ok) throw new Error(JSON.stringify(s.error));
  return s.state;
}

function refreshed(state: InventoryState, items: readonly Omit<RefreshItem, "upc">[]): InventoryState {
  const r = refresh(state, { locationCode: "L1", items: items.map((i) => ({ upc: "U", ...i })) }, NOW);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.state;
}

function rows(state: InventoryState): InventoryRow[] {
  const r = queryInventory(state, {
    items: [{ upc: "U" }],
    includeNegativeInventory: true,
    includeItemsWithInfiniteInventoryFlag: true,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const only = (state: InventoryState): InventoryRow => {
  const all = rows(state);
  expect(all).toHaveLength(1);
  return all[0] as InventoryRow;
};

describe("refresh → query round trip, field by field", () => {
  it("a plain record's row: quantities, defaults, the location's fields", () => {
    const row = only(refreshed(start(), [{ quantity: 5 }]));
    expect(row).toEqual({
      inventoryId: expect.any(Number),
      locationCode: "L1",
      locationName: "Main",
      upc: "U",
      onHand: 5,
      available: 5,
      allocated: 0,
      pending: 0,
      ...DEFAULTS,
      stockStatus: "IN_STOCK",
      active: true,
      directShip: expect.any(Boolean),
      pickup: expect.any(Boolean),
      transferEnabled: expect.any(Boolean),
      taggedInventory: expect.any(Array),
    });
  });

  it.each(FIELDS)("%s: set, changed alone, kept when left out", (field, first, second) => {
    let s = refreshed(start(), [{ quantity: 5, [field]: first }]);
    expect(only(s)).toMatchObject({ onHand: 5, [field]: first });
    s = refreshed(s, [{ quantity: 5, [field]: second }]);
    expect(only(s)).toMatchObject({ onHand: 5, [field]: second });
    s = refreshed(s, [{ quantity: 6 }]);
    expect(only(s)).toMatchObject({ onHand: 6, [field]: second });
    // Metadata only (no quantity) changes the field and keeps onHand.
    s = refreshed(s, [{ [field]: first }]);
    expect(only(s)).toMatchObject({ onHand: 6, [field]: first });
  });

  it.each(GRANULAR)("%s: names the record and comes back on its row", (field, value, shown) => {
    const s = refreshed(start(), [{ quantity: 1 }, { quantity: 1, [field]: value }]);
    const all = rows(s);
    expect(all).toHaveLength(2);
    expect(all.filter((r) => r[field as keyof InventoryRow] === shown)).toHaveLength(1);
    expect(all.filter((r) => r[field as keyof InventoryRow] === undefined)).toHaveLength(1);
    // Optional fields appear only when set: the other granular names are not even keys.
    const names = GRANULAR.map(([f]) => f as string);
    expect(all.map((r) => Object.keys(r).filter((k) => names.includes(k)))).toEqual(expect.arrayContaining([[], [field]]));
    expect(all.flatMap((r) => Object.keys(r).filter((k) => names.includes(k)))).toEqual([field]);
  });

  it("every field at once comes back, and changing one leaves the others", () => {
    const all = Object.fromEntries(FIELDS.map(([f, v]) => [f, v]));
    const granular = Object.fromEntries(GRANULAR.map(([f, v]) => [f, v]));
    const shown = Object.fromEntries(GRANULAR.map(([f, , v]) => [f, v]));
    let s = refreshed(start(), [{ quantity: 1, ...granular, ...all }]);
    expect(only(s)).toMatchObject({ onHand: 1, ...shown, ...all });
    for (const [field, , second] of FIELDS) {
      s = refreshed(s, [{ ...granular, [field]: second }]);
      expect(only(s)).toMatchObject({ onHand: 1, ...shown, [field]: second });
    }
    expect(only(s)).toMatchObject(Object.fromEntries(FIELDS.map(([f, , v]) => [f, v])));
  });

  it("the same refresh twice changes nothing", () => {
    const item = { quantity: 2, ...Object.fromEntries(FIELDS.map(([f, v]) => [f, v])) };
    const once = refreshed(start(), [item]);
    const twice = refreshed(once, [item]);
    expect(rows(twice)).toEqual(rows(once));
  });

  it("a location's country code comes back on its rows", () => {
    const s = saveLocation(createState(), { code: "L1", countryCode: "DE" });
    if (!s.ok) throw new Error(JSON.stringify(s.error));
    expect(only(refreshed(s.state, [{ quantity: 1 }]))).toMatchObject({ countryCode: "DE" });
    expect(only(refreshed(s.state, [{ quantity: 1, lotCode: "X" }]))).toMatchObject({ countryCode: "DE", lotCode: "X" });
  });
});

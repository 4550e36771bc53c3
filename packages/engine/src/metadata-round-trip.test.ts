/**
 * Every metadata field a refresh item carries reaches the record and comes back from a query: the
 * fields are listed here by hand, apart from record-metadata.ts's table, so a field dropped from
 * that table fails this test.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { queryInventory } from "./query.js";
import { refresh } from "./refresh-adjust.js";
import { given, type Given, location, must, NOW, refreshed } from "./testing/given.js";
import type { RefreshItem } from "./write-request.js";

/** Each metadata field with a value unlike its default. */
const FIELDS = {
  safetyStock: 2,
  floor: 3,
  ltd: 4,
  retailPrice: 9.5,
  currencyId: "EUR",
  inventoryLocatorName: "Aisle 7",
  attributes: ["fragile", "cold"],
  partNumber: "PN-1",
  hasInfiniteInventory: true,
} as const satisfies Omit<RefreshItem, "upc" | "quantity" | "tags" | "deliveryDate" | "externalId" | "sku" | "lotCode" | "condition" | "serialNumber" | "date">;

let g: Given;
beforeEach(() => {
  g = given(location("L1"), refreshed("L1", [{ upc: "U", quantity: 10 }]));
});

function row(state: typeof g.state) {
  const r = queryInventory(state, { items: [{ upc: "U" }], includeItemsWithInfiniteInventoryFlag: true });
  if (!r.ok) throw new Error(r.error.message);
  const rows = r.value;
  expect(rows).toHaveLength(1);
  return rows[0];
}

describe("refresh → query round-trips every metadata field", () => {
  it("all fields in one item", () => {
    const s = must(refresh(g.state, { locationCode: "L1", items: [{ upc: "U", quantity: 10, ...FIELDS }] }, NOW)).state;
    expect(row(s)).toMatchObject({ ...FIELDS, attributes: [...FIELDS.attributes] });
  });

  for (const [field, value] of Object.entries(FIELDS)) {
    it(`${field} alone changes an existing record`, () => {
      const s = must(refresh(g.state, { locationCode: "L1", items: [{ upc: "U", quantity: 10, [field]: value }] }, NOW)).state;
      expect(row(s)).toMatchObject({ [field]: value });
      // Refreshing the same value again keeps the record as it is.
      const again = must(refresh(s, { locationCode: "L1", items: [{ upc: "U", quantity: 10, [field]: value }] }, NOW)).state;
      expect(row(again)).toEqual(row(s));
    });
  }
});

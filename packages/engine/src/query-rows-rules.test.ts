/**
 * The query's row shape pinned whole: every field of a full row and a minimal one, in wire order
 * (optional fields only when defined), the row's stock status, and a future row.
 */
import { describe, expect, it } from "vitest";
import { allocate, createState, type InventoryState, queryInventory, type RefreshItem, refresh, saveLocation } from "./index.js";

const NOW = Date.UTC(2024, 5, 1, 12);

function must<V>(r: { ok: true; state: InventoryState; value: V } | { ok: false; error: unknown }): InventoryState {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.state;
}

function rowsOf(items: RefreshItem[], extra: (s: InventoryState) => InventoryState = (s) => s) {
  let s = must(saveLocation(createState(), { code: "L", name: "Store L", countryCode: "DE", directShip: true, pickup: false, transferEnabled: true }));
  s = extra(must(refresh(s, { locationCode: "L", items }, NOW)));
  const r = queryInventory(s, { items: [{ upc: "U" }], includeNegativeInventory: true, includeFutureInventory: true, includeItemsWithInfiniteInventoryFlag: true });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe("inventory rows", () => {
  it("a full row: every field, in wire order", () => {
    const [row] = rowsOf([
      {
        upc: "U", quantity: 1, sku: "SKU", lotCode: "LOT", condition: "new", serialNumber: "SN", date: "2025-01-01",
        safetyStock: 0, floor: 2, ltd: 3, retailPrice: 9.5, currencyId: "EUR", inventoryLocatorName: "A-1", attributes: ["x"], partNumber: "PN",
      },
    ]);
    expect(row).toBeDefined();
    expect(Object.entries(row ?? {}).filter(([k]) => k !== "inventoryId" && k !== "taggedInventory")).toEqual([
      ["locationCode", "L"],
      ["locationName", "Store L"],
      ["upc", "U"],
      ["partNumber", "PN"],
      ["sku", "SKU"],
      ["lotCode", "LOT"],
      ["condition", "new"],
      ["serialNumber", "SN"],
      ["date", "2025-01-01T00:00:00.000Z"],
      ["onHand", 1],
      ["available", 1],
      ["allocated", 0],
      ["pending", 0],
      ["safetyStock", 0],
      ["floor", 2],
      ["ltd", 3],
      ["retailPrice", 9.5],
      ["currencyId", "EUR"],
      ["inventoryLocatorName", "A-1"],
      ["attributes", ["x"]],
      ["hasInfiniteInventory", false],
      ["stockStatus", "IN_STOCK"],
      ["active", true],
      ["directShip", true],
      ["pickup", false],
      ["transferEnabled", true],
      ["countryCode", "DE"],
    ]);
  });

  it("a minimal row leaves the optional fields out; status follows available and safety stock", () => {
    const rows = rowsOf([{ upc: "U", quantity: 2, safetyStock: 3 }], (s) =>
      must(allocate(s, { items: [{ orderId: 1, orderItemId: 1, shipmentId: 1, upc: "U", locationCode: "L", quantity: 1 }] }, NOW)),
    );
    expect(Object.keys(rows[0] ?? {})).toEqual([
      "inventoryId", "locationCode", "locationName", "upc", "onHand", "available", "allocated", "pending", "safetyStock", "floor", "ltd",
      "hasInfiniteInventory", "stockStatus", "active", "directShip", "pickup", "transferEnabled", "countryCode", "taggedInventory", "futureInventory",
    ]);
    expect(rows[0]).toMatchObject({ onHand: 2, available: 1, allocated: 1, stockStatus: "LOW_STOCK" });
    expect(rows[0]?.taggedInventory[0]).toMatchObject({ onHand: 2, available: 1, allocated: 1, pending: 0, stockStatus: "LOW_STOCK" });
    expect(rowsOf([{ upc: "U", quantity: 0, safetyStock: 3 }, { upc: "U", quantity: 0, lotCode: "A" }])[0]?.stockStatus).toBe("OUT_OF_STOCK");
    expect(rowsOf([{ upc: "U", quantity: 1, safetyStock: 3, hasInfiniteInventory: true }])[0]?.stockStatus).toBe("IN_STOCK");
  });

  it("a location without a country code: the row leaves countryCode out", () => {
    let s = must(saveLocation(createState(), { code: "L" }));
    s = must(refresh(s, { locationCode: "L", items: [{ upc: "U", quantity: 1 }] }, NOW));
    const r = queryInventory(s, { items: [{ upc: "U" }] });
    expect(r.ok && r.value[0]).not.toHaveProperty("countryCode");
    expect(r.ok && Object.keys(r.value[0] ?? {}).slice(-4)).toEqual(["directShip", "pickup", "transferEnabled", "taggedInventory"]);
  });

  it("a granular future record is listed under the row of its granular record; a granular row none names carries no futureInventory", () => {
    let s = must(saveLocation(createState(), { code: "L" }));
    s = must(refresh(s, { locationCode: "L", items: [
      { upc: "U", quantity: 1 },
      { upc: "U", quantity: 2, lotCode: "A" },
      { upc: "U", quantity: 3, lotCode: "B" },
      { upc: "U", quantity: 4, deliveryDate: "2024-07-01", externalId: "PO-1" },
      { upc: "U", quantity: 5, deliveryDate: "2024-07-01", externalId: "PO-2", lotCode: "A" },
    ] }, NOW));
    const futures = (item: { upc: string; lotCode?: string }) => {
      const r = queryInventory(s, { items: [item], includeFutureInventory: true });
      return r.ok ? r.value.map((row) => `${row.lotCode ?? "-"}:${row.futureInventory?.map((f) => f.externalId).join("+") ?? "none"}`) : [];
    };
    expect(futures({ upc: "U" })).toEqual(["-:PO-1", "A:PO-2", "B:none"]);
    expect(futures({ upc: "U", lotCode: "A" })).toEqual(["A:PO-2"]);
  });

  it("a future row", () => {
    const rows = rowsOf([{ upc: "U", quantity: 1 }, { upc: "U", quantity: 4, deliveryDate: "2024-07-01", externalId: "PO" }, { upc: "U", quantity: 2, deliveryDate: "2024-08-01" }]);
    const [f, g] = rows[0]?.futureInventory ?? [];
    expect(f).toEqual({
      futureInventoryId: f?.futureInventoryId,
      externalId: "PO",
      tags: {},
      deliveryDate: "2024-07-01T00:00:00.000Z",
      createDate: "2024-06-01T12:00:00.000Z",
      onHand: 4,
      available: 4,
      allocated: 0,
      pending: 0,
      type: "REFRESH",
    });
    expect(g && "externalId" in g).toBe(false);
  });
});

import type { FutureRow, InventoryRow, SegmentRow } from "@kibo-inventory/engine";
import { describe, expect, it } from "vitest";
import { type RowOptions, toWireRow, wireRowsJson } from "./inventory-rows.js";

const future = (over: Partial<FutureRow> = {}): FutureRow => ({
  futureInventoryId: 7,
  tags: Object.freeze({ Channel: "Web" }),
  deliveryDate: "2025-02-01T00:00:00.000Z",
  createDate: "2025-01-01T00:00:00.000Z",
  onHand: 5,
  available: 5,
  allocated: 0,
  pending: 0,
  type: "REFRESH",
  ...over,
});

const segment = (over: Partial<SegmentRow> = {}): SegmentRow => ({
  tags: Object.freeze({ Channel: "Web", Region: "North" }),
  onHand: 3,
  available: 2,
  allocated: 1,
  pending: 0,
  stockStatus: "IN_STOCK",
  ...over,
});

const row = (over: Partial<InventoryRow> = {}): InventoryRow => ({
  inventoryId: 11,
  locationCode: "WH1",
  locationName: "Warehouse 1",
  upc: "UPC1",
  onHand: 10,
  available: 9,
  allocated: 1,
  pending: 0,
  safetyStock: 0,
  floor: 0,
  ltd: 0,
  hasInfiniteInventory: false,
  stockStatus: "IN_STOCK",
  active: true,
  directShip: true,
  pickup: false,
  transferEnabled: false,
  taggedInventory: [segment()],
  ...over,
});

/** Rows of every shape `toWireRow` distinguishes, with values JSON.stringify treats specially. */
const rows: InventoryRow[] = [
  row(),
  row({ partNumber: "P-1", retailPrice: 9.99, currencyId: "840", countryCode: "US", inventoryLocatorName: "A-1", attributes: ["x", "y"] }),
  row({ currencyId: "EUR", attributes: [] }),
  row({ sku: "S1", lotCode: "L1", date: "2025-06-30", condition: "NEW", serialNumber: "SN1" }),
  row({ lotCode: "only-lot" }),
  row({ taggedInventory: [] }),
  row({ taggedInventory: [segment(), segment({ tags: { Channel: "Store" }, futureInventory: [future(), future({ externalId: "E-1", type: "ADJUST" })] })] }),
  row({ futureInventory: [future({ externalId: "E-2" }), future()] }),
  row({ upc: 'quote " back \\ slash', locationName: "tab\tnew\nline \u0001 ctl", partNumber: "é ü 雪 😀", sku: "lone \ud800 surrogate" }),
  row({ onHand: Number.NaN, available: Number.POSITIVE_INFINITY, allocated: -0, pending: 1e21, retailPrice: 5e-7, floor: -3 }),
  row({ taggedInventory: [segment({ tags: { "2": "b", "1": "a", Channel: "Web" } })] }),
  row({ locationName: undefined as unknown as string }),
  row({ taggedInventory: [segment({ tags: undefined as unknown as Record<string, string> })] }),
];

const allOptions: RowOptions[] = [false, true].flatMap((realtime) =>
  [false, true].map((includeAttributes) => ({ tenantId: 1000, realtime, includeAttributes })),
);

describe("wireRowsJson", () => {
  it("writes exactly JSON.stringify of the toWireRow rows, for every row shape and option", () => {
    for (const options of allOptions) {
      expect(wireRowsJson(rows, options)).toBe(JSON.stringify(rows.map((r) => toWireRow(r, options))));
      for (const r of rows) expect(wireRowsJson([r], options)).toBe(JSON.stringify([toWireRow(r, options)]));
    }
    expect(wireRowsJson([], allOptions[0] as RowOptions)).toBe("[]");
  });

  it("reuses the cached text of a frozen tag map and never caches a mutable one", () => {
    const tags: Record<string, string> = { Channel: "Web" };
    const mutable = row({ taggedInventory: [segment({ tags })] });
    const options = allOptions[0] as RowOptions;
    expect(wireRowsJson([mutable], options)).toContain('"tags":{"Channel":"Web"}');
    tags.Channel = "Store";
    expect(wireRowsJson([mutable], options)).toContain('"tags":{"Channel":"Store"}');
    const frozen = row();
    expect(wireRowsJson([frozen, frozen], options)).toBe(JSON.stringify([frozen, frozen].map((r) => toWireRow(r, options))));
  });
});

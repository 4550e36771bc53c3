/**
 * refresh → query over every field of the wire refresh item, one field per case, through HTTP:
 * the cases come from REFRESH_ITEM_FIELDS (the refresh mapping's table, checked by tsc against the
 * generated `RefreshItem`) and the query row's field from INVENTORY_ROW_FIELDS, so dropping a field
 * from the refresh mapping, the engine's record or the row writer fails its case.
 */
import { describe, expect, it } from "vitest";
import { FUTURE_ROW_FIELDS, INVENTORY_ROW_FIELDS } from "../src/operations/queries/inventory-rows.js";
import { REFRESH_ITEM_FIELDS } from "../src/operations/stock/refresh-adjust.js";
import { readFixture } from "./support/read-fixture.js";

type Row = Record<string, unknown> & { taggedInventory: Record<string, unknown>[]; futureInventory?: Record<string, unknown>[] };

/** A value for each wire refresh field, none equal to a default. */
const VALUES: Record<keyof typeof REFRESH_ITEM_FIELDS, unknown> = {
  upc: "RT-1",
  partNumber: "PN-7",
  sku: "SKU-7",
  quantity: 17,
  lTD: 3,
  floor: 2,
  safetyStock: 4,
  retailPrice: 12.5,
  currencyID: 840,
  binID: 9,
  inventoryLocatorName: "Aisle 9",
  attributes: ["fragile", "red"],
  tags: { Channel: "Target" },
  deliveryDate: "2030-01-01T00:00:00.000Z",
  externalID: "EXT-7",
  lotCode: "LOT-7",
  date: "2025-06-30",
  condition: "New",
  serialNumber: "SN-7",
  includeItemsWithInfiniteInventoryFlag: true,
};

/** How the row writes a value the engine normalises (a granular date becomes a date-time). */
const AS_READ: Partial<Record<keyof typeof VALUES, unknown>> = { date: "2025-06-30T00:00:00.000Z" };

/** The row field that shows an engine field (INVENTORY_ROW_FIELDS read backwards). */
const rowField = (engine: string, table: Readonly<Record<string, string | null>> = INVENTORY_ROW_FIELDS) =>
  Object.entries(table).find(([, e]) => e === engine)?.[0];

async function refreshThenQuery(item: Record<string, unknown>): Promise<Row> {
  const f = readFixture();
  await f.location("homebase");
  await f.category("Channel", ["Warehouse", "Target"]);
  // A future record (deliveryDate) shows on the row of a current one.
  const items = item.deliveryDate === undefined ? [item] : [{ upc: item.upc, quantity: 1 }, item];
  const refreshed = await f.post("/commerce/inventory/v5/inventory/refresh", { locationCode: "homebase", items });
  expect(refreshed.status, JSON.stringify(refreshed.body)).toBe(200);
  const query = {
    type: "ALL",
    items: [{ upc: item.upc ?? "RT-1" }],
    includeAttributes: true,
    includeFutureInventory: true,
    // An infinite-inventory record (one of the fields) shows only with this flag.
    includeItemsWithInfiniteInventoryFlag: true,
  };
  const { status, body } = await f.post<Row[]>("/commerce/realtime-inventory/v5/inventory", query);
  expect(status, JSON.stringify(body)).toBe(200);
  expect(body).toHaveLength(1);
  return body[0] as Row;
}

describe("refresh → query round trip, every wire refresh field", () => {
  it.each(Object.entries(REFRESH_ITEM_FIELDS))("%s (engine %s)", async (wire, engine) => {
    const value = VALUES[wire as keyof typeof VALUES];
    // A serial-numbered record holds one unit; the others hold more than safetyStock and floor.
    const row = await refreshThenQuery({ upc: "RT-1", quantity: wire === "serialNumber" ? 1 : 10, [wire]: value });
    if (engine === null) {
      // Not modelled (binID): accepted, and nothing on the row says it.
      expect(JSON.stringify(row)).not.toContain(String(value));
      return;
    }
    if (wire === "deliveryDate" || wire === "externalID") {
      // A delivery date makes a future record; the future row shows it (externalID on real-time rows).
      const withDate = wire === "deliveryDate" ? { [wire]: value } : { deliveryDate: VALUES.deliveryDate, [wire]: value };
      const future = (await refreshThenQuery({ upc: "RT-1", quantity: 1, ...withDate })).futureInventory?.[0];
      const field = rowField(engine, FUTURE_ROW_FIELDS) as string;
      expect(future?.[field], field).toBe(value);
      return;
    }
    if (wire === "tags") {
      expect(row.taggedInventory.map((s) => s.tags)).toContainEqual(value);
      return;
    }
    if (wire === "quantity") {
      expect(row.onHand).toBe(value);
      return;
    }
    const field = rowField(engine);
    expect(field, `no row field shows the engine's ${engine}`).toBeDefined();
    expect(row[field as string], field).toEqual(AS_READ[wire as keyof typeof VALUES] ?? value);
  });

  it("every current-record field at once reads back in one row", async () => {
    // serialNumber (one unit only) has its own case above.
    const { deliveryDate: _d, externalID: _e, binID: _b, serialNumber: _s, ...current } = VALUES;
    const row = await refreshThenQuery(current);
    expect(row).toMatchObject({
      upc: "RT-1",
      partNumber: "PN-7",
      sku: "SKU-7",
      onHand: 17,
      ltd: 3,
      floor: 2,
      safetyStock: 4,
      retailPrice: 12.5,
      currencyID: 840,
      inventoryLocatorName: "Aisle 9",
      attributes: ["fragile", "red"],
      lotCode: "LOT-7",
      date: AS_READ.date,
      condition: "New",
    });
    expect(row.taggedInventory.map((s) => s.tags)).toContainEqual({ Channel: "Target" });
  });
});

import type { FutureRow, InventoryRow, SegmentRow } from "@kibo-inventory/engine";
import { describe, expect, it } from "vitest";
import { FUTURE_ROW_FIELDS, INVENTORY_ROW_FIELDS, type RowOptions, SEGMENT_ROW_FIELDS, wireRowsJson } from "./inventory-rows.js";

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

/** Rows of every shape the writer distinguishes, with values JSON.stringify treats specially. */
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

type Table = Readonly<Record<string, string | null>>;
type Json = Record<string, unknown>;

const GRANULAR = new Set(["inventoryID", "sku", "lotCode", "date", "condition", "serialNumber"]);
const REALTIME_ONLY = new Set(["active", "hasInfiniteInventory"]);
const isGranular = (r: InventoryRow) => [r.sku, r.lotCode, r.date, r.condition, r.serialNumber].some((v) => v !== undefined);

/**
 * The wire row a field table describes, built generically from the tables and the module's
 * visibility rules (granular and real-time fields, `attributes`, future `externalID`), then put
 * through JSON so that `undefined`, NaN and -0 read as JSON reads them.
 */
function fromTables(source: object, table: Table, options: RowOptions, granular: boolean): Json {
  const out: Json = {};
  for (const [wire, engine] of Object.entries(table)) {
    if (engine === null) continue;
    if (GRANULAR.has(wire) && !(options.realtime || granular)) continue;
    if (REALTIME_ONLY.has(wire) && !options.realtime) continue;
    if (wire === "attributes" && !options.includeAttributes) continue;
    if (wire === "externalID" && !options.realtime) continue;
    let value = (source as Record<string, unknown>)[engine];
    if (wire === "currencyID") value = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : undefined;
    if (wire === "taggedInventory") value = (value as SegmentRow[]).map((seg) => fromTables(seg, SEGMENT_ROW_FIELDS, options, false));
    if (wire === "futureInventory" && value !== undefined) value = (value as FutureRow[]).map((f) => fromTables(f, FUTURE_ROW_FIELDS, options, false));
    if (wire === "tags" && value === undefined) value = {};
    out[wire] = value;
  }
  return out;
}

const expectedRow = (r: InventoryRow, options: RowOptions): Json =>
  JSON.parse(JSON.stringify({ tenantID: options.tenantId, ...fromTables(r, INVENTORY_ROW_FIELDS, options, isGranular(r)) }));

describe("wireRowsJson", () => {
  it("writes every field of its table: a row with every engine field set, real-time, with attributes", () => {
    const full = row({
      partNumber: "P-1",
      sku: "S1",
      lotCode: "L1",
      date: "2025-06-30",
      condition: "NEW",
      serialNumber: "SN1",
      retailPrice: 9.99,
      currencyId: "840",
      countryCode: "US",
      inventoryLocatorName: "A-1",
      attributes: ["x"],
      hasInfiniteInventory: true,
      transferEnabled: true,
      pickup: true,
      floor: 2,
      safetyStock: 3,
      ltd: 4,
      taggedInventory: [segment({ futureInventory: [future({ externalId: "E-1" })] })],
      futureInventory: [future({ externalId: "E-2" })],
    });
    const options = { tenantId: 1000, realtime: true, includeAttributes: true };
    const [wire] = JSON.parse(wireRowsJson([full], options)) as Json[];
    const check = (written: Json | undefined, source: object, table: Table, where: string) => {
      for (const [field, engine] of Object.entries(table)) {
        if (engine === null) {
          if (field !== "tenantID") expect(written, `${where}.${field} is not modelled`).not.toHaveProperty(field);
          continue;
        }
        expect(written, `${where}.${field}`).toHaveProperty(field);
        const value = (source as Record<string, unknown>)[engine];
        if (field === "taggedInventory" || field === "futureInventory") {
          const nested = table === INVENTORY_ROW_FIELDS && field === "taggedInventory" ? SEGMENT_ROW_FIELDS : FUTURE_ROW_FIELDS;
          const items = value as object[];
          const writtenItems = (written?.[field] ?? []) as Json[];
          for (let i = 0; i < items.length; i++) check(writtenItems[i], items[i] as object, nested, `${where}.${field}[${i}]`);
        } else {
          expect(written?.[field], `${where}.${field}`).toEqual(field === "currencyID" ? Number(value) : value);
        }
      }
    };
    check(wire, full, INVENTORY_ROW_FIELDS, "row");
    expect(wire?.tenantID).toBe(1000);
  });

  it("writes what the field tables and the visibility rules give, as JSON.stringify would, for every row shape and option", () => {
    for (const options of allOptions) {
      const text = wireRowsJson(rows, options);
      expect(JSON.stringify(JSON.parse(text))).toBe(text);
      expect(JSON.parse(text)).toEqual(rows.map((r) => expectedRow(r, options)));
      for (const r of rows) {
        const one = wireRowsJson([r], options);
        expect(JSON.stringify(JSON.parse(one))).toBe(one);
        expect(JSON.parse(one)).toEqual([expectedRow(r, options)]);
      }
    }
    expect(wireRowsJson([], allOptions[0] as RowOptions)).toBe("[]");
  });

  it("leaves granular fields off regular rows of plain records, real-time fields off regular rows, attributes unless asked", () => {
    const [plain] = JSON.parse(wireRowsJson([row({ attributes: ["x"], futureInventory: [future({ externalId: "E" })] })], allOptions[0] as RowOptions)) as Json[];
    for (const field of [...GRANULAR, ...REALTIME_ONLY, "attributes"]) expect(plain).not.toHaveProperty(field);
    expect(((plain?.futureInventory ?? []) as Json[])[0]).not.toHaveProperty("externalID");
    const [granular] = JSON.parse(wireRowsJson([row({ lotCode: "only-lot" })], allOptions[0] as RowOptions)) as Json[];
    expect(granular).toMatchObject({ inventoryID: 11, lotCode: "only-lot" });
  });

  it("reuses the cached text of a frozen tag map and never caches a mutable one", () => {
    const tags: Record<string, string> = { Channel: "Web" };
    const mutable = row({ taggedInventory: [segment({ tags })] });
    const options = allOptions[0] as RowOptions;
    expect(wireRowsJson([mutable], options)).toContain('"tags":{"Channel":"Web"}');
    tags.Channel = "Store";
    expect(wireRowsJson([mutable], options)).toContain('"tags":{"Channel":"Store"}');
    const frozen = row();
    const text = wireRowsJson([frozen, frozen], options);
    expect(JSON.parse(text)).toEqual([frozen, frozen].map((r) => expectedRow(r, options)));
  });
});

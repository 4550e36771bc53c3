/**
 * Wire refresh/adjust items as engine items: every field carried (renamed where the engine spells
 * it differently), absent fields stay absent (exact optional properties), and a tag map reaches the
 * engine as the schema parsed it (a `__proto__` tag included: names are data, issue 14).
 */
import { AdjustRequestSchema, RefreshRequestSchema } from "@kibo-inventory/spec";
import { describe, expect, it } from "vitest";
import { fastSchema } from "../../http/validation.js";
import { ADJUST_ITEM_FIELDS, adjustItemFromWire, REFRESH_ITEM_FIELDS, refreshItemFromWire } from "./refresh-adjust.js";

// A distinct value per wire field, of the field's wire type.
const sample: Record<string, unknown> = {
  upc: "U1",
  partNumber: "P1",
  sku: "S1",
  quantity: 3,
  lTD: 1.5,
  floor: 1,
  safetyStock: 2,
  retailPrice: 9.5,
  currencyID: 840,
  binID: 7,
  inventoryLocatorName: "A-1",
  attributes: ["x"],
  tags: { Channel: "Web" },
  deliveryDate: "2030-01-01T00:00:00Z",
  externalID: "E1",
  lotCode: "L1",
  date: "2025-06-30",
  condition: "New",
  serialNumber: "SN1",
  includeItemsWithInfiniteInventoryFlag: true,
};

describe("refreshItemFromWire / adjustItemFromWire", () => {
  it("maps every refresh field and leaves absent ones out", () => {
    const full = sample;
    const parsed = RefreshRequestSchema.parse({ locationCode: "L", items: [full] }).items[0];
    expect(parsed).toBeDefined();
    expect(refreshItemFromWire(parsed as NonNullable<typeof parsed>)).toStrictEqual({
      upc: "U1",
      partNumber: "P1",
      sku: "S1",
      quantity: 3,
      ltd: 1.5,
      floor: 1,
      safetyStock: 2,
      retailPrice: 9.5,
      currencyId: "840",
      inventoryLocatorName: "A-1",
      attributes: ["x"],
      tags: { Channel: "Web" },
      deliveryDate: "2030-01-01T00:00:00Z",
      externalId: "E1",
      lotCode: "L1",
      date: "2025-06-30",
      condition: "New",
      serialNumber: "SN1",
      hasInfiniteInventory: true,
    });
    expect(Object.keys(refreshItemFromWire({}))).toEqual(["upc"]);
    expect(refreshItemFromWire({})).toStrictEqual({ upc: "" });
  });

  it("maps a parsed refresh item whose fields all carry the engine's names to an equal item", () => {
    const body = RefreshRequestSchema.parse({
      locationCode: "L",
      items: [
        { upc: "U", quantity: 2, tags: { Channel: "Web" }, sku: "S", safetyStock: 1, extra: "dropped" },
        { upc: "U", quantity: 2, binID: 3 },
      ],
    });
    const [same, renamed] = body.items;
    expect(refreshItemFromWire(same as NonNullable<typeof same>)).toStrictEqual({ upc: "U", quantity: 2, tags: { Channel: "Web" }, sku: "S", safetyStock: 1 });
    expect(same).toStrictEqual({ upc: "U", quantity: 2, tags: { Channel: "Web" }, sku: "S", safetyStock: 1 });
    expect(refreshItemFromWire(renamed as NonNullable<typeof renamed>)).toStrictEqual({ upc: "U", quantity: 2 });
  });

  const engineValue = (wire: string, value: unknown) => (wire === "currencyID" ? String(value) : value);

  it.each(Object.entries(REFRESH_ITEM_FIELDS))("refresh field %s follows REFRESH_ITEM_FIELDS (→ %s)", (wire, engine) => {
    expect(sample).toHaveProperty(wire);
    const mapped: Record<string, unknown> = { ...refreshItemFromWire({ [wire]: sample[wire] }) };
    const expected: Record<string, unknown> = { upc: "" };
    if (engine !== null) expected[engine] = engineValue(wire, sample[wire]);
    expect(mapped).toStrictEqual(expected);
  });

  it.each(Object.entries(ADJUST_ITEM_FIELDS))("adjust field %s follows ADJUST_ITEM_FIELDS (→ %s)", (wire, engine) => {
    const mapped: Record<string, unknown> = { ...adjustItemFromWire({ quantity: 0, [wire]: sample[wire] }) };
    const expected: Record<string, unknown> = { upc: "", quantity: 0 };
    if (engine !== null) expected[engine] = sample[wire];
    expect(mapped).toStrictEqual(expected);
  });

  it("maps adjust items: quantity always, the rest when present", () => {
    expect(adjustItemFromWire({ upc: "U", quantity: -2 })).toStrictEqual({ upc: "U", quantity: -2 });
    expect(adjustItemFromWire({ quantity: 1, sku: "S", tags: { Channel: "Web" }, externalID: "E" })).toStrictEqual({
      upc: "",
      quantity: 1,
      sku: "S",
      tags: { Channel: "Web" },
      externalId: "E",
    });
  });

  it("hands on the parsed tag map, a __proto__ tag included (the engine then refuses it as an unknown category)", () => {
    const raw = JSON.parse('{"locationCode":"L","items":[{"upc":"U","quantity":1,"tags":{"__proto__":"x","Channel":"Web"}}]}');
    for (const schema of [RefreshRequestSchema, AdjustRequestSchema]) {
      const parsed = fastSchema(schema).safeParse(raw);
      expect(parsed.success).toBe(true);
      if (!parsed.success) continue;
      const item = parsed.data.items[0] as NonNullable<(typeof parsed.data.items)[number]>;
      const mapped = schema === RefreshRequestSchema ? refreshItemFromWire(item) : adjustItemFromWire(item as never);
      expect(Object.keys(mapped.tags ?? {})).toEqual(["__proto__", "Channel"]);
    }
  });
});

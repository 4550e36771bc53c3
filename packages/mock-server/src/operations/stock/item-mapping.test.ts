/**
 * Wire refresh/adjust items as engine items: every field carried (renamed where the engine spells
 * it differently), absent fields stay absent (exact optional properties), and a tag map reaches the
 * engine as the schema parsed it (without `__proto__` keys).
 */
import { AdjustRequestSchema, RefreshRequestSchema } from "@kibo-inventory/spec";
import { describe, expect, it } from "vitest";
import { fastSchema } from "../../http/validation.js";
import { adjustItemFromWire, refreshItemFromWire } from "./refresh-adjust.js";

describe("refreshItemFromWire / adjustItemFromWire", () => {
  it("maps every refresh field and leaves absent ones out", () => {
    const full = {
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
    };
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
    });
    expect(Object.keys(refreshItemFromWire({}))).toEqual(["upc"]);
    expect(refreshItemFromWire({})).toStrictEqual({ upc: "" });
  });

  it("hands on a parsed refresh item whose fields all carry the engine's names, without a copy", () => {
    const body = RefreshRequestSchema.parse({
      locationCode: "L",
      items: [
        { upc: "U", quantity: 2, tags: { Channel: "Web" }, sku: "S", safetyStock: 1, extra: "dropped" },
        { upc: "U", quantity: 2, binID: 3 },
      ],
    });
    const [same, renamed] = body.items;
    expect(refreshItemFromWire(same as NonNullable<typeof same>)).toBe(same);
    expect(same).toStrictEqual({ upc: "U", quantity: 2, tags: { Channel: "Web" }, sku: "S", safetyStock: 1 });
    expect(refreshItemFromWire(renamed as NonNullable<typeof renamed>)).toStrictEqual({ upc: "U", quantity: 2 });
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

  it("hands on the parsed tag map, which has no __proto__ key", () => {
    const raw = JSON.parse('{"locationCode":"L","items":[{"upc":"U","quantity":1,"tags":{"__proto__":"x","Channel":"Web"}}]}');
    for (const schema of [RefreshRequestSchema, AdjustRequestSchema]) {
      const parsed = fastSchema(schema).safeParse(raw);
      expect(parsed.success).toBe(true);
      if (!parsed.success) continue;
      const item = parsed.data.items[0] as NonNullable<(typeof parsed.data.items)[number]>;
      const mapped = schema === RefreshRequestSchema ? refreshItemFromWire(item) : adjustItemFromWire(item as never);
      expect(Object.keys(mapped.tags ?? {})).toEqual(["Channel"]);
      expect(mapped.tags).not.toBe(raw.items[0].tags);
    }
  });
});

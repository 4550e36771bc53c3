/**
 * `asIsCheck` may only say yes where the schema accepts the body and parses it to an equal value.
 * Checked on the hot request bodies, hundreds of mutations of them, the edge cases zod treats
 * specially (code-point lengths, `__proto__` keys, unknown keys), and every schema of the spec.
 */
import * as spec from "@kibo-inventory/spec";
import { AdjustRequestSchema, InventoryRequestSchema, RefreshRequestSchema } from "@kibo-inventory/spec";
import { describe, expect, it } from "vitest";
import { asIsCheck } from "./as-is.js";
import { adjustBody, type Json, mutations, ODD_VALUES, prng } from "../../test/support/body-mutations.js";

type Schema = { safeParse(input: unknown): { success: boolean; data?: unknown } };

/** Asserts a yes is right; returns the answer. */
function sound(schema: Schema, input: unknown): boolean {
  const yes = asIsCheck(schema)(input);
  if (yes) {
    const parsed = schema.safeParse(input);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toStrictEqual(input);
  }
  return yes;
}

const refreshBody: Json = {
  locationCode: "WH1",
  items: [
    { upc: "U1", quantity: 5, tags: { Channel: "Web" } },
    { upc: "U3", partNumber: "P3", sku: "K3", quantity: 7, floor: 1, safetyStock: 2, lTD: 1.5, retailPrice: 9.99, currencyID: 840, binID: 3, inventoryLocatorName: "A", attributes: ["a"], externalID: "E", lotCode: "L", condition: "NEW", serialNumber: "S" },
  ],
};

describe("asIsCheck", () => {
  it("takes the common refresh and adjust bodies as they are", () => {
    expect(sound(RefreshRequestSchema, refreshBody)).toBe(true);
    expect(sound(AdjustRequestSchema, adjustBody)).toBe(true);
    const item = { upc: "U", quantity: 1, tags: { Channel: "Web" } };
    expect(sound(RefreshRequestSchema, { locationCode: "WH1", items: Array.from({ length: 12_000 }, () => item) })).toBe(true);
    expect(sound(RefreshRequestSchema, { locationCode: "WH1", items: Array.from({ length: 12_001 }, () => item) })).toBe(false);
  });

  it("leaves to the schema what it would change or refuse", () => {
    const withItem = (item: Json) => ({ locationCode: "WH1", items: [item] });
    // Unknown keys (stripped), __proto__ keys (dropped), formats it does not model, bad values.
    expect(sound(RefreshRequestSchema, { ...refreshBody, extra: 1 })).toBe(false);
    expect(sound(RefreshRequestSchema, withItem({ upc: "U", extra: 1 }))).toBe(false);
    // A tag named __proto__ is data (TagsSchema keeps it), so the body is taken as it is, tag and all.
    expect(sound(RefreshRequestSchema, JSON.parse('{"locationCode":"W","items":[{"upc":"U","tags":{"__proto__":"x"}}]}'))).toBe(true);
    expect(sound(RefreshRequestSchema, withItem({ upc: "U", quantity: 2_147_483_648 }))).toBe(false);
    expect(sound(RefreshRequestSchema, JSON.parse('{"locationCode":"W","items":[{"upc":"U","__proto__":{}}]}'))).toBe(false);
    expect(sound(RefreshRequestSchema, withItem({ upc: "U", deliveryDate: "2025-02-01T00:00:00Z" }))).toBe(false);
    expect(sound(RefreshRequestSchema, withItem({ upc: "U", date: "2025-06-30" }))).toBe(false);
    expect(sound(RefreshRequestSchema, withItem({ upc: "U", quantity: 1.5 }))).toBe(false);
    expect(sound(RefreshRequestSchema, { items: [] })).toBe(false);
    expect(sound(RefreshRequestSchema, { locationCode: "", items: [] })).toBe(false);
  });

  it("measures string lengths in code points, as zod does", () => {
    const withLot = (lotCode: string) => ({ locationCode: "WH1", items: [{ upc: "U", lotCode }] });
    expect(sound(RefreshRequestSchema, withLot("😀".repeat(50)))).toBe(true); // 100 UTF-16 units, 50 code points
    expect(sound(RefreshRequestSchema, withLot("😀".repeat(51)))).toBe(false);
    expect(sound(RefreshRequestSchema, withLot("x".repeat(51)))).toBe(false);
    expect(sound(RefreshRequestSchema, { locationCode: "😀", items: [] })).toBe(true);
  });

  it("never says yes wrongly on hundreds of mutations of the hot bodies", () => {
    const random = prng(11);
    for (const [schema, body] of [
      [RefreshRequestSchema, refreshBody],
      [AdjustRequestSchema, adjustBody],
      [InventoryRequestSchema, { items: [{ upc: "U1" }] }],
    ] as [Schema, Json][]) {
      let yes = 0;
      for (const mutated of mutations(body, random, 400)) if (sound(schema, mutated)) yes++;
      if (schema !== InventoryRequestSchema) expect(yes).toBeGreaterThan(10);
    }
  });

  it("is sound for every schema of @kibo-inventory/spec on odd inputs, and says no to other schema-likes", () => {
    const schemas = Object.entries(spec).filter(([name]) => name.endsWith("Schema")) as [string, Schema][];
    expect(schemas.length).toBeGreaterThan(40);
    for (const [, schema] of schemas)
      for (const input of [undefined, null, "x", 1, [], {}, { items: [] }, { items: [{}] }, ...ODD_VALUES]) sound(schema, input);
    expect(asIsCheck({ safeParse: () => ({ success: true, data: 1 }) })(1)).toBe(false);
  });
});

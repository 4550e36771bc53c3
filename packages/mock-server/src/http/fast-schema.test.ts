/**
 * `fastSchema` parses with zod's compiled twin of a schema. The twin must answer exactly what the
 * schema answers: the same verdict, the same parsed value (key order included) and the same
 * issues. Checked here on the hot request bodies with many mutations, and on every schema of
 * `@kibo-inventory/spec` with odd inputs.
 */
import * as spec from "@kibo-inventory/spec";
import { AdjustRequestSchema, InventoryRequestSchema, RefreshRequestSchema } from "@kibo-inventory/spec";
import { describe, expect, it } from "vitest";
import { adjustBody, type Json, mutations, ODD_VALUES, prng } from "../../test/support/body-mutations.js";
import { fastSchema, type SchemaLike } from "./validation.js";

/** Checks the fast and the plain parse agree; returns whether the input was valid. */
function sameAnswer(schema: SchemaLike<unknown>, input: unknown): boolean {
  const slow = schema.safeParse(input);
  const fast = fastSchema(schema).safeParse(input);
  expect(fast.success).toBe(slow.success);
  if (slow.success && fast.success) {
    expect(JSON.stringify(fast.data)).toBe(JSON.stringify(slow.data));
    expect(fast.data).toEqual(slow.data);
  } else if (!slow.success && !fast.success) {
    expect(fast.error.issues).toEqual(slow.error.issues);
  }
  return slow.success;
}

const refreshBody: Json = {
  locationCode: "WH1",
  items: [
    { upc: "U1", quantity: 5, tags: { Channel: "Web" } },
    { upc: "U2", quantity: 0, lotCode: "L1", date: "2025-06-30", condition: "NEW", serialNumber: "S1", deliveryDate: "2025-02-01T00:00:00Z" },
    { upc: "U3", partNumber: "P3", sku: "K3", quantity: 7, floor: 1, safetyStock: 2, lTD: 1.5, retailPrice: 9.99, currencyID: 840, binID: 3, inventoryLocatorName: "A", attributes: ["a"], externalID: "E" },
  ],
};
const queryBody: Json = {
  type: "ALL",
  items: [{ upc: "U1" }, { upc: "U2", tags: { Channel: "Web" }, quantity: 1 }],
  locationWhitelist: ["WH1"],
  requestLocation: { locationCode: "WH1", unit: "KM", radius: 5 },
  sortByEnum: "ON_HAND",
  limit: 10,
  deliveryDateAfter: "2025-01-01T00:00:00Z",
};

describe("fastSchema", () => {
  it("answers like the schema on the hot bodies and hundreds of mutations of them", () => {
    const cases: [SchemaLike<unknown>, Json][] = [
      [RefreshRequestSchema, refreshBody],
      [AdjustRequestSchema, adjustBody],
      [InventoryRequestSchema, queryBody],
    ];
    const random = prng(6);
    for (const [schema, body] of cases) {
      // The hot schemas really are compiled (else this test would compare the schema with itself).
      expect(fastSchema(schema)).not.toBe(schema);
      expect(sameAnswer(schema, body)).toBe(true);
      let valid = 0;
      for (const mutated of mutations(body, random, 400)) if (sameAnswer(schema, mutated)) valid++;
      expect(valid).toBeGreaterThan(20);
      expect(valid).toBeLessThan(380);
    }
  });

  it("answers like the schema at the item limits", () => {
    const item = { upc: "U", quantity: 1 };
    sameAnswer(RefreshRequestSchema, { locationCode: "WH1", items: Array.from({ length: 12_000 }, () => item) });
    sameAnswer(RefreshRequestSchema, { locationCode: "WH1", items: Array.from({ length: 12_001 }, () => item) });
    sameAnswer(AdjustRequestSchema, { locationCode: "WH1", items: Array.from({ length: 1_001 }, () => item) });
  });

  it("answers like the schema for every schema of @kibo-inventory/spec on odd inputs", () => {
    const schemas = Object.entries(spec).filter(([name]) => name.endsWith("Schema")) as [string, SchemaLike<unknown>][];
    expect(schemas.length).toBeGreaterThan(40);
    for (const [, schema] of schemas) {
      for (const input of [undefined, null, "x", 1, [], {}, { items: [] }, { items: [{}] }, ...ODD_VALUES]) sameAnswer(schema, input);
    }
  });

  it("compiles each schema once, and leaves other schema-likes as they are", () => {
    expect(fastSchema(RefreshRequestSchema)).toBe(fastSchema(RefreshRequestSchema));
    const plain: SchemaLike<number> = { safeParse: (input) => ({ success: true, data: Number(input) }) };
    expect(fastSchema(plain)).toBe(plain);
  });
});

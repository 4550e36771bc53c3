import { describe, expect, it } from "vitest";
import { createInventoryMock } from "../create-inventory-mock.js";
import { MAX_DEPTH, MAX_FIELDS, MAX_TOKENS } from "./limits.js";

const URL_ = "https://t1000.sandbox.mozu.com/api/commerce/realtime-inventory/graphql";
const FIELDS = "productCode ats";

async function ask(query: string): Promise<{ status: number; body: { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] } }> {
  const mock = createInventoryMock({ staticTokens: { t: "mock-app" } });
  const res = await mock.fetch(URL_, {
    method: "POST",
    headers: { authorization: "Bearer t", "x-vol-tenant": "1000", "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: (await res.json()) as never };
}

/** A selection nested `n` levels under the root field (the schema has 4; validation would refuse deeper ones). */
const nestedSelection = (n: number): string => `{ getProductSiteAvailability(productCodes: ["A"]) ${"{ a ".repeat(n)}${"}".repeat(n)} }`;
/** A list argument nested `n` levels. */
const nestedValue = (n: number): string => `{ getProductSiteAvailability(productCodes: ${"[".repeat(n)}"A"${"]".repeat(n)}) { ${FIELDS} } }`;

describe("RIS GraphQL size limits", () => {
  it.each([
    ["selection set", nestedSelection],
    ["list value", nestedValue],
  ])("a %s nested 2,000 and 20,000 levels is a GraphQL error (200), not a 500", async (_, build) => {
    for (const n of [2_000, 20_000]) {
      const { status, body } = await ask(build(n));
      expect(status).toBe(200);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION_ERROR", limit: "depth", max: MAX_DEPTH });
    }
  });

  it("draws the nesting line at MAX_DEPTH: one level over is refused, at the limit the schema answers", async () => {
    // `{ getProductSiteAvailability(productCodes: [[…]]) { … } }`: depth = 1 brace + 1 paren + n brackets.
    const atLimit = await ask(nestedValue(MAX_DEPTH - 2));
    expect(atLimit.body.errors?.[0]?.extensions.limit).toBeUndefined(); // refused by the schema (wrong list type), not the limit
    const over = await ask(nestedValue(MAX_DEPTH - 1));
    expect(over.body.errors?.[0]?.extensions.limit).toBe("depth");
  });

  it("refuses more than MAX_TOKENS tokens", async () => {
    const codes = (n: number) => Array.from({ length: n }, (_, i) => `"C${i}"`).join(" ");
    // 11 tokens around the list, 3 selected names + braces → 16 fixed tokens.
    const query = (n: number) => `{ getProductSiteAvailability(productCodes: [${codes(n)}]) { ${FIELDS} } }`;
    const fits = await ask(query(MAX_TOKENS - 13));
    expect(fits.body.errors).toBeUndefined();
    const over = await ask(query(MAX_TOKENS));
    expect(over.body.errors?.[0]?.extensions).toMatchObject({ limit: "tokens" });
  });

  it("counts fields with fragments expanded, so a small document that multiplies is refused", async () => {
    // Each fragment level doubles the fields: 2^12 = 4,096 > MAX_FIELDS with a few hundred tokens.
    const levels = 12;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1 ? `fragment F${i} on ProductAvailability { ${FIELDS} }` : `fragment F${i} on ProductAvailability { ...F${i + 1} a${i}: productCode ...F${i + 1} }`,
    );
    const aliased = (i: number) => `r${i}: getProductSiteAvailability(productCodes: ["A"]) { ...F0 }`;
    const over = await ask(`{ ${aliased(1)} ${aliased(2)} } ${fragments.join(" ")}`);
    expect(over.status).toBe(200);
    expect(over.body.errors?.[0]?.extensions).toMatchObject({ limit: "fields", max: MAX_FIELDS });
    const small = await ask(`{ ${aliased(1)} } fragment F0 on ProductAvailability { ${FIELDS} }`);
    expect(small.body.errors).toBeUndefined();
  });

  it("measures depth through fragments: a chain of fragments each one field deeper is refused before validation", async () => {
    const chain = (n: number) => Array.from({ length: n }, (_, i) => `fragment F${i} on ProductAvailability { x${i} { ...F${i + 1} } }`).join(" ");
    const query = (n: number) => `{ getProductSiteAvailability(productCodes: ["A"]) { ...F0 } } ${chain(n)} fragment F${n} on ProductAvailability { ${FIELDS} }`;
    const deep = await ask(query(800)); // 11 tokens each: under MAX_TOKENS
    expect(deep.body.errors?.[0]?.extensions).toMatchObject({ limit: "depth" });
    const shallow = await ask(query(3)); // within the limit: the schema's validation answers (no field x0)
    expect(shallow.body.errors?.[0]?.extensions.limit).toBeUndefined();
    expect(shallow.body.errors?.[0]?.message).toMatch(/Cannot query field "x0"/);
  });

  it("leaves fragment cycles to the schema's validation", async () => {
    const cycle = await ask(`{ getProductSiteAvailability(productCodes: ["A"]) { ...A } } fragment A on ProductAvailability { ...B } fragment B on ProductAvailability { ...A }`);
    expect(cycle.status).toBe(200);
    expect(cycle.body.errors?.[0]?.message).toMatch(/Cannot spread fragment/);
  });
});

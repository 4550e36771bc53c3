import { describe, expect, it } from "vitest";
import { ADJUST_ITEM_LIMIT } from "../rules/limits.js";
import { AdjustRequestSchema } from "./adjust.js";

const items = (count: number) => Array.from({ length: count }, (_, i) => ({ upc: `UPC-${i}`, quantity: -1 }));

describe("AdjustRequestSchema", () => {
  it("parses signed changes, including a zero and a future adjustment", () => {
    const body = {
      locationCode: "WH1",
      items: [
        { upc: "0001", quantity: 5 },
        { upc: "0002", quantity: -2, tags: { Channel: "Web" } },
        { upc: "0003", quantity: 0 },
        { upc: "0004", quantity: 10, deliveryDate: "2025-06-25T19:59:00+0000", externalID: "ASN-9" },
      ],
    };
    expect(AdjustRequestSchema.parse(body)).toEqual(body);
  });

  it(`accepts ${ADJUST_ITEM_LIMIT} items and rejects ${ADJUST_ITEM_LIMIT + 1}`, () => {
    expect(AdjustRequestSchema.safeParse({ locationCode: "WH1", items: items(1_000) }).success).toBe(true);
    const result = AdjustRequestSchema.safeParse({ locationCode: "WH1", items: items(1_001) });
    expect(result.error?.issues[0]?.path).toEqual(["items"]);
    expect(result.error?.issues[0]?.message).toMatch(/at most 1000 items/);
  });

  it("requires a quantity on every item", () => {
    const result = AdjustRequestSchema.safeParse({ locationCode: "WH1", items: [{ upc: "1" }] });
    expect(result.error?.issues[0]?.path).toEqual(["items", 0, "quantity"]);
  });
});

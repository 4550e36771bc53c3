import { describe, expect, it } from "vitest";
import { REFRESH_ITEM_LIMIT } from "../rules/limits.js";
import { RefreshRequestSchema } from "./refresh.js";

const items = (count: number) => Array.from({ length: count }, (_, i) => ({ upc: `UPC-${i}`, quantity: 1 }));

describe("RefreshRequestSchema", () => {
  it("parses a Kibo-style refresh: two channel segments, a granular record and future stock", () => {
    const body = {
      locationCode: "WH1",
      items: [
        { upc: "0001", quantity: 100, tags: { Channel: "Warehouse" } },
        { upc: "0001", quantity: 50, tags: { Channel: "Target" } },
        { upc: "0002", partNumber: "P-2", quantity: 7, lTD: 3, floor: 2, safetyStock: 1, lotCode: "LOT-42", date: "2026-01-31", condition: "New" },
        { upc: "0003", quantity: 1, serialNumber: "SN-000001" },
        { upc: "0004", quantity: 20, deliveryDate: "2020-09-28T12:00:00-0500", externalID: "PO-1" },
      ],
    };
    const result = RefreshRequestSchema.safeParse(body);
    expect(result.success).toBe(true);
    expect(result.data).toEqual(body);
  });

  it(`accepts exactly ${REFRESH_ITEM_LIMIT} items`, () => {
    expect(RefreshRequestSchema.safeParse({ locationCode: "WH1", items: items(12_000) }).success).toBe(true);
  });

  it("rejects 12,001 items, naming the items path", () => {
    const result = RefreshRequestSchema.safeParse({ locationCode: "WH1", items: items(12_001) });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]?.path).toEqual(["items"]);
    expect(result.error?.issues[0]?.message).toMatch(/at most 12000 items/);
  });

  it("rejects a 31-character serialNumber and names the offending item", () => {
    const body = { locationCode: "WH1", items: [{ upc: "1", quantity: 1 }, { upc: "2", quantity: 1, serialNumber: "S".repeat(31) }] };
    const result = RefreshRequestSchema.safeParse(body);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([["items", 1, "serialNumber"]]);
    expect(result.error?.issues[0]?.message).toBe("serialNumber must be at most 30 characters");
  });

  it("accepts a 30-character serialNumber and 50-character lotCode and condition", () => {
    const item = { upc: "1", quantity: 1, serialNumber: "S".repeat(30), lotCode: "L".repeat(50), condition: "C".repeat(50) };
    expect(RefreshRequestSchema.safeParse({ locationCode: "WH1", items: [item] }).success).toBe(true);
  });

  it("rejects a 51-character lotCode or condition", () => {
    const result = RefreshRequestSchema.safeParse({
      locationCode: "WH1",
      items: [{ upc: "1", lotCode: "L".repeat(51), condition: "C".repeat(51) }],
    });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([
      ["items", 0, "lotCode"],
      ["items", 0, "condition"],
    ]);
  });

  it("rejects fractional quantities", () => {
    const result = RefreshRequestSchema.safeParse({ locationCode: "WH1", items: [{ upc: "1", quantity: 1.5 }] });
    expect(result.error?.issues[0]?.path).toEqual(["items", 0, "quantity"]);
    expect(result.error?.issues[0]?.message).toBe("quantity must be a whole number");
  });

  it("requires a locationCode", () => {
    const result = RefreshRequestSchema.safeParse({ items: [] });
    expect(result.error?.issues[0]?.path).toEqual(["locationCode"]);
  });

  it("rejects dates that are neither ISO 8601 nor MM/DD/YYYY", () => {
    const result = RefreshRequestSchema.safeParse({
      locationCode: "WH1",
      items: [{ upc: "1", date: "6/30/26", deliveryDate: "next tuesday" }],
    });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([
      ["items", 0, "deliveryDate"],
      ["items", 0, "date"],
    ]);
  });

  it("keeps Kibo's lTD casing and drops fields the contract does not have", () => {
    const parsed = RefreshRequestSchema.parse({ locationCode: "WH1", items: [{ upc: "1", lTD: 5, LTD: 9 }] });
    expect(parsed.items[0]).toEqual({ upc: "1", lTD: 5 });
  });
});

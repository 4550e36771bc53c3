import { describe, expect, it } from "vitest";
import { InventoryRequestSchema } from "./inventory-query.js";

describe("InventoryRequestSchema", () => {
  it("parses the query the official SDK sends", () => {
    const body = {
      type: "ALL",
      items: [{ upc: "0001" }, { upc: "0002", tags: { Channel: "Web" }, condition: "New" }],
      locationPriorityList: ["WH1"],
      includeFutureInventory: true,
      deliveryDateAfter: "2025-06-01T00:00:00-0500",
      includeItemsWithInfiniteInventoryFlag: true,
    };
    expect(InventoryRequestSchema.parse(body)).toEqual(body);
  });

  it("rejects an unknown lookup type and a missing items list", () => {
    const result = InventoryRequestSchema.safeParse({ type: "SOME" });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([["type"], ["items"]]);
  });

  it("rejects a tag value that is not a string", () => {
    const result = InventoryRequestSchema.safeParse({ type: "ANY", items: [{ upc: "1", tags: { Channel: 3 } }] });
    expect(result.error?.issues[0]?.path).toEqual(["items", 0, "tags", "Channel"]);
  });
});

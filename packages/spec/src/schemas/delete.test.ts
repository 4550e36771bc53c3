import { describe, expect, it } from "vitest";
import { DeleteFutureItemRequestSchema, DeleteItemRequestSchema, DeleteItemsRequestSchema } from "./delete.js";

describe("delete request schemas", () => {
  it("accepts a regex product pattern with a dry run", () => {
    const body = { upc: "^TEST-.*$", locationCodes: ["WH1"], dryRun: true, explicit: true };
    expect(DeleteItemRequestSchema.parse(body)).toEqual(body);
  });

  it("caps deleteItems at 1,000 items", () => {
    const make = (count: number) => Array.from({ length: count }, (_, i) => ({ upc: `U${i}` }));
    expect(DeleteItemsRequestSchema.safeParse({ items: make(1_000), allLocations: true }).success).toBe(true);
    const result = DeleteItemsRequestSchema.safeParse({ items: make(1_001) });
    expect(result.error?.issues[0]?.path).toEqual(["items"]);
  });

  it("requires both ends of the delivery-date window for future deletes", () => {
    const ok = { futureStartDate: "2023-01-26T19:59:00+0000", futureEndDate: "2023-02-26T19:59:00+0000", externalIDs: ["PO-1"] };
    expect(DeleteFutureItemRequestSchema.safeParse(ok).success).toBe(true);
    const result = DeleteFutureItemRequestSchema.safeParse({ externalIDs: ["PO-1"] });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([["futureStartDate"], ["futureEndDate"]]);
  });
});

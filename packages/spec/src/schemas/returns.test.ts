import { describe, expect, it } from "vitest";
import { RestockReturnItemsRequestSchema, ReturnActionSchema, ReturnRequestSchema } from "./returns.js";

const paths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join(".")) ?? [];

describe("ReturnRequestSchema", () => {
  it("parses a return of 2 units with Kibo's reasons and keeps unmodelled fields", () => {
    const body = {
      originalOrderId: "5f0c2a9e3b7d4c1e8a6f0b2d4c6e8a10",
      returnType: "Refund",
      contact: { email: "shopper@example.com" },
      items: [{ orderItemId: "9a1b", reasons: [{ reason: "Damaged", quantity: 2 }], quantityRestockable: 2 }],
    };
    expect(ReturnRequestSchema.parse(body)).toEqual(body);
  });

  it("needs the order, at least one item and, per item, at least one reason", () => {
    expect(paths(ReturnRequestSchema.safeParse({ items: [] }))).toEqual(["originalOrderId", "items"]);
    expect(paths(ReturnRequestSchema.safeParse({ originalOrderId: "o", items: [{ orderItemId: "i", reasons: [] }] }))).toEqual([
      "items.0.reasons",
    ]);
  });

  it("rejects a negative restockable quantity", () => {
    const body = { originalOrderId: "o", items: [{ orderItemId: "i", reasons: [{ quantity: 1 }], quantityRestockable: -1 }] };
    expect(paths(ReturnRequestSchema.safeParse(body))).toEqual(["items.0.quantityRestockable"]);
  });
});

describe("restock and return actions", () => {
  it("parses a restock with and without a location", () => {
    const body = [{ returnItemId: "r1", quantity: 2 }, { returnItemId: "r2", quantity: 1, locationCode: "homebase" }];
    expect(RestockReturnItemsRequestSchema.parse(body)).toEqual(body);
  });

  it("rejects an empty restock and a quantity of 0", () => {
    expect(RestockReturnItemsRequestSchema.safeParse([]).success).toBe(false);
    expect(paths(RestockReturnItemsRequestSchema.safeParse([{ returnItemId: "r1", quantity: 0 }]))).toEqual(["0.quantity"]);
  });

  it("accepts the simulated return actions on at least one return", () => {
    expect(ReturnActionSchema.safeParse({ actionName: "Receive", returnIds: ["r"] }).success).toBe(true);
    expect(paths(ReturnActionSchema.safeParse({ actionName: "Refund", returnIds: [] }))).toEqual(["actionName", "returnIds"]);
  });
});

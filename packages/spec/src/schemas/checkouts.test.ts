import { describe, expect, it } from "vitest";
import { CheckoutActionSchema, SplitItemQuerySchema } from "./checkouts.js";

describe("checkout schemas", () => {
  it("accepts SubmitCheckout only", () => {
    expect(CheckoutActionSchema.parse({ actionName: "SubmitCheckout" })).toEqual({ actionName: "SubmitCheckout" });
    expect(CheckoutActionSchema.safeParse({ actionName: "SubmitOrder" }).success).toBe(false);
  });

  it("coerces the split quantity from the query string", () => {
    expect(SplitItemQuerySchema.parse({ quantity: "2" })).toEqual({ quantity: 2 });
    expect(SplitItemQuerySchema.parse({})).toEqual({});
  });

  it("rejects a split quantity below 1 or not whole", () => {
    expect(SplitItemQuerySchema.safeParse({ quantity: "0" }).success).toBe(false);
    expect(SplitItemQuerySchema.safeParse({ quantity: "1.5" }).success).toBe(false);
    expect(SplitItemQuerySchema.safeParse({ quantity: "two" }).success).toBe(false);
  });
});

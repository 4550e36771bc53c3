import { describe, expect, it } from "vitest";
import { CartItemRequestSchema } from "./carts.js";

describe("CartItemRequestSchema", () => {
  it("parses a tagged cart item with the backorder extension", () => {
    const body = {
      product: { productCode: "AD1001" },
      quantity: 3,
      fulfillmentMethod: "Pickup",
      fulfillmentLocationCode: "homebase",
      inventoryTags: [{ name: "Channel", value: "Target" }],
      allowsBackOrder: true,
    };
    expect(CartItemRequestSchema.parse(body)).toEqual(body);
  });

  it("applies the tag rules at inventoryTags[j]", () => {
    const result = CartItemRequestSchema.safeParse({
      product: { productCode: "AD1001" },
      quantity: 1,
      inventoryTags: [{ name: "Channel", value: "Target" }, { name: "Channel", value: "Target" }],
    });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["inventoryTags.1.name"]);
  });

  it("requires a product code", () => {
    const result = CartItemRequestSchema.safeParse({ product: {}, quantity: 1 });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["product"]);
  });
});

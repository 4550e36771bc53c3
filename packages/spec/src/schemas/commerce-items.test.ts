import { describe, expect, it } from "vitest";
import { InventoryTagsSchema, ItemProductSchema, OrderInventoryTagSchema } from "./commerce-items.js";

const paths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join(".")) ?? [];

describe("InventoryTagsSchema (order-side tags)", () => {
  it("accepts one value per category and different categories on one item", () => {
    const tags = [
      { name: "Channel", value: "Target" },
      { name: "Region", value: "East" },
    ];
    expect(InventoryTagsSchema.parse(tags)).toEqual(tags);
  });

  it("accepts an empty tag set (every category takes its default)", () => {
    expect(InventoryTagsSchema.parse([])).toEqual([]);
  });

  it("rejects a name without a value at [j].value", () => {
    const result = InventoryTagsSchema.safeParse([{ name: "Channel" }]);
    expect(paths(result)).toEqual(["0.value"]);
    expect(result.error?.issues[0]?.message).toBe("a tag name needs a value");
  });

  it("rejects a null or empty value the same way", () => {
    expect(paths(InventoryTagsSchema.safeParse([{ name: "Channel", value: null }]))).toEqual(["0.value"]);
    expect(paths(InventoryTagsSchema.safeParse([{ name: "Channel", value: "" }]))).toEqual(["0.value"]);
  });

  it("rejects a category named twice, at the second occurrence", () => {
    const result = InventoryTagsSchema.safeParse([
      { name: "Channel", value: "Target" },
      { name: "Region", value: "East" },
      { name: "Channel", value: "Warehouse" },
    ]);
    expect(paths(result)).toEqual(["2.name"]);
    expect(result.error?.issues[0]?.message).toBe("tag category Channel is named more than once on this item");
  });

  it("leaves unknown names and values to the server", () => {
    expect(InventoryTagsSchema.safeParse([{ name: "NoSuchCategory", value: "Nope" }]).success).toBe(true);
  });

  it("drops nothing it models and strips unknown fields of a tag", () => {
    expect(OrderInventoryTagSchema.parse({ name: "Channel", value: "Target", extra: 1 })).toEqual({
      name: "Channel",
      value: "Target",
    });
  });
});

describe("ItemProductSchema", () => {
  it("keeps Kibo's unmodelled product fields (price, options) and accepts nulls", () => {
    const product = {
      productCode: "AD1001",
      variationProductCode: null,
      upc: null,
      name: "Adirondack chair",
      price: { price: 129, salePrice: null },
      options: [{ name: "Color", value: "Red" }],
    };
    expect(ItemProductSchema.parse(product)).toEqual(product);
  });
});

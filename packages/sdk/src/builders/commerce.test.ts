import { describe, expect, it } from "vitest";
import { PayloadError } from "../errors/payload-error.js";
import { buildCartItem, buildInventoryTags, buildOrderItem, buildOrderRequest } from "./commerce.js";
import type { TagConfiguration } from "./tags.js";

const tagConfig: TagConfiguration = [
  { name: "Channel", tags: [{ tagValue: "Warehouse", isDefault: true }, { tagValue: "Target" }] },
  { name: "Region", tags: [{ tagValue: "North" }, { tagValue: "South" }] },
];

function issuesOf(fn: () => unknown): [string, string][] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(PayloadError);
    return (error as PayloadError).issues.map((i) => [i.path.join("."), i.code]);
  }
  throw new Error("expected a PayloadError");
}

describe("buildOrderItem", () => {
  it("turns the tags map into inventoryTags and puts codes, condition and serial number into product", () => {
    const item = buildOrderItem(
      {
        productCode: "AD1001",
        variationProductCode: "AD1001-RED",
        quantity: 2,
        fulfillmentLocationCode: "homebase",
        fulfillmentMethod: "Pickup",
        tags: { Channel: "Target", Region: "South" },
        condition: "New",
        serialNumber: "SN-1",
        product: { name: "Red shirt", productCode: "overridden" },
      },
      { tagConfig },
    );
    expect(item).toEqual({
      product: { name: "Red shirt", productCode: "AD1001", variationProductCode: "AD1001-RED", condition: "New", serialNumber: "SN-1" },
      quantity: 2,
      fulfillmentLocationCode: "homebase",
      fulfillmentMethod: "Pickup",
      inventoryTags: [
        { name: "Channel", value: "Target" },
        { name: "Region", value: "South" },
      ],
    });
  });

  it("sends tags as set: categories left out are not filled (the server defaults them on submit)", () => {
    expect(buildOrderItem({ upc: "0001", quantity: 1, tags: { Region: "North" } }, { tagConfig }).inventoryTags).toEqual([{ name: "Region", value: "North" }]);
    expect(buildOrderItem({ upc: "0001", quantity: 1 })).toEqual({ product: { upc: "0001" }, quantity: 1 });
    expect(buildOrderItem({ upc: "0001", quantity: 1, tags: {} }).inventoryTags).toEqual([]);
  });

  it("refuses a missing product code, a quantity below 1 and an unknown fulfillment method", () => {
    expect(issuesOf(() => buildOrderItem({ quantity: 0, fulfillmentMethod: "Drone" as never }))).toEqual([
      ["product", "missing_product_code"],
      ["quantity", "too_small"],
      ["fulfillmentMethod", "invalid_value"],
    ]);
  });

  it("without a tag configuration checks only what needs no tenant data", () => {
    expect(buildOrderItem({ productCode: "A", quantity: 1, tags: { Anything: "Goes" } }).inventoryTags).toEqual([{ name: "Anything", value: "Goes" }]);
    expect(issuesOf(() => buildOrderItem({ productCode: "A", quantity: 1, tags: { Channel: "" } }))).toEqual([["inventoryTags.0.value", "missing_tag_value"]]);
  });
});

describe("buildOrderRequest", () => {
  it("names every bad tag of every item as items[i].inventoryTags[j], like the server's 400", () => {
    const error = (() => {
      try {
        buildOrderRequest(
          {
            locationCode: "homebase",
            items: [
              { productCode: "A", quantity: 1, tags: { Channel: "Target" } },
              { productCode: "B", quantity: 1, tags: { Region: "South", Channel: "Moon" } },
              { productCode: "C", quantity: 1, tags: { Colour: "Red", Region: "" } },
            ],
          },
          { tagConfig },
        );
      } catch (e) {
        return e as PayloadError;
      }
      throw new Error("expected a PayloadError");
    })();
    expect(error.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["items.1.inventoryTags.1.value", "unknown_tag_value"],
      ["items.2.inventoryTags.1.value", "missing_tag_value"],
      ["items.2.inventoryTags.0.name", "unknown_tag_category"],
    ]);
    expect(error.message).toContain("items[1].inventoryTags[1].value");
    expect(error.message).toContain("items[2].inventoryTags[0].name");
  });

  it("keeps the order's other fields and lets different items use different values of one category", () => {
    const body = buildOrderRequest(
      {
        locationCode: "homebase",
        email: "shopper@example.com",
        total: 42,
        items: [
          { productCode: "AD1001", quantity: 2, tags: { Channel: "Target" } },
          { productCode: "AD1001", quantity: 1, tags: { Channel: "Warehouse" } },
        ],
      },
      { tagConfig },
    );
    expect(body).toEqual({
      locationCode: "homebase",
      email: "shopper@example.com",
      total: 42,
      items: [
        { product: { productCode: "AD1001" }, quantity: 2, inventoryTags: [{ name: "Channel", value: "Target" }] },
        { product: { productCode: "AD1001" }, quantity: 1, inventoryTags: [{ name: "Channel", value: "Warehouse" }] },
      ],
    });
  });

  it("reports schema problems of items under their index too", () => {
    expect(issuesOf(() => buildOrderRequest({ items: [{ productCode: "A", quantity: 1 }, { quantity: 1.5 }] }))).toEqual([
      ["items.1.product", "missing_product_code"],
      ["items.1.quantity", "invalid_type"],
    ]);
    expect(issuesOf(() => buildOrderItem({ quantity: 1, product: { name: "no code" } }))).toEqual([["product", "missing_product_code"]]);
  });
});

describe("buildCartItem", () => {
  it("adds allowsBackOrder and checks like an order item", () => {
    expect(buildCartItem({ productCode: "A", quantity: 3, allowsBackOrder: true, tags: { Channel: "Target" } }, { tagConfig })).toEqual({
      product: { productCode: "A" },
      quantity: 3,
      allowsBackOrder: true,
      inventoryTags: [{ name: "Channel", value: "Target" }],
    });
    expect(issuesOf(() => buildCartItem({ productCode: "A", quantity: 1, tags: { Channel: "Moon" } }, { tagConfig }))).toEqual([
      ["inventoryTags.0.value", "unknown_tag_value"],
    ]);
  });
});

describe("buildInventoryTags", () => {
  it("builds the upsert body from a tags map", () => {
    expect(buildInventoryTags({ Channel: "Target" }, { tagConfig })).toEqual([{ name: "Channel", value: "Target" }]);
    expect(buildInventoryTags({})).toEqual([]);
  });

  it("names bad entries by position", () => {
    expect(issuesOf(() => buildInventoryTags({ Channel: "Moon", Region: "", Size: "L" }, { tagConfig }))).toEqual([
      ["1.value", "missing_tag_value"],
      ["0.value", "unknown_tag_value"],
      ["2.name", "unknown_tag_category"],
    ]);
  });
});

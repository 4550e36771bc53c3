import { describe, expect, it } from "vitest";
import { commerceItemFromWire, commerceItemToWire, productUpc } from "./commerce-items.js";

describe("commerce items between the wire and the engine", () => {
  it("draws on variationProductCode, else productCode, else upc", () => {
    expect(productUpc({ productCode: "P", variationProductCode: "V", upc: "U" })).toBe("V");
    expect(productUpc({ productCode: "P", upc: "U" })).toBe("P");
    expect(productUpc({ upc: "U" })).toBe("U");
    expect(productUpc({})).toBe("");
  });

  it("maps the modelled fields and keeps the rest as extra, echoed on the way back", () => {
    const input = commerceItemFromWire({
      product: { productCode: "AD1001", name: "Widget", condition: "New" },
      quantity: 2,
      fulfillmentLocationCode: "homebase",
      fulfillmentMethod: "Delivery",
      inventoryTags: [{ name: "Channel", value: "Target" }],
      unitPrice: { listAmount: 10 },
    });
    expect(input).toMatchObject({
      upc: "AD1001",
      quantity: 2,
      locationCode: "homebase",
      fulfillmentMethod: "Ship",
      inventoryTags: [{ name: "Channel", value: "Target" }],
      condition: "New",
    });
    expect(input.extra).toEqual({
      product: { productCode: "AD1001", name: "Widget", condition: "New" },
      unitPrice: { listAmount: 10 },
      fulfillmentMethod: "Delivery",
    });
    const wire = commerceItemToWire({
      id: "i1",
      lineId: 1,
      upc: input.upc,
      quantity: 2,
      locationCode: "homebase",
      fulfillmentMethod: "Ship",
      inventoryTags: [{ name: "Channel", value: "Target" }],
      allowsBackOrder: false,
      condition: "New",
      originalCartItemId: null,
      ...(input.extra === undefined ? {} : { extra: input.extra }),
    });
    expect(wire).toMatchObject({
      id: "i1",
      lineId: 1,
      product: { productCode: "AD1001", name: "Widget" },
      fulfillmentLocationCode: "homebase",
      fulfillmentMethod: "Delivery",
      unitPrice: { listAmount: 10 },
    });
  });
});

import { describe, expect, it } from "vitest";
import {
  FulfillmentActionSchema,
  OrderActionSchema,
  OrderItemRequestSchema,
  OrderRequestSchema,
  PackageRequestSchema,
} from "./orders.js";

const paths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join(".")) ?? [];

const item = (tags: unknown[] = [{ name: "Channel", value: "Target" }]) => ({
  product: { productCode: "AD1001" },
  quantity: 2,
  fulfillmentLocationCode: "homebase",
  fulfillmentMethod: "Ship",
  inventoryTags: tags,
});

describe("OrderRequestSchema", () => {
  it("parses Kibo's documented example: 2 x AD1001 tagged Target at homebase", () => {
    const body = { items: [item()] };
    expect(OrderRequestSchema.parse(body)).toEqual(body);
  });

  it("round-trips a full Kibo order: unmodelled fields and nulls are kept", () => {
    const body = {
      email: "shopper@example.com",
      customerAccountId: null,
      billingInfo: { billingContact: { firstName: "Ada" } },
      payments: [],
      orderDiscounts: [],
      total: 258,
      status: "Accepted",
      items: [{ ...item(), id: null, unitPrice: { listAmount: 129 }, subtotal: 258, data: { gift: true } }],
    };
    expect(OrderRequestSchema.parse(body)).toEqual(body);
  });

  it("accepts a body without items (an empty Pending order, or one built from a cart)", () => {
    expect(OrderRequestSchema.parse({})).toEqual({});
    expect(OrderRequestSchema.parse({ items: null })).toEqual({ items: null });
  });

  it("lists every bad tag of every item with its items[i].inventoryTags[j] path", () => {
    const result = OrderRequestSchema.safeParse({
      items: [
        item([{ name: "Channel", value: "Target" }, { name: "Channel", value: "Warehouse" }]),
        item(),
        item([{ name: "Channel" }]),
      ],
    });
    expect(paths(result)).toEqual(["items.0.inventoryTags.1.name", "items.2.inventoryTags.0.value"]);
  });

  it("lets different items use different values of the same category", () => {
    const body = { items: [item([{ name: "Channel", value: "Target" }]), item([{ name: "Channel", value: "Warehouse" }])] };
    expect(OrderRequestSchema.safeParse(body).success).toBe(true);
  });
});

describe("OrderItemRequestSchema", () => {
  it("requires a product code of some kind, at items[i].product", () => {
    const result = OrderItemRequestSchema.safeParse({ product: { sku: "only-a-sku" }, quantity: 1 });
    expect(paths(result)).toEqual(["product"]);
    expect(result.error?.issues[0]?.message).toBe("product needs a productCode, variationProductCode or upc");
  });

  it("accepts a variation code or a UPC alone", () => {
    expect(OrderItemRequestSchema.safeParse({ product: { variationProductCode: "AD1001-RED" }, quantity: 1 }).success).toBe(true);
    expect(OrderItemRequestSchema.safeParse({ product: { upc: "0001" }, quantity: 1 }).success).toBe(true);
  });

  it("requires a whole quantity of at least 1", () => {
    expect(paths(OrderItemRequestSchema.safeParse({ ...item(), quantity: 0 }))).toEqual(["quantity"]);
    expect(paths(OrderItemRequestSchema.safeParse({ ...item(), quantity: 1.5 }))).toEqual(["quantity"]);
  });

  it("knows Kibo's four fulfillment methods and nothing else", () => {
    for (const method of ["Ship", "Pickup", "Digital", "Delivery", null]) {
      expect(OrderItemRequestSchema.safeParse({ ...item(), fulfillmentMethod: method }).success).toBe(true);
    }
    expect(paths(OrderItemRequestSchema.safeParse({ ...item(), fulfillmentMethod: "Teleport" }))).toEqual(["fulfillmentMethod"]);
  });
});

describe("order actions and packages", () => {
  it("accepts SubmitOrder and CancelOrder only", () => {
    expect(OrderActionSchema.parse({ actionName: "SubmitOrder" })).toEqual({ actionName: "SubmitOrder" });
    expect(OrderActionSchema.safeParse({ actionName: "CancelOrder" }).success).toBe(true);
    expect(paths(OrderActionSchema.safeParse({ actionName: "ValidateOrder" }))).toEqual(["actionName"]);
  });

  it("ships at least one package", () => {
    expect(FulfillmentActionSchema.safeParse({ actionName: "Ship", packageIds: ["p-1"] }).success).toBe(true);
    expect(paths(FulfillmentActionSchema.safeParse({ actionName: "Ship", packageIds: [] }))).toEqual(["packageIds"]);
  });

  it("names each package item by lineId or productCode", () => {
    expect(PackageRequestSchema.safeParse({ items: [{ lineId: 1, quantity: 2 }] }).success).toBe(true);
    expect(PackageRequestSchema.safeParse({ items: [{ productCode: "AD1001", quantity: 2 }] }).success).toBe(true);
    expect(paths(PackageRequestSchema.safeParse({ items: [{ quantity: 2 }] }))).toEqual(["items.0.lineId"]);
  });
});

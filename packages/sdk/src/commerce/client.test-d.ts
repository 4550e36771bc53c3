import type { CommerceSchemas } from "@kibo-inventory/spec";
import type { Order as OfficialOrder } from "@kibocommerce/rest-sdk/clients/Commerce/index.js";
import { describe, expectTypeOf, it } from "vitest";
import { buildInventoryTags, buildOrderItem } from "../builders/commerce.js";
import type { InventoryClient } from "../client.js";
import { type CommerceClient, createCommerceClient } from "./client.js";
import { type OrderItemAllocation, orderAllocation } from "./order-allocation.js";

declare const commerce: CommerceClient;
declare const inventory: InventoryClient;

describe("typed commerce client", () => {
  it("returns a CommerceClient from the inventory client's config", () => {
    expectTypeOf(createCommerceClient({ tenantId: 1, accessToken: "t" })).toEqualTypeOf<CommerceClient>();
    createCommerceClient({ tenantId: 1, clientId: "app", sharedSecret: "s", authHost: "home.mozu.com" });
    // @ts-expect-error sharedSecret and authHost are required with clientId
    createCommerceClient({ tenantId: 1, clientId: "app" });
  });

  it("types an order's answer", () => {
    const call = commerce.POST("/commerce/orders", {
      body: { items: [{ product: { productCode: "AD1001" }, quantity: 2, inventoryTags: [{ name: "Channel", value: "Target" }] }] },
    });
    type Answer = NonNullable<Awaited<typeof call>["data"]>;
    expectTypeOf<Answer["orderNumber"]>().toEqualTypeOf<number>();
    expectTypeOf<Answer["status"]>().toEqualTypeOf<CommerceSchemas["OrderStatus"]>();
    expectTypeOf<Answer["items"][number]["allocationResult"]>().toEqualTypeOf<CommerceSchemas["AllocationResult"] | undefined>();
  });

  it("rejects a path typo and paths of the other client", () => {
    // @ts-expect-error no such path
    commerce.POST("/commerce/order", { body: {} });
    // @ts-expect-error the commerce client has no inventory paths
    commerce.POST("/commerce/inventory/v5/inventory", { body: { type: "ALL", items: [] } });
    // @ts-expect-error the inventory client has no commerce paths
    inventory.GET("/commerce/orders");
  });

  it("enforces body types", () => {
    commerce.POST("/commerce/orders/{orderId}/items", {
      params: { path: { orderId: "o1" } },
      // @ts-expect-error quantity is a number
      body: { product: { productCode: "A" }, quantity: "2" },
    });
    commerce.PUT("/commerce/orders/{orderId}/items/{orderItemId}/upsertInventoryTags", {
      params: { path: { orderId: "o1", orderItemId: "i1" } },
      // @ts-expect-error the body is the [{ name, value }] array, not the tags map
      body: { Channel: "Target" },
    });
    commerce.POST("/commerce/orders/{orderId}/actions", {
      params: { path: { orderId: "o1" } },
      // @ts-expect-error only SubmitOrder and CancelOrder
      body: { actionName: "ShipOrder" },
    });
    commerce.POST("/commerce/carts/current/items", {
      // @ts-expect-error a cart item needs a product
      body: { quantity: 1 },
    });
  });

  it("requires path params but not the x-vol headers", () => {
    commerce.GET("/commerce/orders/{orderId}", { params: { path: { orderId: "o1" } } });
    // @ts-expect-error orderId is required
    commerce.GET("/commerce/orders/{orderId}", { params: { path: {} } });
    commerce.GET("/commerce/orders", { params: { query: { filter: "status eq Pending" }, header: { "x-vol-site": 2 } } });
  });

  it("accepts the builders' output as bodies", () => {
    commerce.POST("/commerce/orders/{orderId}/items", { params: { path: { orderId: "o1" } }, body: buildOrderItem({ productCode: "A", quantity: 1 }) });
    commerce.PUT("/commerce/checkouts/{checkoutId}/items/{itemId}/upsert-inventory-tags", {
      params: { path: { checkoutId: "c1", itemId: "i1" } },
      body: buildInventoryTags({ Channel: "Target" }),
    });
  });
});

describe("orderAllocation", () => {
  it("reads our Order and the official SDK's Order", () => {
    expectTypeOf(orderAllocation).toBeCallableWith({} as CommerceSchemas["Order"]);
    expectTypeOf(orderAllocation).toBeCallableWith({} as OfficialOrder);
    expectTypeOf(orderAllocation({} as OfficialOrder)).toEqualTypeOf<OrderItemAllocation[]>();
  });
});

import { describe, expectTypeOf, it } from "vitest";
import { createInventoryClient, type InventoryClient } from "./client.js";

declare const client: InventoryClient;

describe("typed client", () => {
  it("returns an InventoryClient", () => {
    expectTypeOf(createInventoryClient({ tenantId: 1, accessToken: "t" })).toEqualTypeOf<InventoryClient>();
  });

  it("accepts a well-formed refresh and types its job id", () => {
    const call = client.POST("/commerce/inventory/v5/inventory/refresh", {
      body: { locationCode: "WH1", items: [{ upc: "A", quantity: 3 }] },
    });
    expectTypeOf(call).resolves.toHaveProperty("data").toEqualTypeOf<{ jobID?: number } | undefined>();
  });

  it("rejects a refresh without locationCode", () => {
    client.POST("/commerce/inventory/v5/inventory/refresh", {
      // @ts-expect-error locationCode is required
      body: { items: [{ upc: "A", quantity: 3 }] },
    });
  });

  it("rejects a quantity given as a string", () => {
    client.POST("/commerce/inventory/v5/inventory/refresh", {
      // @ts-expect-error quantity is a number
      body: { locationCode: "WH1", items: [{ upc: "A", quantity: "3" }] },
    });
  });

  it("rejects an adjust item without quantity and unknown paths", () => {
    client.POST("/commerce/inventory/v5/inventory/adjust", {
      // @ts-expect-error adjust items require quantity
      body: { locationCode: "WH1", items: [{ upc: "A" }] },
    });
    // @ts-expect-error no such path
    client.POST("/commerce/inventory/v5/inventory/refreshh", { body: {} });
  });

  it("requires path params but not the x-vol headers", () => {
    client.GET("/commerce/inventory/v1/queue/{jobID}", { params: { path: { jobID: 1 } } });
    // @ts-expect-error jobID is a number
    client.GET("/commerce/inventory/v1/queue/{jobID}", { params: { path: { jobID: "1" } } });
  });

  it("rejects a config with neither a token nor full credentials mixed up", () => {
    // @ts-expect-error sharedSecret and authHost are required with clientId
    createInventoryClient({ tenantId: 1, clientId: "app" });
  });
});

import { setupInventoryMock } from "@kibo-inventory/mock-server/node";
import { createInventoryClient, getAvailability, isInventoryValidationError, unwrap } from "@kibo-inventory/sdk";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { SEED } from "./support.js";

// Interception: the SDK uses the global fetch and Kibo's own host names; MSW's setupServer answers.
// The client is created at module load, before listen(), as users do (this once lost x-vol-* headers).
const kibo = setupInventoryMock({ startTime: "2025-01-01T00:00:00Z", seed: SEED });
beforeAll(() => kibo.listen({ onUnhandledRequest: "error" }));
afterEach(() => kibo.reset());
afterAll(() => kibo.close());

const sleep = vi.fn(async (_ms: number) => {});
const client = createInventoryClient({
  tenantId: 1000,
  siteId: 2000, // https://t1000-s2000.sandbox.mozu.com/api
  clientId: "mock-app",
  sharedSecret: "mock-secret",
  authHost: "home.mozu.com",
  retry: { sleep },
});

describe("SDK → reference server through MSW setupServer interception", () => {
  it("refreshes, allocates and answers ATS/ATP", async () => {
    await unwrap(
      client.POST("/commerce/inventory/v5/inventory/refresh", {
        body: {
          locationCode: "WH1",
          items: [
            { upc: "MUG-1", quantity: 10, tags: { Channel: "Store" }, safetyStock: 2 },
            { upc: "MUG-1", quantity: 4, tags: { Channel: "Store" }, deliveryDate: "2025-02-01T00:00:00Z", externalID: "PO-9" },
          ],
        },
      }),
    );
    const allocated = await unwrap(
      client.POST("/commerce/inventory/v5/inventory/allocate", {
        body: { items: [{ orderID: 1, orderItemID: 1, shipmentID: 1, locationCode: "WH1", upc: "MUG-1", quantity: 3, tags: { Channel: "Store" } }] },
      }),
    );
    expect(allocated).toMatchObject({ success: true, allocations: [{ allocated: 3, pending: 0 }] });

    const store = { productCodes: ["MUG-1"], locationCodes: ["WH1"], tags: { Channel: "Store" } };
    expect((await getAvailability(client, { ...store, mode: "ATS" })).products[0]?.available).toBe(5); // 10 − 3 − 2
    expect((await getAvailability(client, { ...store, mode: "ATP" })).products[0]?.available).toBe(9); // + 4 expected
  });

  it("retries a 429 fault and surfaces validation errors the same way as mock.fetch", async () => {
    kibo.faults.add({ operationId: "postQueryInventory", status: 429, retryAfter: 0 });
    expect(await unwrap(client.POST("/commerce/inventory/v5/inventory", { body: { type: "ALL", items: [{ upc: "MUG-1" }] } }))).toEqual([]);
    expect(sleep).toHaveBeenCalledWith(0, expect.anything());

    const error = await unwrap(
      client.POST("/commerce/inventory/v5/inventory/adjust", { body: { locationCode: "WH1", items: [{ upc: "MUG-1", quantity: -1 }] } }),
    ).catch((e: unknown) => e);
    expect(isInventoryValidationError(error) && error.items.map((i) => i.index)).toEqual([0]);
  });

  it("re-authenticates after the server clock expired the ticket (401 answered through MSW)", async () => {
    const query = { body: { type: "ALL" as const, items: [{ upc: "MUG-1" }] } };
    await unwrap(client.POST("/commerce/inventory/v5/inventory", query));
    kibo.clock.advance(2 * 3600_000);
    expect(await unwrap(client.POST("/commerce/inventory/v5/inventory", query))).toEqual([]);
  });
});

import { setupInventoryMock } from "@kibo-inventory/mock-server/node";
import { createInventoryClient, unwrap } from "@kibo-inventory/sdk";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";

// The five lines: a reference server behind MSW, reset between tests.
const kibo = setupInventoryMock({ seed: { inventory: { "1000": { locations: [{ code: "WH1" }] } } } });
beforeAll(() => kibo.listen());
afterEach(() => kibo.reset());
afterAll(() => kibo.close());

// Your code under test uses the SDK (or any HTTP client) against Kibo's usual host names.
const client = createInventoryClient({ tenantId: 1000, siteId: 2000, clientId: "mock-app", sharedSecret: "mock-secret", authHost: "home.mozu.com" });

it("refreshes and reads stock back", async () => {
  await unwrap(client.POST("/commerce/inventory/v5/inventory/refresh", { body: { locationCode: "WH1", items: [{ upc: "MUG-1", quantity: 5 }] } }));
  const rows = await unwrap(client.POST("/commerce/inventory/v5/inventory", { body: { type: "ALL", items: [{ upc: "MUG-1" }] } }));
  expect(rows[0]).toMatchObject({ upc: "MUG-1", onHand: 5, available: 5 });
});

it("starts every test from the seed (reset)", async () => {
  const rows = await unwrap(client.POST("/commerce/inventory/v5/inventory", { body: { type: "ALL", items: [{ upc: "MUG-1" }] } }));
  expect(rows).toEqual([]);
});

it("injects faults: a 429 is retried after Retry-After", async () => {
  kibo.faults.add({ operationId: "postQueryInventory", status: 429, retryAfter: 0 });
  const rows = await unwrap(client.POST("/commerce/inventory/v5/inventory", { body: { type: "ALL", items: [{ upc: "MUG-1" }] } }));
  expect(rows).toEqual([]);
});

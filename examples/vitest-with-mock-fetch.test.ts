import { createInventoryMock } from "@kibo-inventory/mock-server";
import { createInventoryClient, getAvailability, unwrap } from "@kibo-inventory/sdk";
import { beforeEach, expect, it } from "vitest";

// Without interception: hand the mock's fetch to the client. Parallel-safe and fastest.
const mock = createInventoryMock({
  startTime: "2025-01-01T00:00:00Z",
  staticTokens: { "test-token": "mock-app" }, // a token that never expires, acting as the default app
  seed: { inventory: { "1000": { locations: [{ code: "WH1" }] } } },
});
const client = createInventoryClient({ tenantId: 1000, accessToken: "test-token", fetch: mock.fetch });
beforeEach(() => mock.reset());

it("answers ATS and ATP; future inventory arrives when the clock moves", async () => {
  await unwrap(
    client.POST("/commerce/inventory/v5/inventory/refresh", {
      body: {
        locationCode: "WH1",
        items: [
          { upc: "LAMP-1", quantity: 2 },
          { upc: "LAMP-1", quantity: 10, deliveryDate: "2025-02-01T00:00:00Z", externalID: "PO-1" },
        ],
      },
    }),
  );
  const ats = await getAvailability(client, { productCodes: ["LAMP-1"], mode: "ATS" });
  const atp = await getAvailability(client, { productCodes: ["LAMP-1"], mode: "ATP" });
  expect([ats.products[0]?.available, atp.products[0]?.available]).toEqual([2, 12]);

  mock.clock.set("2025-02-02T00:00:00Z"); // the purchase order is delivered
  expect((await getAvailability(client, { productCodes: ["LAMP-1"], mode: "ATS" })).products[0]?.available).toBe(12);
});

// Run with: npx tsx examples/node-quickstart.ts
// The reference server runs in this process; the SDK talks to it through `mock.fetch`.
import { createInventoryMock } from "@kibo-inventory/mock-server";
import { createInventoryClient, getAvailability, unwrap } from "@kibo-inventory/sdk";

const mock = createInventoryMock({
  seed: {
    inventory: {
      "1000": {
        locations: [{ code: "WH1" }],
        tagCategories: [{ name: "Channel", values: [{ value: "Web" }, { value: "Store" }] }],
      },
    },
  },
});

const client = createInventoryClient({
  tenantId: 1000, // the mock's default tenant, site and app
  siteId: 2000,
  clientId: "mock-app",
  sharedSecret: "mock-secret",
  authHost: "home.mozu.com",
  fetch: mock.fetch, // no network, no interception: requests go straight to the mock
});

// 1. Refresh: set on-hand stock per segment (tag) at the warehouse.
await unwrap(
  client.POST("/commerce/inventory/v5/inventory/refresh", {
    body: {
      locationCode: "WH1",
      items: [
        { upc: "SHIRT-1", quantity: 100, tags: { Channel: "Web" } },
        { upc: "SHIRT-1", quantity: 40, tags: { Channel: "Store" } },
      ],
    },
  }),
);

// 2. Allocate 3 units of the Web segment to an order.
await unwrap(
  client.POST("/commerce/inventory/v5/inventory/allocate", {
    body: {
      items: [{ orderID: 1, orderItemID: 1, shipmentID: 1, locationCode: "WH1", upc: "SHIRT-1", quantity: 3, tags: { Channel: "Web" } }],
    },
  }),
);

// 3. Query the record and its segments.
const [row] = await unwrap(client.POST("/commerce/inventory/v5/inventory", { body: { type: "ALL", items: [{ upc: "SHIRT-1" }] } }));
console.log("onHand:", row?.onHand, "available:", row?.available, "allocated:", row?.allocated);
for (const segment of row?.taggedInventory ?? []) console.log("  ", segment.tags, "available:", segment.available);

// 4. Ask what can be sold online right now (ATS).
const { products } = await getAvailability(client, { productCodes: ["SHIRT-1"], tags: { Channel: "Web" }, mode: "ATS" });
console.log("ATS (Web):", products[0]?.available);
